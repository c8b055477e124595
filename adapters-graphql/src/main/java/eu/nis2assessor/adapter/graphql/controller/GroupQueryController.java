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
import eu.nis2assessor.application.port.in.QueryGroupsUseCase.Edge;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase.EdgeRequest;
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

    static final String EDGES = "groupEdges";
    /** The data loader of legal entities by id (also used by the Art 20 register's back-references). */
    public static final String ENTITY_BY_ID = "legalEntityById";

    private final QueryGroupsUseCase queries;

    public GroupQueryController(QueryGroupsUseCase queries, BatchLoaderRegistry registry) {
        this.queries = queries;
        // every paginated edge of one level (e.g. holdings, owners and financial years of a page of entities) in one
        // call: one read-only transaction, one statement per edge
        registry.<EdgeRequest, Connection<?>>forName(EDGES).registerMappedBatchLoader((keys, env) -> {
            Map<EdgeRequest, Connection<?>> result = new HashMap<>();
            queries.edges(keys).forEach((key, page) -> result.put(key, Connection.of(page)));
            return reactor.core.publisher.Mono.just(result);
        });
        // every reference to a legal entity of one level (holding owner and owned, financial year, result) in one call
        registry.<UUID, LegalEntityView>forName(ENTITY_BY_ID).registerMappedBatchLoader((ids, env) -> {
            Map<UUID, LegalEntityView> result = new HashMap<>();
            queries.legalEntitiesByIds(ids).forEach(e -> result.put(e.id(), e));
            return reactor.core.publisher.Mono.just(result);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> CompletableFuture<Connection<T>> load(DataFetchingEnvironment env, Edge edge, UUID parent,
                                                             Integer first, String after, LocalDate asOf) {
        DataLoader<EdgeRequest, Connection<?>> dataLoader = env.getDataLoader(EDGES);
        return dataLoader.load(new EdgeRequest(edge, parent, Connection.request(first, after), asOf))
                .thenApply(c -> (Connection<T>) c);
    }

    private static CompletableFuture<LegalEntityView> entity(DataFetchingEnvironment env, UUID id) {
        DataLoader<UUID, LegalEntityView> dataLoader = env.getDataLoader(ENTITY_BY_ID);
        return dataLoader.load(id);
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
        return load(env, Edge.GROUP_ENTITIES, group.id(), first, after, null);
    }

    @SchemaMapping(typeName = "Group", field = "assessments")
    public CompletableFuture<Connection<GroupAssessmentView>> assessments(GroupView group, @Argument Integer first,
                                                                          @Argument String after, DataFetchingEnvironment env) {
        return load(env, Edge.GROUP_ASSESSMENTS, group.id(), first, after, null);
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
        return load(env, Edge.ENTITY_HOLDINGS, entity.id(), first, after, asOf);
    }

    @SchemaMapping(typeName = "LegalEntity", field = "owners")
    public CompletableFuture<Connection<HoldingView>> owners(LegalEntityView entity, @Argument LocalDate asOf,
                                                             @Argument Integer first, @Argument String after,
                                                             DataFetchingEnvironment env) {
        return load(env, Edge.ENTITY_OWNERS, entity.id(), first, after, asOf);
    }

    @SchemaMapping(typeName = "LegalEntity", field = "financialYears")
    public CompletableFuture<Connection<FinancialYearView>> financialYears(LegalEntityView entity, @Argument Integer first,
                                                                           @Argument String after, DataFetchingEnvironment env) {
        return load(env, Edge.ENTITY_FINANCIAL_YEARS, entity.id(), first, after, null);
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

    @SchemaMapping(typeName = "Holding", field = "owner")
    public CompletableFuture<LegalEntityView> holdingOwner(HoldingView holding, DataFetchingEnvironment env) {
        return entity(env, holding.ownerId());
    }

    @SchemaMapping(typeName = "Holding", field = "owned")
    public CompletableFuture<LegalEntityView> holdingOwned(HoldingView holding, DataFetchingEnvironment env) {
        return entity(env, holding.ownedId());
    }

    // ---- FinancialYear

    @SchemaMapping(typeName = "FinancialYear", field = "id")
    public String financialYearId(FinancialYearView year) {
        return GlobalId.encode("FinancialYear", year.id());
    }

    @SchemaMapping(typeName = "FinancialYear", field = "legalEntity")
    public CompletableFuture<LegalEntityView> financialYearEntity(FinancialYearView year, DataFetchingEnvironment env) {
        return entity(env, year.legalEntityId());
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
        return load(env, Edge.ASSESSMENT_RESULTS, assessment.id(), first, after, null);
    }

    @SchemaMapping(typeName = "GroupAssessmentResult", field = "legalEntity")
    public CompletableFuture<LegalEntityView> resultEntity(GroupAssessmentResultView result, DataFetchingEnvironment env) {
        return entity(env, result.legalEntityId());
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
