package eu.nis2assessor.adapter.graphql.controller;

import eu.nis2assessor.adapter.graphql.mapper.Money;
import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Reading stored groups: {@code groups}, {@code group(id:)} and every parent-to-child edge. No edge loads per parent:
 * plain edges are {@code @BatchMapping}s, paginated edges ({@code Group.entities}, {@code LegalEntity.holdings}, ...)
 * go through a named {@link DataLoader} whose key carries the page arguments, so that all parents asking for the same
 * page are answered by one statement.
 */
@Controller
public class GroupQueryController {

    static final String ENTITIES = "groupEntities";
    static final String ASSESSMENTS = "groupAssessments";
    static final String HOLDINGS = "entityHoldings";
    static final String OWNERS = "entityOwners";
    static final String YEARS = "entityFinancialYears";
    static final String RESULTS = "assessmentResults";

    /** A paginated edge of one parent: the page arguments are part of the key. */
    record PageKey(UUID parent, PageRequest page, LocalDate asOf) {
    }

    private final QueryGroupsUseCase queries;

    public GroupQueryController(QueryGroupsUseCase queries, BatchLoaderRegistry registry) {
        this.queries = queries;
        register(registry, ENTITIES, (ids, key) -> queries.entitiesOfGroups(ids, key.page()));
        register(registry, ASSESSMENTS, (ids, key) -> queries.assessmentsOfGroups(ids, key.page()));
        register(registry, HOLDINGS, (ids, key) -> queries.holdingsOfOwners(ids, key.asOf(), key.page()));
        register(registry, OWNERS, (ids, key) -> queries.holdingsOfOwned(ids, key.asOf(), key.page()));
        register(registry, YEARS, (ids, key) -> queries.financialYearsOfEntities(ids, key.page()));
        register(registry, RESULTS, (ids, key) -> queries.resultsOfAssessments(ids, key.page()));
    }

    /** The loader answers all keys with the same page arguments with one call of {@code load}. */
    private static <T> void register(BatchLoaderRegistry registry, String name,
                                     java.util.function.BiFunction<Collection<UUID>, PageKey, Map<UUID, Page<T>>> load) {
        registry.<PageKey, Connection<T>>forName(name).registerMappedBatchLoader((keys, env) -> {
            Map<PageKey, Connection<T>> result = new HashMap<>();
            Map<List<Object>, List<PageKey>> byArguments = keys.stream().collect(Collectors.groupingBy(
                    k -> java.util.Arrays.asList(k.page(), k.asOf()), LinkedHashMap::new, Collectors.toList()));
            for (List<PageKey> group : byArguments.values()) {
                Set<UUID> parents = new HashSet<>();
                group.forEach(k -> parents.add(k.parent()));
                Map<UUID, Page<T>> pages = load.apply(parents, group.getFirst());
                for (PageKey k : group) {
                    Page<T> page = pages.get(k.parent());
                    result.put(k, page == null ? Connection.empty() : Connection.of(page));
                }
            }
            return reactor.core.publisher.Mono.just(result);
        });
    }

    private static <T> CompletableFuture<Connection<T>> load(DataFetchingEnvironment env, String loader, UUID parent,
                                                             Integer first, String after, LocalDate asOf) {
        DataLoader<PageKey, Connection<T>> dataLoader = env.getDataLoader(loader);
        return dataLoader.load(new PageKey(parent, Connection.request(first, after), asOf));
    }

    // ---- queries

    @QueryMapping
    public Connection<GroupView> groups(@Argument Integer first, @Argument String after) {
        return Connection.of(queries.groups(Connection.request(first, after)));
    }

    @QueryMapping
    public GroupView group(@Argument String id) {
        UUID uuid = GlobalId.decode(id, "Group");
        return queries.group(uuid).orElseThrow(() -> new NotFoundException("Group", id));
    }

    // ---- Group

    @SchemaMapping(typeName = "Group", field = "id")
    public String groupId(GroupView group) {
        return GlobalId.encode("Group", group.id());
    }

    @SchemaMapping(typeName = "Group", field = "sameOrAdjacentMarkets")
    public List<Map<String, Object>> sameOrAdjacentMarkets(GroupView group) {
        if (group.sameOrAdjacentMarkets() == null) {
            return null;
        }
        List<Map<String, Object>> markets = new ArrayList<>();
        group.sameOrAdjacentMarkets().forEach(m -> markets.add(Map.of("enterprises", m)));
        return markets;
    }

    @SchemaMapping(typeName = "Group", field = "entities")
    public CompletableFuture<Connection<LegalEntityView>> entities(GroupView group, @Argument Integer first,
                                                                   @Argument String after, DataFetchingEnvironment env) {
        return load(env, ENTITIES, group.id(), first, after, null);
    }

    @SchemaMapping(typeName = "Group", field = "assessments")
    public CompletableFuture<Connection<GroupAssessmentView>> assessments(GroupView group, @Argument Integer first,
                                                                          @Argument String after, DataFetchingEnvironment env) {
        return load(env, ASSESSMENTS, group.id(), first, after, null);
    }

    // ---- LegalEntity

    @SchemaMapping(typeName = "LegalEntity", field = "id")
    public String legalEntityId(LegalEntityView entity) {
        return GlobalId.encode("LegalEntity", entity.id());
    }

    @BatchMapping(typeName = "LegalEntity", field = "group")
    public Map<LegalEntityView, GroupView> legalEntityGroup(List<LegalEntityView> entities) {
        return byId(entities, LegalEntityView::groupId, queries::groupsByIds, GroupView::id);
    }

    @SchemaMapping(typeName = "LegalEntity", field = "holdings")
    public CompletableFuture<Connection<HoldingView>> holdings(LegalEntityView entity, @Argument LocalDate asOf,
                                                               @Argument Integer first, @Argument String after,
                                                               DataFetchingEnvironment env) {
        return load(env, HOLDINGS, entity.id(), first, after, asOf);
    }

    @SchemaMapping(typeName = "LegalEntity", field = "owners")
    public CompletableFuture<Connection<HoldingView>> owners(LegalEntityView entity, @Argument LocalDate asOf,
                                                             @Argument Integer first, @Argument String after,
                                                             DataFetchingEnvironment env) {
        return load(env, OWNERS, entity.id(), first, after, asOf);
    }

    @SchemaMapping(typeName = "LegalEntity", field = "financialYears")
    public CompletableFuture<Connection<FinancialYearView>> financialYears(LegalEntityView entity, @Argument Integer first,
                                                                           @Argument String after, DataFetchingEnvironment env) {
        return load(env, YEARS, entity.id(), first, after, null);
    }

    // ---- Holding

    @SchemaMapping(typeName = "Holding", field = "id")
    public String holdingId(HoldingView holding) {
        return GlobalId.encode("Holding", holding.id());
    }

    @SchemaMapping(typeName = "Holding", field = "investedAmount")
    public Money investedAmount(HoldingView holding) {
        return holding.investedAmount() == null ? null : Money.eur(holding.investedAmount());
    }

    @BatchMapping(typeName = "Holding", field = "owner")
    public Map<HoldingView, LegalEntityView> holdingOwner(List<HoldingView> holdings) {
        return byId(holdings, HoldingView::ownerId, queries::legalEntitiesByIds, LegalEntityView::id);
    }

    @BatchMapping(typeName = "Holding", field = "owned")
    public Map<HoldingView, LegalEntityView> holdingOwned(List<HoldingView> holdings) {
        return byId(holdings, HoldingView::ownedId, queries::legalEntitiesByIds, LegalEntityView::id);
    }

    // ---- FinancialYear

    @SchemaMapping(typeName = "FinancialYear", field = "id")
    public String financialYearId(FinancialYearView year) {
        return GlobalId.encode("FinancialYear", year.id());
    }

    @BatchMapping(typeName = "FinancialYear", field = "legalEntity")
    public Map<FinancialYearView, LegalEntityView> financialYearEntity(List<FinancialYearView> years) {
        return byId(years, FinancialYearView::legalEntityId, queries::legalEntitiesByIds, LegalEntityView::id);
    }

    @BatchMapping(typeName = "ConsolidatedAccounts", field = "includes")
    public Map<FinancialYearView.Consolidated, List<LegalEntityView>> includes(List<FinancialYearView.Consolidated> accounts) {
        Set<UUID> ids = new HashSet<>();
        accounts.forEach(a -> ids.addAll(a.includedEntityIds()));
        Map<UUID, LegalEntityView> entities = queries.legalEntitiesByIds(ids).stream()
                .collect(Collectors.toMap(LegalEntityView::id, Function.identity()));
        Map<FinancialYearView.Consolidated, List<LegalEntityView>> result = new HashMap<>();
        for (FinancialYearView.Consolidated a : accounts) {
            result.put(a, a.includedEntityIds().stream().map(entities::get).filter(java.util.Objects::nonNull).toList());
        }
        return result;
    }

    // ---- GroupAssessment

    @SchemaMapping(typeName = "GroupAssessment", field = "id")
    public String groupAssessmentId(GroupAssessmentView assessment) {
        return GlobalId.encode("GroupAssessment", assessment.id());
    }

    @BatchMapping(typeName = "GroupAssessment", field = "group")
    public Map<GroupAssessmentView, GroupView> assessmentGroup(List<GroupAssessmentView> assessments) {
        return byId(assessments, GroupAssessmentView::groupId, queries::groupsByIds, GroupView::id);
    }

    @SchemaMapping(typeName = "GroupAssessment", field = "results")
    public CompletableFuture<Connection<GroupAssessmentResultView>> results(GroupAssessmentView assessment,
                                                                            @Argument Integer first, @Argument String after,
                                                                            DataFetchingEnvironment env) {
        return load(env, RESULTS, assessment.id(), first, after, null);
    }

    @BatchMapping(typeName = "GroupAssessmentResult", field = "legalEntity")
    public Map<GroupAssessmentResultView, LegalEntityView> resultEntity(List<GroupAssessmentResultView> results) {
        return byId(results, GroupAssessmentResultView::legalEntityId, queries::legalEntitiesByIds, LegalEntityView::id);
    }

    /** Resolves one referenced object per source with one call of {@code load} for all of them. */
    private static <S, T> Map<S, T> byId(List<S> sources, Function<S, UUID> reference,
                                         Function<Collection<UUID>, List<T>> load, Function<T, UUID> id) {
        Set<UUID> ids = new HashSet<>();
        sources.forEach(s -> ids.add(reference.apply(s)));
        Map<UUID, T> loaded = new HashMap<>();
        for (T t : load.apply(ids)) {
            loaded.put(id.apply(t), t);
        }
        Map<S, T> result = new HashMap<>();
        for (S s : sources) {
            T t = loaded.get(reference.apply(s));
            if (t != null) {
                result.put(s, t);
            }
        }
        return result;
    }
}
