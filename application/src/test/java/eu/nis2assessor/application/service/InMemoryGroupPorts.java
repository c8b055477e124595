package eu.nis2assessor.application.service;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.GroupStructureImportPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * In-memory fakes of the stored-group ports for the service tests: one store holding rows per tenant, a transaction
 * port that restores every row when the work throws (so a test sees whether a refused mutation wrote anything) and
 * records the mode of each transaction, and a current tenant that a test can switch.
 */
final class InMemoryGroupPorts implements GroupStorePort, GroupAssessmentStorePort, GroupStructureImportPort,
        TransactionPort, CurrentTenantPort {

    record Row<T>(TenantId tenant, T value) {
    }

    private Map<UUID, Row<GroupView>> groups = new LinkedHashMap<>();
    private Map<UUID, Row<LegalEntityView>> entities = new LinkedHashMap<>();
    private Map<UUID, Row<HoldingView>> holdings = new LinkedHashMap<>();
    private Map<UUID, Row<FinancialYearView>> years = new LinkedHashMap<>();
    private Map<UUID, Row<GroupAssessmentView>> assessments = new LinkedHashMap<>();
    private Map<UUID, List<GroupAssessmentResultView>> results = new LinkedHashMap<>();
    final List<String> transactions = new ArrayList<>();
    final List<GroupStructure> imports = new ArrayList<>();
    TenantId tenant = new TenantId(UUID.randomUUID());
    boolean inTransaction;

    // ---- transactions and tenant

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run("rw", work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run("ro", work);
    }

    private <T> T run(String mode, Supplier<T> work) {
        transactions.add(mode);
        var saved = List.of(new LinkedHashMap<>(groups), new LinkedHashMap<>(entities), new LinkedHashMap<>(holdings),
                new LinkedHashMap<>(years), new LinkedHashMap<>(assessments), new LinkedHashMap<>(results));
        inTransaction = true;
        try {
            return work.get();
        } catch (RuntimeException e) {
            restore(saved);
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void restore(List<LinkedHashMap<UUID, ?>> saved) {
        groups = (Map) saved.get(0);
        entities = (Map) saved.get(1);
        holdings = (Map) saved.get(2);
        years = (Map) saved.get(3);
        assessments = (Map) saved.get(4);
        results = (Map) saved.get(5);
    }

    @Override
    public TenantId currentTenant() {
        return tenant;
    }

    private void requireTransaction() {
        if (!inTransaction) {
            throw new IllegalStateException("store used outside a transaction");
        }
    }

    private <T> Optional<T> mine(Map<UUID, Row<T>> rows, TenantId t, UUID id) {
        requireTransaction();
        Row<T> row = rows.get(id);
        return row != null && row.tenant().equals(t) ? Optional.of(row.value()) : Optional.empty();
    }

    private <T> List<T> all(Map<UUID, Row<T>> rows, TenantId t) {
        requireTransaction();
        return rows.values().stream().filter(r -> r.tenant().equals(t)).map(Row::value).toList();
    }

    int entityCount() {
        return entities.size();
    }

    int holdingCount() {
        return holdings.size();
    }

    int assessmentCount() {
        return assessments.size();
    }

    List<GroupAssessmentResultView> resultsOf(UUID assessment) {
        return results.getOrDefault(assessment, List.of());
    }

    // ---- GroupStorePort

    @Override
    public GroupView createGroup(TenantId t, String name) {
        requireTransaction();
        GroupView g = new GroupView(UUID.randomUUID(), name, null, 0, null);
        groups.put(g.id(), new Row<>(t, g));
        return g;
    }

    void putGroup(TenantId t, GroupView g) {
        groups.put(g.id(), new Row<>(t, g));
    }

    @Override
    public Optional<GroupView> findGroup(TenantId t, UUID id) {
        return mine(groups, t, id);
    }

    @Override
    public List<GroupView> groupsByIds(TenantId t, Collection<UUID> ids) {
        return all(groups, t).stream().filter(g -> ids.contains(g.id())).toList();
    }

    @Override
    public Page<GroupView> groups(TenantId t, PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Map<UUID, Page<LegalEntityView>> entitiesOfGroups(TenantId t, Collection<UUID> groupIds, PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Optional<LegalEntityView> findEntity(TenantId t, UUID id) {
        return mine(entities, t, id);
    }

    @Override
    public List<LegalEntityView> entitiesByIds(TenantId t, Collection<UUID> ids) {
        return all(entities, t).stream().filter(e -> ids.contains(e.id())).toList();
    }

    @Override
    public boolean keyUsed(TenantId t, UUID groupId, String key, UUID except) {
        return all(entities, t).stream().anyMatch(e -> e.groupId().equals(groupId) && e.key().equals(key) && !e.id().equals(except));
    }

    @Override
    public LegalEntityView createEntity(TenantId t, LegalEntityView e) {
        requireTransaction();
        entities.put(e.id(), new Row<>(t, e));
        return e;
    }

    @Override
    public LegalEntityView updateEntity(TenantId t, LegalEntityView e) {
        LegalEntityView old = mine(entities, t, e.id()).orElseThrow(() -> new StaleVersionException(-1));
        if (old.version() != e.version()) {
            throw new StaleVersionException(old.version());
        }
        LegalEntityView changed = new LegalEntityView(e.id(), e.groupId(), e.key(), e.name(), e.country(),
                e.registrationNumber(), e.activities(), e.identifications(), e.exclusions(), e.investorCategory(),
                e.naturalPerson(), e.providesServicesInUnion(), e.version() + 1, e.createdAt(), e.updatedAt());
        entities.put(e.id(), new Row<>(t, changed));
        return changed;
    }

    @Override
    public EntityReferences references(TenantId t, UUID entityId) {
        long h = all(holdings, t).stream().filter(x -> x.ownerId().equals(entityId) || x.ownedId().equals(entityId)).count();
        long i = all(years, t).stream().filter(y -> y.consolidatedAccounts() != null
                && y.consolidatedAccounts().includedEntityIds().contains(entityId)).count();
        long a = results.values().stream().filter(list -> list.stream().anyMatch(r -> entityId.equals(r.legalEntityId()))).count();
        return new EntityReferences(h, i, a);
    }

    @Override
    public void deleteEntity(TenantId t, UUID id) {
        mine(entities, t, id).ifPresent(e -> entities.remove(id));
        years.values().removeIf(r -> r.value().legalEntityId().equals(id));
    }

    @Override
    public HoldingView createHolding(TenantId t, HoldingView h) {
        requireTransaction();
        holdings.put(h.id(), new Row<>(t, h));
        return h;
    }

    @Override
    public Optional<HoldingView> findHolding(TenantId t, UUID id) {
        return mine(holdings, t, id);
    }

    @Override
    public HoldingView endHolding(TenantId t, UUID id, long version, LocalDate validTo) {
        HoldingView h = mine(holdings, t, id).orElseThrow(() -> new StaleVersionException(-1));
        if (h.version() != version) {
            throw new StaleVersionException(h.version());
        }
        HoldingView ended = new HoldingView(h.id(), h.groupId(), h.ownerId(), h.ownedId(), h.capitalPercent(),
                h.votingPercent(), h.controlRights(), h.investedAmount(), h.validFrom(), validTo, h.version() + 1);
        holdings.put(id, new Row<>(t, ended));
        return ended;
    }

    @Override
    public Map<UUID, Page<HoldingView>> holdingsOf(TenantId t, Collection<UUID> entityIds, boolean asOwner, LocalDate asOf,
                                                   PageRequest page) {
        Map<UUID, Page<HoldingView>> pages = new HashMap<>();
        for (UUID id : entityIds) {
            List<HoldingView> list = all(holdings, t).stream()
                    .filter(h -> (asOwner ? h.ownerId() : h.ownedId()).equals(id) && (asOf == null || h.validOn(asOf)))
                    .limit(page.first()).toList();
            pages.put(id, new Page<>(list, list.stream().map(h -> new eu.nis2assessor.application.model.SortKey(
                    String.valueOf(h.validFrom()), h.id())).toList(), false, false));
        }
        return pages;
    }

    @Override
    public List<HoldingView> holdingsIn(TenantId t, UUID ownedId) {
        return all(holdings, t).stream().filter(h -> h.ownedId().equals(ownedId)).toList();
    }

    @Override
    public Optional<FinancialYearView> findFinancialYear(TenantId t, UUID id) {
        return mine(years, t, id);
    }

    @Override
    public Optional<FinancialYearView> findFinancialYear(TenantId t, UUID entityId, LocalDate periodEnd) {
        return all(years, t).stream().filter(y -> y.legalEntityId().equals(entityId) && y.periodEnd().equals(periodEnd)).findFirst();
    }

    @Override
    public FinancialYearView saveFinancialYear(TenantId t, FinancialYearView y, boolean replace) {
        requireTransaction();
        FinancialYearView stored = y;
        if (replace) {
            FinancialYearView old = mine(years, t, y.id()).orElseThrow(() -> new StaleVersionException(-1));
            if (old.version() != y.version()) {
                throw new StaleVersionException(old.version());
            }
            stored = new FinancialYearView(y.id(), y.legalEntityId(), y.periodEnd(), y.figures(), y.approved(),
                    y.consolidatedAccounts(), y.version() + 1);
        }
        years.put(y.id(), new Row<>(t, stored));
        return stored;
    }

    @Override
    public Map<UUID, Page<FinancialYearView>> financialYearsOf(TenantId t, Collection<UUID> entityIds, PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public GroupSnapshot snapshot(TenantId t, UUID groupId, LocalDate asOf) {
        GroupView group = mine(groups, t, groupId).orElse(null);
        if (group == null) {
            return null;
        }
        List<LegalEntityView> members = all(entities, t).stream().filter(e -> e.groupId().equals(groupId)).toList();
        List<UUID> ids = members.stream().map(LegalEntityView::id).toList();
        List<HoldingView> valid = all(holdings, t).stream().filter(h -> h.groupId().equals(groupId) && h.validOn(asOf)).toList();
        Map<UUID, List<FinancialYearView>> byEntity = new HashMap<>();
        all(years, t).stream().filter(y -> ids.contains(y.legalEntityId()) && y.approved() && !y.periodEnd().isAfter(asOf))
                .sorted(Comparator.comparing(FinancialYearView::periodEnd).reversed())
                .forEach(y -> {
                    List<FinancialYearView> list = byEntity.computeIfAbsent(y.legalEntityId(), k -> new ArrayList<>());
                    if (list.size() < 2) {
                        list.add(y);
                    }
                });
        return new GroupSnapshot(group, members, valid, byEntity);
    }

    // ---- GroupAssessmentStorePort

    @Override
    public void store(TenantId t, GroupAssessmentView a, List<GroupAssessmentResultView> list) {
        requireTransaction();
        assessments.put(a.id(), new Row<>(t, a));
        results.put(a.id(), List.copyOf(list));
    }

    @Override
    public Optional<GroupAssessmentView> find(TenantId t, UUID id) {
        return mine(assessments, t, id);
    }

    @Override
    public Map<UUID, Page<GroupAssessmentView>> assessmentsOfGroups(TenantId t, Collection<UUID> groupIds, PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    @Override
    public Map<UUID, Page<GroupAssessmentResultView>> resultsOf(TenantId t, Collection<UUID> assessmentIds, PageRequest page) {
        throw new UnsupportedOperationException("not used by the services under test");
    }

    // ---- GroupStructureImportPort

    @Override
    public ImportCounts importStructure(TenantId t, UUID groupId, GroupStructure structure, LocalDate periodEnd) {
        requireTransaction();
        imports.add(structure);
        return new ImportCounts(structure.size(), 0);
    }

    /** The sizes reported by importCommitted, and whether it was ever called inside a transaction (it must not). */
    final List<Integer> committedImports = new ArrayList<>();
    boolean importCommittedInTransaction;

    @Override
    public void importCommitted(int enterprises) {
        committedImports.add(enterprises);
        importCommittedInTransaction |= inTransaction;
    }
}
