package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The accounts of one entity for one period.
 *
 * @param consolidatedFigures the consolidated figures, or {@code null} when the entity prepares none
 * @param includes            the other entities consolidated (empty without consolidated accounts)
 * @param version             to replace a period already recorded: the version read with it; else {@code null}
 */
public record RecordFinancialYearCommand(UUID legalEntityId, LocalDate periodEnd, SizeFigures figures, boolean approved,
                                         SizeFigures consolidatedFigures, List<UUID> includes, Long version) {

    public RecordFinancialYearCommand {
        Objects.requireNonNull(legalEntityId, "legalEntityId");
        Check.required(periodEnd, "periodEnd");
        Check.required(figures, "figures");
        includes = includes == null ? List.of() : List.copyOf(includes);
        if (consolidatedFigures == null && !includes.isEmpty()) {
            throw InvalidInputException.of("consolidatedAccounts", "includes given without consolidated figures");
        }
        if (new HashSet<>(includes).size() != includes.size()) {
            throw InvalidInputException.of("consolidatedAccounts.includes", "an entity is listed twice");
        }
        if (includes.contains(legalEntityId)) {
            throw InvalidInputException.of("consolidatedAccounts.includes",
                    "the consolidating entity is always included; do not list it");
        }
    }
}
