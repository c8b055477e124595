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

    /**
     * Called once an import has been committed, outside its transaction, with the number of enterprises it wrote. A
     * store may bring what it knows about the size and spread of the group data up to date (a database's planner
     * statistics) when the import was large enough to change them, so that the next queries over the imported group
     * are planned for its real size. Best effort: a failure is logged, never thrown; the import stands.
     */
    void importCommitted(int enterprises);
}
