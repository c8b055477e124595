package eu.nis2assessor.bootstrap.art20;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Art 20 register over HTTP: the three mutations (and the member update), their userErrors with field paths,
 * optimistic locking, nothing written on error, {@code node(id:)} for the three types, tenant isolation, and the
 * database's own constraints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class Art20RegisterHttpTest {

    static final String ADD = """
            mutation($input: AddManagementBodyMemberInput!) { addManagementBodyMember(input: $input) {
              managementBodyMember { id name role appointedOn leftOn version inOffice(on: "2026-01-01") }
              userErrors { field message code } } }""";
    static final String UPDATE = """
            mutation($input: UpdateManagementBodyMemberInput!) { updateManagementBodyMember(input: $input) {
              managementBodyMember { id name leftOn version }
              userErrors { field message code } } }""";
    static final String APPROVE = """
            mutation($input: RecordApprovalInput!) { recordApproval(input: $input) {
              approval { id measuresVersion approvedOn documentReference recordedAt approvedBy { name } }
              userErrors { field message code } } }""";
    static final String TRAIN = """
            mutation($input: RecordTrainingInput!) { recordTraining(input: $input) {
              training { id completedOn provider topic member { name } }
              userErrors { field message code } } }""";

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

    TestHttp http;
    UUID entity;
    UUID otherEntity;

    @BeforeEach
    void setUp() {
        http = TestHttp.on(port);
        UUID group = Art20Fixtures.group(jdbc, defaultTenant.id().value(), "Art 20 test group");
        entity = Art20Fixtures.legalEntity(jdbc, defaultTenant.id().value(), group, "E1");
        otherEntity = Art20Fixtures.legalEntity(jdbc, defaultTenant.id().value(), group, "E2");
    }

    static String gid(String type, UUID id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + id).getBytes());
    }

    JsonNode add(UUID legalEntity, String name, String appointedOn, String leftOn) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("legalEntityId", gid("LegalEntity", legalEntity),
                "name", name, "role", "Managing director", "appointedOn", appointedOn));
        if (leftOn != null) {
            input.put("leftOn", leftOn);
        }
        return http.graphQl(ADD, Map.of("input", input)).path("data").path("addManagementBodyMember");
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where tenant_id = ?", Integer.class,
                defaultTenant.id().value());
    }

    @Test
    void addsAMemberAndFindsItAgainByNode() {
        JsonNode payload = add(entity, "  Anna Berg ", "2020-01-01", null);
        assertThat(payload.path("userErrors")).isEmpty();
        JsonNode member = payload.path("managementBodyMember");
        assertThat(member.path("name").asString()).isEqualTo("Anna Berg");
        assertThat(member.path("appointedOn").asString()).isEqualTo("2020-01-01");
        assertThat(member.path("leftOn").isNull()).isTrue();
        assertThat(member.path("version").asInt()).isZero();
        assertThat(member.path("inOffice").asBoolean()).isTrue();

        JsonNode node = http.graphQl("query($id: ID!) { node(id: $id) { __typename id ... on ManagementBodyMember { name } } }",
                Map.of("id", member.path("id").asString())).path("data").path("node");
        assertThat(node.path("__typename").asString()).isEqualTo("ManagementBodyMember");
        assertThat(node.path("name").asString()).isEqualTo("Anna Berg");
    }

    @Test
    void invalidValuesAreUserErrorsNamingTheFieldAndWriteNothing() {
        int before = count("management_body_member");
        JsonNode payload = add(entity, "Anna", "2020-01-01", "2019-12-31");
        assertThat(payload.path("managementBodyMember").isNull()).isTrue();
        JsonNode error = payload.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("INVALID");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"leftOn\"]");
        assertThat(error.path("message").asString()).contains("must not be before appointedOn");

        JsonNode blank = add(entity, "   ", "2020-01-01", null);
        assertThat(blank.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"name\"]");
        assertThat(count("management_body_member")).isEqualTo(before);
    }

    @Test
    void unknownOrForeignIdsAreNotFound() {
        JsonNode unknown = add(UUID.randomUUID(), "Anna", "2020-01-01", null);
        assertThat(unknown.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"legalEntityId\"]");

        JsonNode garbage = http.graphQl(ADD, Map.of("input", Map.of("legalEntityId", "not-an-id", "name", "A",
                "appointedOn", "2020-01-01"))).path("data").path("addManagementBodyMember");
        assertThat(garbage.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");

        UUID otherTenant = Art20Fixtures.tenant(jdbc, "other tenant " + UUID.randomUUID());
        UUID foreignEntity = Art20Fixtures.legalEntity(jdbc, otherTenant,
                Art20Fixtures.group(jdbc, otherTenant, "Foreign group"), "F1");
        assertThat(add(foreignEntity, "Anna", "2020-01-01", null).path("userErrors").get(0).path("code").asString())
                .isEqualTo("NOT_FOUND");
        UUID foreignMember = UUID.randomUUID();
        jdbc.update("insert into management_body_member (id, tenant_id, legal_entity_id, name, appointed_on, updated_at)"
                + " values (?, ?, ?, 'Foreign', date '2020-01-01', now())", foreignMember, otherTenant, foreignEntity);
        JsonNode answer = http.graphQl("query($id: ID!) { node(id: $id) { id } }",
                Map.of("id", gid("ManagementBodyMember", foreignMember)));
        assertThat(answer.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        JsonNode training = http.graphQl(TRAIN, Map.of("input", Map.of("memberId", gid("ManagementBodyMember", foreignMember),
                "completedOn", "2025-01-01", "provider", "X", "topic", "Y"))).path("data").path("recordTraining");
        assertThat(training.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(training.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"memberId\"]");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = add(entity, "Anna", "2020-01-01", null).path("managementBodyMember").path("id").asString();
        JsonNode left = http.graphQl(UPDATE, Map.of("input", Map.of("id", id, "version", 0, "name", "Anna Berg",
                "appointedOn", "2020-01-01", "leftOn", "2025-06-30"))).path("data").path("updateManagementBodyMember");
        assertThat(left.path("userErrors")).isEmpty();
        assertThat(left.path("managementBodyMember").path("version").asInt()).isEqualTo(1);
        assertThat(left.path("managementBodyMember").path("leftOn").asString()).isEqualTo("2025-06-30");

        JsonNode stale = http.graphQl(UPDATE, Map.of("input", Map.of("id", id, "version", 0, "name", "Lost update",
                "appointedOn", "2020-01-01"))).path("data").path("updateManagementBodyMember");
        assertThat(stale.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(stale.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"version\"]");
        JsonNode stored = http.graphQl("query($id: ID!) { node(id: $id) { ... on ManagementBodyMember { name leftOn version } } }",
                Map.of("id", id)).path("data").path("node");
        assertThat(stored.path("name").asString()).isEqualTo("Anna Berg");
        assertThat(stored.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void approvalsAndTrainingsAreRecordedWithTheirMembers() {
        String anna = add(entity, "Anna Berg", "2020-01-01", null).path("managementBodyMember").path("id").asString();
        String ben = add(entity, "Ben Vogel", "2021-01-01", null).path("managementBodyMember").path("id").asString();
        JsonNode approval = http.graphQl(APPROVE, Map.of("input", Map.of("legalEntityId", gid("LegalEntity", entity),
                "measuresVersion", "ISMS 3.1", "approvedOn", "2026-01-15", "approverIds", List.of(ben, anna),
                "documentReference", "DMS-4711"))).path("data").path("recordApproval");
        assertThat(approval.path("userErrors")).isEmpty();
        assertThat(java.time.Instant.parse(approval.path("approval").path("recordedAt").asString()))
                .isBetween(java.time.Instant.now().minusSeconds(600), java.time.Instant.now().plusSeconds(1));
        assertThat(approval.path("approval").path("approvedBy").findValuesAsString("name"))
                .containsExactly("Anna Berg", "Ben Vogel");

        JsonNode training = http.graphQl(TRAIN, Map.of("input", Map.of("memberId", anna, "completedOn", "2025-11-01",
                "provider", "TÜV Akademie", "topic", "NIS2 for boards"))).path("data").path("recordTraining");
        assertThat(training.path("userErrors")).isEmpty();
        assertThat(training.path("training").path("member").path("name").asString()).isEqualTo("Anna Berg");

        JsonNode byNode = http.graphQl("""
                query($a: ID!, $t: ID!, $m: ID!) {
                  a: node(id: $a) { ... on Approval { measuresVersion documentReference approvedBy { name }
                    legalEntity { id key } } }
                  t: node(id: $t) { ... on Training { provider member { name } legalEntity { key } } }
                  m: node(id: $m) { ... on ManagementBodyMember { trainings { topic } lastTraining { completedOn }
                    legalEntity { key } } } }""",
                Map.of("a", approval.path("approval").path("id").asString(),
                        "t", training.path("training").path("id").asString(), "m", anna)).path("data");
        assertThat(byNode.path("a").path("documentReference").asString()).isEqualTo("DMS-4711");
        assertThat(byNode.path("a").path("approvedBy").size()).isEqualTo(2);
        assertThat(byNode.path("t").path("member").path("name").asString()).isEqualTo("Anna Berg");
        assertThat(byNode.path("m").path("lastTraining").path("completedOn").asString()).isEqualTo("2025-11-01");
        // each points back to its legal entity
        assertThat(byNode.path("a").path("legalEntity").path("id").asString()).isEqualTo(gid("LegalEntity", entity));
        assertThat(byNode.path("a").path("legalEntity").path("key").asString()).isEqualTo("E1");
        assertThat(byNode.path("t").path("legalEntity").path("key").asString()).isEqualTo("E1");
        assertThat(byNode.path("m").path("legalEntity").path("key").asString()).isEqualTo("E1");
    }

    @Test
    void anApproverFromAnotherEntityIsInvalidAndNothingIsWritten() {
        String anna = add(entity, "Anna Berg", "2020-01-01", null).path("managementBodyMember").path("id").asString();
        String stranger = add(otherEntity, "Stranger", "2020-01-01", null).path("managementBodyMember").path("id").asString();
        int approvals = count("approval");
        int approvers = count("approval_member");
        JsonNode payload = http.graphQl(APPROVE, Map.of("input", Map.of("legalEntityId", gid("LegalEntity", entity),
                "measuresVersion", "v1", "approvedOn", "2026-01-15", "approverIds", List.of(anna, stranger))))
                .path("data").path("recordApproval");
        assertThat(payload.path("approval").isNull()).isTrue();
        assertThat(payload.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID");
        assertThat(payload.path("userErrors").get(0).path("field").toString())
                .isEqualTo("[\"input\",\"approverIds\",\"1\"]");
        JsonNode twice = http.graphQl(APPROVE, Map.of("input", Map.of("legalEntityId", gid("LegalEntity", entity),
                "measuresVersion", "v1", "approvedOn", "2026-01-15", "approverIds", List.of(anna, anna))))
                .path("data").path("recordApproval");
        assertThat(twice.path("userErrors").get(0).path("message").asString()).contains("must not name a member twice");
        assertThat(count("approval")).isEqualTo(approvals);
        assertThat(count("approval_member")).isEqualTo(approvers);
    }

    @Test
    void theDatabaseHoldsTheRulesToo() {
        UUID tenant = defaultTenant.id().value();
        assertThatThrownBy(() -> jdbc.update("insert into management_body_member"
                + " (id, tenant_id, legal_entity_id, name, appointed_on, left_on, updated_at)"
                + " values (gen_random_uuid(), ?, ?, 'X', date '2020-01-01', date '2019-01-01', now())", tenant, entity))
                .hasMessageContaining("management_body_member_left_after_appointed");
        UUID otherTenant = Art20Fixtures.tenant(jdbc, "other " + UUID.randomUUID());
        assertThatThrownBy(() -> jdbc.update("insert into management_body_member"
                + " (id, tenant_id, legal_entity_id, name, appointed_on, updated_at)"
                + " values (gen_random_uuid(), ?, ?, 'X', date '2020-01-01', now())", otherTenant, entity))
                .hasMessageContaining("foreign key");
        String anna = add(entity, "Anna Berg", "2020-01-01", null).path("managementBodyMember").path("id").asString();
        String approvalId = http.graphQl(APPROVE, Map.of("input", Map.of("legalEntityId", gid("LegalEntity", entity),
                "measuresVersion", "v1", "approvedOn", "2026-01-15", "approverIds", List.of(anna))))
                .path("data").path("recordApproval").path("approval").path("id").asString();
        assertThat(approvalId).isNotBlank();
        assertThatThrownBy(() -> jdbc.update("update approval set measures_version = 'v2' where legal_entity_id = ?", entity))
                .hasMessageContaining("never changed");
    }
}
