package eu.nis2assessor.application.port.out;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of groups, legal entities, holdings and financial years. Every method works inside the tenant given
 * (rows of other tenants are invisible), and runs in the caller's transaction. Batch reads answer in a fixed number
 * of statements whatever the number of parents.
 */
public interface GroupStorePort {

    GroupView createGroup(TenantId tenant, String name);

    Optional<GroupView> findGroup(TenantId tenant, UUID id);

    List<GroupView> groupsByIds(TenantId tenant, Collection<UUID> ids);

    /** Ordered by (name, id). */
    Page<GroupView> groups(TenantId tenant, PageRequest page);

    /** Per group, its entities ordered by (name, id). */
    Map<UUID, Page<LegalEntityView>> entitiesOfGroups(TenantId tenant, Collection<UUID> groupIds, PageRequest page);

    Optional<LegalEntityView> findEntity(TenantId tenant, UUID id);

    List<LegalEntityView> entitiesByIds(TenantId tenant, Collection<UUID> ids);

    /** Whether {@code key} is used in the group by an entity other than {@code except} (may be null). */
    boolean keyUsed(TenantId tenant, UUID groupId, String key, UUID except);

    /** Stores a new entity ({@code id}, {@code version}, timestamps of {@code entity} are ignored). */
    LegalEntityView createEntity(TenantId tenant, LegalEntityView entity);

    /**
     * Stores the changed values of an existing entity whose stored version is {@code entity.version()}.
     *
     * @throws StaleVersionException when the stored version is another one
     */
    LegalEntityView updateEntity(TenantId tenant, LegalEntityView entity);

    /** What still refers to an entity (and so prevents its deletion). */
    record EntityReferences(long holdings, long consolidatedInclusions, long assessments) {

        public boolean any() {
            return holdings + consolidatedInclusions + assessments > 0;
        }
    }

    EntityReferences references(TenantId tenant, UUID entityId);

    /** Deletes the entity with its financial years. */
    void deleteEntity(TenantId tenant, UUID id);

    /** Stores a new holding ({@code id}, {@code version} ignored). */
    HoldingView createHolding(TenantId tenant, HoldingView holding);

    Optional<HoldingView> findHolding(TenantId tenant, UUID id);

    /** @throws StaleVersionException when the stored version is not {@code version} */
    HoldingView endHolding(TenantId tenant, UUID id, long version, LocalDate validTo);

    /**
     * Per entity, the holdings it has ({@code asOwner}) or that others have in it, ordered by (validFrom, id), only
     * those valid on {@code asOf} unless it is null.
     */
    Map<UUID, Page<HoldingView>> holdingsOf(TenantId tenant, Collection<UUID> entityIds, boolean asOwner, LocalDate asOf,
                                            PageRequest page);

    /** Every holding in {@code ownedId}, whatever its validity (open or ended). */
    List<HoldingView> holdingsIn(TenantId tenant, UUID ownedId);

    Optional<FinancialYearView> findFinancialYear(TenantId tenant, UUID id);

    Optional<FinancialYearView> findFinancialYear(TenantId tenant, UUID entityId, LocalDate periodEnd);

    /**
     * Stores a financial year: a new one, or ({@code replace}) replaces the stored one of that id whose version is
     * {@code year.version()}, with its consolidated inclusions.
     *
     * @throws StaleVersionException when the stored version is another one
     */
    FinancialYearView saveFinancialYear(TenantId tenant, FinancialYearView year, boolean replace);

    /** Per entity, its financial years, latest period first. */
    Map<UUID, Page<FinancialYearView>> financialYearsOf(TenantId tenant, Collection<UUID> entityIds, PageRequest page);

    /**
     * Everything a group assessment as of {@code asOf} needs, in a fixed number of statements: the group, all its
     * entities, the holdings valid on {@code asOf}, and per entity its latest approved financial year ending on or
     * before {@code asOf} and the approved one before it.
     */
    GroupSnapshot snapshot(TenantId tenant, UUID groupId, LocalDate asOf);

    /**
     * @param years per entity id: its latest approved year first, then the one before (at most two)
     */
    record GroupSnapshot(GroupView group, List<LegalEntityView> entities, List<HoldingView> holdings,
                         Map<UUID, List<FinancialYearView>> years) {
    }

    /** The stored version is not the one the change was based on. */
    final class StaleVersionException extends RuntimeException {

        private final long stored;

        public StaleVersionException(long stored) {
            super("stale version (stored: " + stored + ")");
            this.stored = stored;
        }

        /** The stored version, or -1 when not known. */
        public long stored() {
            return stored;
        }
    }
}
