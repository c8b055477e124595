package eu.nis2assessor.bootstrap.art20;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.bootstrap.support.StatementCounter;
import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * No N+1 in the Art 20 fields: a page of entities with their management body (members, trainings, last training),
 * approvals (with approvers) and the Art 20 view takes the same number of SQL statements for 5 and for 60
 * entities. Statements are counted by {@link StatementCounter} (datasource-proxy, as for the stored groups' edges).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
class Art20BatchingTest {

    private static final Logger LOG = LoggerFactory.getLogger(Art20BatchingTest.class);

    static final String QUERY = """
            query($id: ID!) { group(id: $id) { entities(first: 100) { edges { node {
              name
              managementBody(first: 100) { edges { node { name legalEntity { key }
                trainings { topic legalEntity { key } } lastTraining { completedOn } } } }
              approvals { edges { node { measuresVersion approvedBy { name } legalEntity { key } } } }
              managementAccountability(asOf: "2026-06-30") { measuresApproved approvedBy { name }
                trainings { member { name } lastTraining { provider } } gaps { code member { name } } }
            } } } } }""";

    @LocalServerPort
    int port;

    /** Test data is set up and checked as the schema's owner: the application role sees only a bound tenant's rows. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerJdbc(org.springframework.core.env.Environment environment) {
        this.jdbc = eu.nis2assessor.bootstrap.support.OwnerJdbc.of(environment);
    }

    @Autowired
    DefaultTenant defaultTenant;

    /** A group of {@code n} entities, each with 3 members, 2 approvals, 2 trainings, assessed ESSENTIAL. */
    UUID group(int n) {
        UUID tenant = defaultTenant.id().value();
        UUID group = Art20Fixtures.group(jdbc, tenant, "Batching " + n);
        UUID assessment = UUID.randomUUID();
        jdbc.update("insert into group_assessment (id, tenant_id, group_id, run_at, as_of, rules_version, input_hash,"
                + " entity_count) values (?, ?, ?, now(), date '2026-06-01', 'test', ?, ?)", assessment, tenant, group,
                "b".repeat(64), n);
        for (int i = 0; i < n; i++) {
            UUID entity = Art20Fixtures.legalEntity(jdbc, tenant, group, "K" + i);
            jdbc.update("insert into group_assessment_entity (id, tenant_id, group_assessment_id, legal_entity_id,"
                    + " external_key, entity_class, size_class, result) values (?, ?, ?, ?, ?, 'ESSENTIAL', 'LARGE',"
                    + " '{\"assessment\": {\"managementObligations\": [{\"code\": \"ART20_APPROVE_MEASURES\"}]}}'::jsonb)",
                    UUID.randomUUID(), tenant, assessment, entity, "K" + i);
            UUID[] members = new UUID[3];
            for (int m = 0; m < 3; m++) {
                members[m] = UUID.randomUUID();
                jdbc.update("insert into management_body_member (id, tenant_id, legal_entity_id, name, role, appointed_on,"
                        + " updated_at) values (?, ?, ?, ?, 'Director', date '2020-01-01', now())", members[m], tenant,
                        entity, "Member " + i + "-" + m);
            }
            for (int a = 0; a < 2; a++) {
                UUID approval = UUID.randomUUID();
                jdbc.update("insert into approval (id, tenant_id, legal_entity_id, measures_version, approved_on)"
                        + " values (?, ?, ?, ?, date '2026-01-15' - ?)", approval, tenant, entity, "v" + a, a * 200);
                for (UUID member : members) {
                    jdbc.update("insert into approval_member (id, tenant_id, approval_id, member_id, legal_entity_id)"
                            + " values (gen_random_uuid(), ?, ?, ?, ?)", tenant, approval, member, entity);
                }
            }
            for (int t = 0; t < 2; t++) {
                jdbc.update("insert into training (id, tenant_id, legal_entity_id, member_id, completed_on, provider, topic)"
                        + " values (gen_random_uuid(), ?, ?, ?, date '2025-10-01' + ?, 'P', 'T')", tenant, entity,
                        members[t], t);
            }
        }
        return group;
    }

    long statementsFor(UUID group, int expectedEntities) {
        String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("Group:" + group).getBytes());
        TestHttp.on(port).graphQl(QUERY, Map.of("id", id)); // warm-up: parsing, caches
        JsonNode[] answers = new JsonNode[1];
        long count = StatementCounter.count(() -> answers[0] = TestHttp.on(port).graphQl(QUERY, Map.of("id", id)));
        JsonNode answer = answers[0];
        assertThat(answer.path("errors").isMissingNode()).as("errors: %s", answer.path("errors")).isTrue();
        JsonNode edges = answer.path("data").path("group").path("entities").path("edges");
        assertThat(edges).hasSize(expectedEntities);
        JsonNode first = edges.get(0).path("node");
        assertThat(first.path("managementBody").path("edges")).hasSize(3);
        String key = first.path("managementBody").path("edges").get(0).path("node").path("legalEntity").path("key").asString();
        assertThat(key).startsWith("K");
        assertThat(first.path("approvals").path("edges").get(0).path("node").path("legalEntity").path("key").asString())
                .isEqualTo(key);
        assertThat(first.path("approvals").path("edges").get(0).path("node").path("approvedBy")).hasSize(3);
        assertThat(first.path("managementAccountability").path("gaps").findValuesAsString("code"))
                .containsExactly("MEMBER_NOT_TRAINED");
        return count;
    }

    @Test
    void statementsDoNotGrowWithTheNumberOfEntities() {
        long small = statementsFor(group(5), 5);
        long large = statementsFor(group(60), 60);
        assertThat(large).as("statements for 60 entities vs 5").isEqualTo(small);
        // group and entity page: 2 transactions of 2; per level of the query ONE read-only transaction of the register
        // (tenant binding + one statement per kind of read): level 2 bodies, approvals + approvers, latest classes,
        // trainings of the entities in scope = 6; level 3 trainings of members, approvers = 3; and the legal-entity
        // back-references of level 3 (the stored groups' loader) = 2, those of level 4 come from its cache = 15
        // (run with -Dnis2.print-statements=true to see them)
        assertThat(large).isEqualTo(15);
        LOG.info("Art20BatchingTest: " + small + " statements for 5 entities, " + large + " for 60");
    }
}
