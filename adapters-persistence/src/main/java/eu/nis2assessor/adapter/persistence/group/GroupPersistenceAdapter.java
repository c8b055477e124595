package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.adapter.persistence.entity.FinancialYearEntity;
import eu.nis2assessor.adapter.persistence.entity.GroupEntity;
import eu.nis2assessor.adapter.persistence.entity.HoldingEntity;
import eu.nis2assessor.adapter.persistence.entity.LegalEntityEntity;
import eu.nis2assessor.adapter.persistence.mapper.GroupEntityMapper;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * {@link GroupStorePort} on PostgreSQL: single-aggregate writes through JPA (optimistic locking by {@code @Version},
 * mapped with {@link GroupEntityMapper}), reads and batched pages in plain SQL ({@link KeysetPages}), so that a page of
 * many parents with their children costs one statement per edge. Every statement filters by the tenant.
 */
@Component
public class GroupPersistenceAdapter implements GroupStorePort {

    private static final String ENTITY_COLUMNS = "t.id, t.group_id, t.external_key, t.name, t.country, t.registration_number,"
            + " t.activities::text as activities, t.identifications::text as identifications, t.exclusions::text as exclusions,"
            + " t.investor_category, t.natural_person, t.provides_services_in_union, t.version, t.created_at, t.updated_at";

    static final String KEY_UNIQUE = "legal_entity_key_unique";
    static final String PERIOD_UNIQUE = "financial_year_period_unique";
    static final String HOLDING_OPEN_PAIR_UNIQUE = "holding_open_pair_unique";

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final GroupEntityMapper mapper;

    public GroupPersistenceAdapter(EntityManager em, JdbcTemplate jdbc, GroupEntityMapper mapper) {
        this.em = em;
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    // ---- groups

    @Override
    public GroupView createGroup(TenantId tenant, String name) {
        GroupEntity entity = new GroupEntity(UUID.randomUUID(), tenant.value(), name, now());
        em.persist(entity);
        em.flush();
        return mapper.toView(entity);
    }

    @Override
    public Optional<GroupView> findGroup(TenantId tenant, UUID id) {
        return jdbc.query("select t.*, t.same_or_adjacent_markets::text as same_or_adjacent_markets from nis2_group t"
                + " where t.tenant_id = ? and t.id = ?", Rows.GROUP, tenant.value(), id).stream().findFirst();
    }

    @Override
    public List<GroupView> groupsByIds(TenantId tenant, Collection<UUID> ids) {
        return jdbc.query("select t.*, t.same_or_adjacent_markets::text as same_or_adjacent_markets from nis2_group t"
                + " where t.tenant_id = ? and t.id = any(?::uuid[])", Rows.GROUP, tenant.value(), KeysetPages.uuidArray(ids));
    }

    @Override
    public Page<GroupView> groups(TenantId tenant, PageRequest page) {
        return KeysetPages.single(jdbc, new KeysetPages.Query("nis2_group", null, "t.name", "text", false, "", List.of()),
                tenant.value(), page, Rows.GROUP);
    }

    // ---- legal entities

    @Override
    public Map<UUID, Page<LegalEntityView>> entitiesOfGroups(TenantId tenant, Collection<UUID> groupIds, PageRequest page) {
        return KeysetPages.perParent(jdbc, new KeysetPages.Query("legal_entity", "group_id", "t.name", "text", false, "",
                List.of()), tenant.value(), groupIds, page, Rows.ENTITY);
    }

    @Override
    public Optional<LegalEntityView> findEntity(TenantId tenant, UUID id) {
        return jdbc.query("select " + ENTITY_COLUMNS + " from legal_entity t where t.tenant_id = ? and t.id = ?",
                Rows.ENTITY, tenant.value(), id).stream().findFirst();
    }

    @Override
    public List<LegalEntityView> entitiesByIds(TenantId tenant, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + ENTITY_COLUMNS + " from legal_entity t where t.tenant_id = ? and t.id = any(?::uuid[])",
                Rows.ENTITY, tenant.value(), KeysetPages.uuidArray(ids));
    }

    @Override
    public boolean keyUsed(TenantId tenant, UUID groupId, String key, UUID except) {
        Boolean used = jdbc.queryForObject("select exists (select 1 from legal_entity where tenant_id = ? and group_id = ?"
                + " and external_key = ? and id is distinct from ?)", Boolean.class, tenant.value(), groupId, key, except);
        return Boolean.TRUE.equals(used);
    }

    @Override
    public LegalEntityView createEntity(TenantId tenant, LegalEntityView view) {
        LegalEntityEntity entity = mapper.toEntity(view);
        entity.setTenantId(tenant.value());
        OffsetDateTime now = now();
        entity.setCreatedAt(now);
        entity.setUpdatedAt(now);
        try {
            em.persist(entity);
            em.flush();
        } catch (RuntimeException e) {
            throw Violations.translate(e, v -> v.is(KEY_UNIQUE) ? duplicateKey(view.key()) : null);
        }
        return mapper.toView(entity);
    }

    @Override
    public LegalEntityView updateEntity(TenantId tenant, LegalEntityView view) {
        LegalEntityEntity entity = em.find(LegalEntityEntity.class, view.id());
        if (entity == null || !entity.getTenantId().equals(tenant.value())) {
            throw new StaleVersionException(-1);
        }
        if (entity.getVersion() != view.version()) {
            throw new StaleVersionException(entity.getVersion());
        }
        mapper.update(view, entity);
        entity.setUpdatedAt(now());
        try {
            flush();
        } catch (StaleVersionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Violations.translate(e, v -> v.is(KEY_UNIQUE) ? duplicateKey(view.key()) : null);
        }
        return mapper.toView(entity);
    }

    private static RefusedException duplicateKey(String key) {
        return new RefusedException(RefusedException.Code.DUPLICATE, "key", "the key '" + key
                + "' is already used in the group (by a change made at the same time)");
    }

    @Override
    public EntityReferences references(TenantId tenant, UUID entityId) {
        return jdbc.queryForObject("select"
                        + " (select count(*) from holding where tenant_id = ? and (owner_id = ? or owned_id = ?)) as holdings,"
                        + " (select count(*) from consolidated_inclusion where tenant_id = ? and legal_entity_id = ?) as inclusions,"
                        + " (select count(distinct group_assessment_id) from group_assessment_entity where tenant_id = ? and legal_entity_id = ?) as assessments",
                (rs, n) -> new EntityReferences(rs.getLong("holdings"), rs.getLong("inclusions"), rs.getLong("assessments")),
                tenant.value(), entityId, entityId, tenant.value(), entityId, tenant.value(), entityId);
    }

    @Override
    public void deleteEntity(TenantId tenant, UUID id) {
        try {
            jdbc.update("delete from legal_entity where tenant_id = ? and id = ?", tenant.value(), id);
        } catch (RuntimeException e) {
            // a holding, inclusion or assessment referring to it was written at the same time
            throw Violations.translate(e, v -> v.foreignKey() ? new RefusedException(RefusedException.Code.IN_USE, "id",
                    "the legal entity cannot be deleted: other data refer to it (" + v.constraint() + ")") : null);
        }
    }

    // ---- holdings

    @Override
    public HoldingView createHolding(TenantId tenant, HoldingView view) {
        HoldingEntity entity = mapper.toEntity(view);
        entity.setTenantId(tenant.value());
        OffsetDateTime now = now();
        entity.setCreatedAt(now);
        entity.setUpdatedAt(now);
        try {
            em.persist(entity);
            em.flush();
        } catch (RuntimeException e) {
            throw Violations.translate(e, v -> v.is(HOLDING_OPEN_PAIR_UNIQUE) ? duplicateHolding()
                    : v.foreignKey() ? new RefusedException(RefusedException.Code.NOT_FOUND, "ownedId",
                    "the owner or the owned legal entity was deleted at the same time") : null);
        }
        return mapper.toView(entity);
    }

    static RefusedException duplicateHolding() {
        return new RefusedException(RefusedException.Code.DUPLICATE, "ownedId", "the owner already has an open holding in"
                + " this entity (created at the same time); end it before creating another");
    }

    @Override
    public Optional<HoldingView> findHolding(TenantId tenant, UUID id) {
        return jdbc.query("select t.*, t.control_rights::text as control_rights from holding t where t.tenant_id = ? and t.id = ?",
                Rows.HOLDING, tenant.value(), id).stream().findFirst();
    }

    @Override
    public HoldingView endHolding(TenantId tenant, UUID id, long version, LocalDate validTo) {
        HoldingEntity entity = em.find(HoldingEntity.class, id);
        if (entity == null || !entity.getTenantId().equals(tenant.value())) {
            throw new StaleVersionException(-1);
        }
        if (entity.getVersion() != version) {
            throw new StaleVersionException(entity.getVersion());
        }
        entity.setValidTo(validTo);
        entity.setUpdatedAt(now());
        flush();
        return mapper.toView(entity);
    }

    @Override
    public Map<UUID, Page<HoldingView>> holdingsOf(TenantId tenant, Collection<UUID> entityIds, boolean asOwner,
                                                   LocalDate asOf, PageRequest page) {
        String filter = "";
        List<Object> args = new ArrayList<>();
        if (asOf != null) {
            filter = " and (t.valid_from is null or t.valid_from <= ?) and (t.valid_to is null or ? < t.valid_to) ";
            args.add(asOf);
            args.add(asOf);
        }
        return KeysetPages.perParent(jdbc, new KeysetPages.Query("holding", asOwner ? "owner_id" : "owned_id",
                "coalesce(t.valid_from, '-infinity'::date)", "date", false, filter, args), tenant.value(), entityIds, page,
                Rows.HOLDING);
    }

    @Override
    public List<HoldingView> holdingsIn(TenantId tenant, UUID ownedId) {
        return jdbc.query("select t.*, t.control_rights::text as control_rights from holding t where t.tenant_id = ?"
                + " and t.owned_id = ? order by t.id", Rows.HOLDING, tenant.value(), ownedId);
    }

    // ---- financial years

    @Override
    public Optional<FinancialYearView> findFinancialYear(TenantId tenant, UUID id) {
        return withIncludes(tenant, jdbc.query("select t.* from financial_year t where t.tenant_id = ? and t.id = ?",
                Rows.YEAR, tenant.value(), id)).stream().findFirst();
    }

    @Override
    public Optional<FinancialYearView> findFinancialYear(TenantId tenant, UUID entityId, LocalDate periodEnd) {
        return withIncludes(tenant, jdbc.query("select t.* from financial_year t where t.tenant_id = ?"
                + " and t.legal_entity_id = ? and t.period_end = ?", Rows.YEAR, tenant.value(), entityId, periodEnd))
                .stream().findFirst();
    }

    @Override
    public FinancialYearView saveFinancialYear(TenantId tenant, FinancialYearView view, boolean replace) {
        FinancialYearEntity entity;
        OffsetDateTime now = now();
        if (replace) {
            entity = em.find(FinancialYearEntity.class, view.id());
            if (entity == null || !entity.getTenantId().equals(tenant.value())) {
                throw new StaleVersionException(-1);
            }
            if (entity.getVersion() != view.version()) {
                throw new StaleVersionException(entity.getVersion());
            }
            mapper.update(view, entity);
            entity.setUpdatedAt(now); // always dirty: the version changes even when only the inclusions do
            flush();
            jdbc.update("delete from consolidated_inclusion where tenant_id = ? and financial_year_id = ?", tenant.value(), view.id());
        } else {
            entity = new FinancialYearEntity();
            entity.setId(view.id());
            entity.setTenantId(tenant.value());
            entity.setLegalEntityId(view.legalEntityId());
            entity.setPeriodEnd(view.periodEnd());
            entity.setCreatedAt(now);
            entity.setUpdatedAt(now);
            mapper.update(view, entity);
            try {
                em.persist(entity);
                em.flush();
            } catch (RuntimeException e) {
                // recorded at the same time by someone else: as if it had been there when checked
                throw Violations.translate(e, v -> v.is(PERIOD_UNIQUE) ? new RefusedException(RefusedException.Code.CONFLICT,
                        "version", "a financial year ending " + view.periodEnd() + " was recorded for this entity at the"
                        + " same time; read it and give its version to replace it") : null);
            }
        }
        List<UUID> includes = view.consolidatedAccounts() == null ? List.of() : view.consolidatedAccounts().includedEntityIds();
        if (!includes.isEmpty()) {
            List<Object[]> rows = new ArrayList<>(includes.size());
            for (UUID included : includes) {
                rows.add(new Object[] {UUID.randomUUID(), tenant.value(), view.id(), included});
            }
            try {
                jdbc.batchUpdate("insert into consolidated_inclusion (id, tenant_id, financial_year_id, legal_entity_id)"
                        + " values (?, ?, ?, ?)", rows);
            } catch (RuntimeException e) {
                throw Violations.translate(e, v -> v.foreignKey() ? new RefusedException(RefusedException.Code.NOT_FOUND,
                        "consolidatedAccounts.includes", "an included legal entity was deleted at the same time") : null);
            }
        }
        return mapper.toView(entity, includes);
    }

    @Override
    public Map<UUID, Page<FinancialYearView>> financialYearsOf(TenantId tenant, Collection<UUID> entityIds, PageRequest page) {
        Map<UUID, Page<FinancialYearView>> pages = KeysetPages.perParent(jdbc, new KeysetPages.Query("financial_year",
                "legal_entity_id", "t.period_end", "date", true, "", List.of()), tenant.value(), entityIds, page, Rows.YEAR);
        List<FinancialYearView> all = new ArrayList<>();
        pages.values().forEach(p -> all.addAll(p.items()));
        Map<UUID, List<UUID>> includes = includes(tenant, all);
        if (includes.isEmpty()) {
            return pages;
        }
        Map<UUID, Page<FinancialYearView>> result = new LinkedHashMap<>();
        pages.forEach((entity, p) -> result.put(entity, new Page<>(p.items().stream()
                .map(y -> Rows.withIncludes(y, includes.getOrDefault(y.id(), List.of()))).toList(), p.keys(),
                p.hasNextPage(), p.hasPreviousPage())));
        return result;
    }

    private List<FinancialYearView> withIncludes(TenantId tenant, List<FinancialYearView> years) {
        Map<UUID, List<UUID>> includes = includes(tenant, years);
        return years.stream().map(y -> Rows.withIncludes(y, includes.getOrDefault(y.id(), List.of()))).toList();
    }

    /** The included entities of the years that have consolidated accounts (one statement, none when no year has any). */
    private Map<UUID, List<UUID>> includes(TenantId tenant, List<FinancialYearView> years) {
        List<UUID> consolidated = years.stream().filter(y -> y.consolidatedAccounts() != null).map(FinancialYearView::id).toList();
        Map<UUID, List<UUID>> includes = new HashMap<>();
        if (consolidated.isEmpty()) {
            return includes;
        }
        jdbc.query("select financial_year_id, legal_entity_id from consolidated_inclusion where tenant_id = ?"
                + " and financial_year_id = any(?::uuid[]) order by financial_year_id, legal_entity_id", rs -> {
            includes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        }, tenant.value(), KeysetPages.uuidArray(consolidated));
        return includes;
    }

    // ---- snapshot for a group assessment

    @Override
    public GroupSnapshot snapshot(TenantId tenant, UUID groupId, LocalDate asOf) {
        GroupView group = findGroup(tenant, groupId).orElse(null);
        if (group == null) {
            return null;
        }
        List<LegalEntityView> entities = jdbc.query("select " + ENTITY_COLUMNS + " from legal_entity t where t.tenant_id = ?"
                + " and t.group_id = ?", Rows.ENTITY, tenant.value(), groupId);
        List<HoldingView> holdings = jdbc.query("select t.*, t.control_rights::text as control_rights from holding t"
                + " where t.tenant_id = ? and t.group_id = ? and (t.valid_from is null or t.valid_from <= ?)"
                + " and (t.valid_to is null or ? < t.valid_to)", Rows.HOLDING, tenant.value(), groupId, asOf, asOf);
        List<FinancialYearView> years = jdbc.query("select * from (select t.*, row_number() over (partition by"
                + " t.legal_entity_id order by t.period_end desc) as rn from financial_year t join legal_entity e"
                + " on e.id = t.legal_entity_id where t.tenant_id = ? and e.group_id = ? and t.approved and t.period_end <= ?) x"
                + " where rn <= 2 order by legal_entity_id, rn", Rows.YEAR, tenant.value(), groupId, asOf);
        Map<UUID, List<FinancialYearView>> byEntity = new HashMap<>();
        for (FinancialYearView year : withIncludes(tenant, years)) {
            byEntity.computeIfAbsent(year.legalEntityId(), k -> new ArrayList<>(2)).add(year);
        }
        return new GroupSnapshot(group, entities, holdings, byEntity);
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            throw new StaleVersionException(-1);
        }
    }
}
