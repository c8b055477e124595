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

    /**
     * Consolidated accounts: the figures and the IDs of the other entities included line by line.
     *
     * @param previousFigures the consolidated figures of the period before when recorded with this year (an import of
     *                        consolidated {@code previousFigures} for an entity without previous figures of its own, so
     *                        no previous year carries them), else {@code null}
     */
    public record Consolidated(SizeFigures figures, SizeFigures previousFigures, List<UUID> includedEntityIds) {

        public Consolidated {
            Objects.requireNonNull(figures, "figures");
            includedEntityIds = List.copyOf(includedEntityIds);
        }

        public Consolidated(SizeFigures figures, List<UUID> includedEntityIds) {
            this(figures, null, includedEntityIds);
        }

        public Consolidated withIncludes(List<UUID> includes) {
            return new Consolidated(figures, previousFigures, includes);
        }
    }
}
