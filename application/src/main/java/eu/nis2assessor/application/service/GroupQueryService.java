package eu.nis2assessor.application.service;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** {@link QueryGroupsUseCase}: each read in one read-only transaction of the current tenant. */
public final class GroupQueryService implements QueryGroupsUseCase {

    private final GroupStorePort store;
    private final GroupAssessmentStorePort assessments;
    private final TransactionPort transactions;
    private final CurrentTenantPort currentTenant;

    public GroupQueryService(GroupStorePort store, GroupAssessmentStorePort assessments, TransactionPort transactions,
                             CurrentTenantPort currentTenant) {
        this.store = Objects.requireNonNull(store, "store");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.currentTenant = Objects.requireNonNull(currentTenant, "currentTenant");
    }

    private <T> T read(Function<TenantId, T> work) {
        return transactions.readOnly(() -> work.apply(currentTenant.currentTenant()));
    }

    @Override
    public Map<EdgeRequest, Page<?>> edges(Collection<EdgeRequest> requests) {
        return read(t -> {
            Map<EdgeRequest, Page<?>> result = new java.util.HashMap<>();
            Map<List<Object>, List<EdgeRequest>> byArguments = new java.util.LinkedHashMap<>();
            for (EdgeRequest r : requests) {
                byArguments.computeIfAbsent(java.util.Arrays.asList(r.edge(), r.page(), r.asOf()), k -> new java.util.ArrayList<>()).add(r);
            }
            for (List<EdgeRequest> same : byArguments.values()) {
                EdgeRequest first = same.getFirst();
                java.util.Set<UUID> parents = new java.util.LinkedHashSet<>();
                same.forEach(r -> parents.add(r.parent()));
                Map<UUID, ? extends Page<?>> pages = switch (first.edge()) {
                    case GROUP_ENTITIES -> store.entitiesOfGroups(t, parents, first.page());
                    case GROUP_ASSESSMENTS -> assessments.assessmentsOfGroups(t, parents, first.page());
                    case ENTITY_HOLDINGS -> store.holdingsOf(t, parents, true, first.asOf(), first.page());
                    case ENTITY_OWNERS -> store.holdingsOf(t, parents, false, first.asOf(), first.page());
                    case ENTITY_FINANCIAL_YEARS -> store.financialYearsOf(t, parents, first.page());
                    case ASSESSMENT_RESULTS -> assessments.resultsOf(t, parents, first.page());
                };
                for (EdgeRequest r : same) {
                    Page<?> page = pages.get(r.parent());
                    result.put(r, page == null ? Page.empty() : page);
                }
            }
            return result;
        });
    }

    @Override
    public Page<GroupView> groups(PageRequest page) {
        return read(t -> store.groups(t, page));
    }

    @Override
    public Optional<GroupView> group(UUID id) {
        return read(t -> store.findGroup(t, id));
    }

    @Override
    public List<GroupView> groupsByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : read(t -> store.groupsByIds(t, ids));
    }

    @Override
    public Optional<LegalEntityView> legalEntity(UUID id) {
        return read(t -> store.findEntity(t, id));
    }

    @Override
    public List<LegalEntityView> legalEntitiesByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : read(t -> store.entitiesByIds(t, ids));
    }

    @Override
    public Map<UUID, Page<LegalEntityView>> entitiesOfGroups(Collection<UUID> groupIds, PageRequest page) {
        return read(t -> store.entitiesOfGroups(t, groupIds, page));
    }

    @Override
    public Map<UUID, Page<HoldingView>> holdingsOfOwners(Collection<UUID> ownerIds, LocalDate asOf, PageRequest page) {
        return read(t -> store.holdingsOf(t, ownerIds, true, asOf, page));
    }

    @Override
    public Map<UUID, Page<HoldingView>> holdingsOfOwned(Collection<UUID> ownedIds, LocalDate asOf, PageRequest page) {
        return read(t -> store.holdingsOf(t, ownedIds, false, asOf, page));
    }

    @Override
    public Optional<HoldingView> holding(UUID id) {
        return read(t -> store.findHolding(t, id));
    }

    @Override
    public Map<UUID, Page<FinancialYearView>> financialYearsOfEntities(Collection<UUID> entityIds, PageRequest page) {
        return read(t -> store.financialYearsOf(t, entityIds, page));
    }

    @Override
    public Optional<FinancialYearView> financialYear(UUID id) {
        return read(t -> store.findFinancialYear(t, id));
    }

    @Override
    public Map<UUID, Page<GroupAssessmentView>> assessmentsOfGroups(Collection<UUID> groupIds, PageRequest page) {
        return read(t -> assessments.assessmentsOfGroups(t, groupIds, page));
    }

    @Override
    public Optional<GroupAssessmentView> groupAssessment(UUID id) {
        return read(t -> assessments.find(t, id));
    }

    @Override
    public Map<UUID, Page<GroupAssessmentResultView>> resultsOfAssessments(Collection<UUID> assessmentIds, PageRequest page) {
        return read(t -> assessments.resultsOf(t, assessmentIds, page));
    }
}
