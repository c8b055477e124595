package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Bulk upsert of a validated group structure into a stored group, in the caller's transaction and in a number of
 * statements that does not grow with the structure (batched writes).
 */
public interface GroupStructureImportPort {

    /** What the import did. */
    record ImportCounts(int createdEntities, int updatedEntities) {
    }

    /**
     * Upserts entities by key (names, activities, flags), their financial years ({@code periodEnd} for the figures,
     * one year earlier for the previous figures; approved) with consolidated accounts, the holdings by (owner, owned)
     * among the open ones, and the group's same-or-adjacent markets.
     */
    ImportCounts importStructure(TenantId tenant, UUID groupId, GroupStructure structure, LocalDate periodEnd);
}
