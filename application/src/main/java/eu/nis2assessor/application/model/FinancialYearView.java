package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.size.SizeFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored financial year of one entity (source object of the GraphQL type {@code FinancialYear}).
 *
 * @param consolidatedAccounts the consolidated accounts the entity prepared for the period, or {@code null}
 */
public record FinancialYearView(UUID id, UUID legalEntityId, LocalDate periodEnd, SizeFigures figures, boolean approved,
                                Consolidated consolidatedAccounts, long version) {

    public FinancialYearView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(figures, "figures");
    }

    /** Consolidated accounts: the figures and the IDs of the other entities included line by line. */
    public record Consolidated(SizeFigures figures, List<UUID> includedEntityIds) {

        public Consolidated {
            Objects.requireNonNull(figures, "figures");
            includedEntityIds = List.copyOf(includedEntityIds);
        }
    }
}
