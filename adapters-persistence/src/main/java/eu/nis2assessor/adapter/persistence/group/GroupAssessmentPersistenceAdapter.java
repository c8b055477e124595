package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.adapter.persistence.mapper.StoredResults;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.tenant.TenantId;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * {@link GroupAssessmentStorePort} on PostgreSQL: one insert of the assessment and one JDBC batch of its per-entity
 * results (the engine's {@code EnterpriseAssessment} as JSONB with compact contributions, {@link StoredResults}). The tables refuse
 * any UPDATE, DELETE or TRUNCATE (trigger), so a stored assessment never changes.
 */
@Component
public class GroupAssessmentPersistenceAdapter implements GroupAssessmentStorePort {

    private static final RowMapper<GroupAssessmentView> ASSESSMENT = (rs, n) -> new GroupAssessmentView(
            Rows.uuid(rs, "id"), Rows.uuid(rs, "group_id"), rs.getObject("run_at", OffsetDateTime.class),
            rs.getObject("as_of", LocalDate.class), rs.getString("rules_version"), rs.getString("input_hash"),
            rs.getInt("entity_count"));

    private static final RowMapper<GroupAssessmentResultView> RESULT = (rs, n) -> {
        String entityClass = rs.getString("entity_class");
        return new GroupAssessmentResultView(Rows.uuid(rs, "id"), Rows.uuid(rs, "group_assessment_id"),
                Rows.uuid(rs, "legal_entity_id"), rs.getString("external_key"),
                entityClass == null ? null : EntityClass.valueOf(entityClass), SizeClass.valueOf(rs.getString("size_class")),
                StoredResults.read(rs.getString("result")));
    };

    private final JdbcTemplate jdbc;

    public GroupAssessmentPersistenceAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(TenantId tenant, GroupAssessmentView a, List<GroupAssessmentResultView> results) {
        jdbc.update("insert into group_assessment (id, tenant_id, group_id, run_at, as_of, rules_version, input_hash,"
                        + " entity_count) values (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), tenant.value(), a.groupId(), a.runAt(),
                a.asOf(), a.rulesVersion(), a.inputHash(), a.entityCount());
        List<Object[]> rows = new ArrayList<>(results.size());
        for (GroupAssessmentResultView r : results) {
            rows.add(new Object[] {r.id(), tenant.value(), a.id(), r.legalEntityId(), r.key(),
                    r.entityClass() == null ? null : r.entityClass().name(), r.sizeClass().name(), StoredResults.write(r.result())});
        }
        jdbc.batchUpdate("insert into group_assessment_entity (id, tenant_id, group_assessment_id, legal_entity_id,"
                + " external_key, entity_class, size_class, result) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)", rows, new int[] {
                Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
    }

    @Override
    public Optional<GroupAssessmentView> find(TenantId tenant, UUID id) {
        return jdbc.query("select * from group_assessment where tenant_id = ? and id = ?", ASSESSMENT, tenant.value(), id)
                .stream().findFirst();
    }

    @Override
    public Map<UUID, Page<GroupAssessmentView>> assessmentsOfGroups(TenantId tenant, Collection<UUID> groupIds,
                                                                    PageRequest page) {
        return KeysetPages.perParent(jdbc, new KeysetPages.Query("group_assessment", "group_id", "t.run_at", "timestamptz",
                true, "", List.of()), tenant.value(), groupIds, page, ASSESSMENT);
    }

    @Override
    public Map<UUID, Page<GroupAssessmentResultView>> resultsOf(TenantId tenant, Collection<UUID> assessmentIds,
                                                                PageRequest page) {
        return KeysetPages.perParent(jdbc, new KeysetPages.Query("group_assessment_entity", "group_assessment_id",
                "t.external_key", "text", false, "", List.of()), tenant.value(), assessmentIds, page, RESULT);
    }
}
