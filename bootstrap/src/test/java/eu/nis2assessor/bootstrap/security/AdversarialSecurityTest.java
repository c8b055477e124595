package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.adapter.graphql.relay.NodeResolver;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.bootstrap.support.OwnerJdbc;
import eu.nis2assessor.bootstrap.support.Tenants;
import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.bootstrap.support.TestJwt;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.access.Scope;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * The adversarial suite: every attempt goes over HTTP against the running service and must neither succeed
 * where it should not nor leak anything of another tenant (its names, subjects, token prefixes, tenant id).
 * <ol>
 *   <li>bad credentials (none, malformed, wrong checksum, unknown, expired, revoked, JWT signed by a foreign key,
 *       expired JWT, JWT of an unknown user, JWT of a foreign issuer, Basic auth) against every root field of
 *       {@code Query} and {@code Mutation} read from the live schema: grows by itself with new operations;</li>
 *   <li>another tenant's IDs in every query, mutation, connection cursor and {@code node(id:)} path, by an admin
 *       token, an admin user (JWT) and the other way round, plus {@code node(id:)} of every Node type with an
 *       unknown ID: {@code NOT_FOUND}, answered like a missing object;</li>
 *   <li>scope escalation: callers with each single scope and each role against every operation
 *       (allowed, or {@code FORBIDDEN}), and attempts to grant more than held;</li>
 *   <li>group restriction: a caller restricted to a group cannot create unrestricted tokens or widen them, nor
 *       manage members.</li>
 * </ol>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdversarialSecurityTest {

    private static final Logger LOG = LoggerFactory.getLogger(AdversarialSecurityTest.class);

    private static final String MARKER = "LEAKMARKERB";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TokenDigestPort digests;

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    List<NodeResolver<?>> nodeResolvers;

    private final AtomicInteger attempts = new AtomicInteger();
    private final List<String> leaks = new ArrayList<>();

    /** What an attempt must get. */
    enum Expect { OK, ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, NOT_FOUND_ANY }

    /** One operation with a valid document, the scopes it needs, and whether it needs more (a role's scopes). */
    record Operation(String name, String document, Map<String, Object> variables, Set<Scope> needs, Expect whenAllowed) {
    }

    /** Tenant B's secrets that must never show up in an answer to anyone else. */
    private final List<String> secretsOfB = new ArrayList<>();

    private JsonNode ok(JsonNode answer) {
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.path("data");
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String future() {
        return Instant.now().plus(Duration.ofDays(1)).toString();
    }

    @TestFactory
    Stream<DynamicTest> adversarialSuite() {
        // Tenant A: the default tenant (the suite's admin token). Tenant B: a second tenant with its own data.
        Tenants tenants = new Tenants(OwnerJdbc.of(environment), digests);
        UUID tenantB = tenants.create("Tenant " + MARKER);
        String adminB = tenants.token(tenantB, Scope.values());
        TestHttp asB = TestHttp.as(port, adminB);
        TestHttp asA = TestHttp.on(port);

        JsonNode tokenOfB = ok(asB.graphQl("""
                mutation($e: DateTime!) { createApiToken(input: { name: "token of %s", scopes: ["groups:read"], expiresAt: $e }) {
                  token apiToken { id prefix } } }""".formatted(MARKER), vars("e", future()))).path("createApiToken");
        String tokenIdOfB = tokenOfB.path("apiToken").path("id").asString();
        String subjectOfB = "subject-of-b-" + UUID.randomUUID();
        JsonNode memberOfB = ok(asB.graphQl("""
                mutation { setTenantMember(input: { issuer: "%s", subject: "%s", displayName: "Member %s", role: VIEWER }) {
                  member { id } } }""".formatted(TestJwt.ISSUER, subjectOfB, MARKER))).path("setTenantMember").path("member");
        String memberIdOfB = memberOfB.path("id").asString();
        JsonNode auditOfB = ok(asB.graphQl("{ auditRecords(first: 100) { edges { cursor node { id } } } }")).path("auditRecords");
        String auditIdOfB = auditOfB.path("edges").path(0).path("node").path("id").asString();
        String auditCursorOfB = auditOfB.path("edges").path(auditOfB.path("edges").size() - 1).path("cursor").asString();
        secretsOfB.addAll(List.of(MARKER, tenantB.toString(), tokenOfB.path("token").asString(),
                tokenOfB.path("apiToken").path("prefix").asString(), adminB.substring(0, 9)));

        // Tenant A's own objects, for B's attacks the other way round.
        JsonNode tokenOfA = ok(asA.graphQl("""
                mutation($e: DateTime!) { createApiToken(input: { name: "token of A", scopes: ["groups:read"], expiresAt: $e }) {
                  apiToken { id } } }""", vars("e", future()))).path("createApiToken").path("apiToken");
        String tokenIdOfA = tokenOfA.path("id").asString();
        String adminUserOfA = "admin-" + UUID.randomUUID();
        ok(asA.graphQl("mutation($i: String!, $s: String!) { setTenantMember(input: { issuer: $i, subject: $s, role: ADMIN }) { member { id } } }",
                vars("i", TestJwt.ISSUER, "s", adminUserOfA)));
        String memberIdOfA = ok(asA.graphQl("{ tenantMembers(first: 1) { edges { node { id } } } }"))
                .path("tenantMembers").path("edges").path(0).path("node").path("id").asString();

        // Tenant B's stored group with an entity, a financial year and an Art 20 member.
        String groupOfB = ok(asB.graphQl("mutation { createGroup(input: { name: \"Group %s\" }) { group { id } } }"
                .formatted(MARKER))).path("createGroup").path("group").path("id").asString();
        String entityOfB = ok(asB.graphQl("""
                mutation($g: ID!) { createLegalEntity(input: { groupId: $g, key: "b1", name: "Entity %s" }) {
                  legalEntity { id } userErrors { message } } }""".formatted(MARKER), vars("g", groupOfB)))
                .path("createLegalEntity").path("legalEntity").path("id").asString();
        String memberOfBEntity = ok(asB.graphQl("""
                mutation($e: ID!) { addManagementBodyMember(input: { legalEntityId: $e, name: "Director %s", appointedOn: "2024-01-01" }) {
                  managementBodyMember { id } userErrors { message } } }""".formatted(MARKER), vars("e", entityOfB)))
                .path("addManagementBodyMember").path("managementBodyMember").path("id").asString();
        assertThat(groupOfB).isNotBlank();
        assertThat(entityOfB).isNotBlank();
        assertThat(memberOfBEntity).isNotBlank();

        List<DynamicTest> tests = new ArrayList<>();
        tests.addAll(storedGroupsOfAnotherTenant(groupOfB, entityOfB, memberOfBEntity));
        tests.addAll(groupRestrictionOnStoredGroups(asB, tenants, tenantB, groupOfB, entityOfB));
        tests.addAll(badCredentials(tenants, tenantB));
        tests.addAll(crossTenant("admin token of A", TestHttp.on(port), tokenIdOfB, memberIdOfB, auditIdOfB, auditCursorOfB,
                subjectOfB, true));
        tests.addAll(crossTenant("admin user (JWT) of A", TestHttp.as(port, TestJwt.token(adminUserOfA, Map.of())),
                tokenIdOfB, memberIdOfB, auditIdOfB, auditCursorOfB, subjectOfB, true));
        tests.addAll(crossTenant("admin token of B", asB, tokenIdOfA, memberIdOfA, null, null, null, false));
        tests.addAll(unknownNodes());
        tests.addAll(scopeMatrix(tenants, tenantB));
        tests.addAll(groupRestriction(tenants, tenantB));
        tests.add(DynamicTest.dynamicTest("every root field of the schema is in the scope matrix", () -> {
            List<String> covered = operations().stream().map(op -> op.name().replaceAll("\\(.*", "")).toList();
            List<String> missing = new ArrayList<>();
            for (GraphQLObjectType root : List.of(graphQlSource.schema().getQueryType(), graphQlSource.schema().getMutationType())) {
                root.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName)
                        .filter(name -> !covered.contains(name)).forEach(missing::add);
            }
            assertThat(missing).as("root fields without an entry in AdversarialSecurityTest.operations() (add one, with the"
                    + " scopes it needs; and the use case to UseCaseAccess)").isEmpty();
        }));
        tests.add(DynamicTest.dynamicTest("at least 200 attempts, 0 leaks", () -> {
            LOG.info("Adversarial suite: " + attempts.get() + " attempts, " + leaks.size() + " leaks");
            assertThat(leaks).as("leaks").isEmpty();
            assertThat(attempts.get()).as("attempts").isGreaterThanOrEqualTo(200);
            // B's data is still intact after all attacks.
            JsonNode stillThere = ok(asB.graphQl("query($id: ID!) { node(id: $id) { ... on ApiToken { revokedAt } } }",
                    vars("id", tokenIdOfB)));
            assertThat(stillThere.path("node").path("revokedAt").isNull()).isTrue();
            assertThat(ok(asB.graphQl("query($id: ID!) { node(id: $id) { ... on TenantMember { role } } }",
                    vars("id", memberIdOfB))).path("node").path("role").asString()).isEqualTo("VIEWER");
        }));
        return tests.stream();
    }

    /** Stored groups and the Art 20 register of tenant B, attacked by tenant A's admin token and admin user. */
    private List<DynamicTest> storedGroupsOfAnotherTenant(String group, String entity, String member) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, TestHttp> attacker : Map.of("admin token of A", TestHttp.on(port)).entrySet()) {
            TestHttp http = attacker.getValue();
            tests.add(DynamicTest.dynamicTest(attacker.getKey() + ": the other tenant's groups, entities and register", () -> {
                String nodeQuery = "query($id: ID!) { node(id: $id) { id ... on Group { name } ... on LegalEntity { name } } }";
                for (String id : List.of(group, entity, member)) {
                    attempt(http, nodeQuery, vars("id", id), Expect.NOT_FOUND, false);
                }
                attempt(http, "query($id: ID!) { group(id: $id) { name entities { edges { node { name } } } } }",
                        vars("id", group), Expect.NOT_FOUND, false);
                attempt(http, "{ groups(first: 100) { edges { node { id name } } } }", Map.of(), Expect.OK, false);
                List<Map.Entry<String, Map<String, Object>>> mutations = List.of(
                        Map.entry("mutation($g: ID!) { createLegalEntity(input: { groupId: $g, key: \"planted\", name: \"x\" }) {"
                                + " legalEntity { id } userErrors { code message } } }", vars("g", group)),
                        Map.entry("mutation($e: ID!) { updateLegalEntity(input: { id: $e, version: 0, activities: [] }) {"
                                + " legalEntity { id name } userErrors { code message } } }", vars("e", entity)),
                        Map.entry("mutation($e: ID!) { deleteLegalEntity(input: { id: $e }) { userErrors { code message } } }",
                                vars("e", entity)),
                        Map.entry("mutation($e: ID!) { recordFinancialYear(input: { legalEntityId: $e, periodEnd: \"2025-12-31\","
                                + " figures: { headcount: 1, annualTurnover: 1 } }) { userErrors { code message } } }", vars("e", entity)),
                        Map.entry("mutation($e: ID!, $o: ID!) { createHolding(input: { ownerId: $e, ownedId: $o, capitalPercent: 10 }) {"
                                + " userErrors { code message } } }", vars("e", entity, "o", eid())),
                        Map.entry("mutation($g: ID!) { runGroupAssessment(input: { groupId: $g, asOf: \"2026-06-30\" }) {"
                                + " groupAssessment { id } userErrors { code message } } }", vars("g", group)),
                        Map.entry("mutation($g: ID!) { importGroupStructure(input: { groupId: $g, structure: { enterprises: [{ key: \"p\","
                                + " figures: { headcount: 1, annualTurnover: 1 } }], holdings: [] } }) { userErrors { code message } } }",
                                vars("g", group)),
                        Map.entry("mutation($e: ID!) { addManagementBodyMember(input: { legalEntityId: $e, name: \"x\","
                                + " appointedOn: \"2024-01-01\" }) { managementBodyMember { id } userErrors { code message } } }", vars("e", entity)),
                        Map.entry("mutation($m: ID!) { updateManagementBodyMember(input: { id: $m, version: 0, name: \"x\","
                                + " appointedOn: \"2024-01-01\" }) { managementBodyMember { id name } userErrors { code message } } }", vars("m", member)),
                        Map.entry("mutation($e: ID!, $m: ID!) { recordApproval(input: { legalEntityId: $e, measuresVersion: \"1\","
                                + " approvedOn: \"2024-02-01\", approverIds: [$m] }) { userErrors { code message } } }",
                                vars("e", entity, "m", member)),
                        Map.entry("mutation($m: ID!) { recordTraining(input: { memberId: $m, completedOn: \"2024-03-01\", provider: \"x\","
                                + " topic: \"x\" }) { userErrors { code message } } }", vars("m", member)));
                for (Map.Entry<String, Map<String, Object>> mutation : mutations) {
                    attempt(http, mutation.getKey(), mutation.getValue(), Expect.NOT_FOUND_ANY, false);
                }
            }));
        }
        return tests;
    }

    /** A token of tenant B restricted to one group sees nothing of B's other group. */
    private List<DynamicTest> groupRestrictionOnStoredGroups(TestHttp asB, Tenants tenants, UUID tenantB, String groupOfB,
                                                             String entityOfB) {
        String otherGroup = ok(asB.graphQl("mutation { createGroup(input: { name: \"Visible group\" }) { group { id } } }"))
                .path("createGroup").path("group").path("id").asString();
        UUID visible = GlobalId.decode(otherGroup, "Group");
        String restricted = tenants.token(tenantB, List.of(Scope.GROUPS_READ, Scope.GROUPS_WRITE, Scope.ASSESSMENTS_RUN),
                List.of(visible), Instant.now().plusSeconds(3600), null);
        TestHttp http = TestHttp.as(port, restricted);
        return List.of(DynamicTest.dynamicTest("groups: a token restricted to one group sees and changes nothing of another", () -> {
            JsonNode groups = attempt(http, "{ groups(first: 100) { edges { node { id name } } } }", Map.of(), Expect.OK, false);
            assertThat(groups.path("data").path("groups").path("edges").size()).isEqualTo(1);
            assertThat(groups.toString()).contains(otherGroup);
            attempt(http, "query($id: ID!) { group(id: $id) { name } }", vars("id", groupOfB), Expect.NOT_FOUND, false);
            attempt(http, "query($id: ID!) { node(id: $id) { id } }", vars("id", groupOfB), Expect.NOT_FOUND, false);
            attempt(http, "query($id: ID!) { node(id: $id) { id } }", vars("id", entityOfB), Expect.NOT_FOUND, false);
            attempt(http, "mutation($g: ID!) { createLegalEntity(input: { groupId: $g, key: \"r\", name: \"x\" }) {"
                    + " legalEntity { id } userErrors { code message } } }", vars("g", groupOfB), Expect.NOT_FOUND_ANY, false);
            attempt(http, "mutation($e: ID!) { recordFinancialYear(input: { legalEntityId: $e, periodEnd: \"2025-12-31\","
                    + " figures: { headcount: 1, annualTurnover: 1 } }) { userErrors { code message } } }",
                    vars("e", entityOfB), Expect.NOT_FOUND_ANY, false);
            attempt(http, "mutation($g: ID!) { runGroupAssessment(input: { groupId: $g, asOf: \"2026-06-30\" }) {"
                    + " groupAssessment { id } userErrors { code message } } }", vars("g", groupOfB), Expect.NOT_FOUND_ANY, false);
            attempt(http, "query($id: ID!) { group(id: $id) { name } }", vars("id", otherGroup), Expect.OK, true);
        }));
    }

    /** Sends the attempt, checks the expected answer and that nothing of tenant B is in it. */
    private JsonNode attempt(TestHttp http, String document, Map<String, Object> variables, Expect expect, boolean mayShowB) {
        attempts.incrementAndGet();
        ResponseEntity<String> response = http.post(document, variables);
        String body = response.getBody() == null ? "" : response.getBody();
        if (!mayShowB) {
            for (String secret : secretsOfB) {
                if (!secret.isEmpty() && body.contains(secret)) {
                    leaks.add(document + " -> " + body);
                }
            }
        }
        JsonNode answer = TestHttp.JSON.readTree(body);
        String classification = answer.path("errors").path(0).path("extensions").path("classification").asString();
        switch (expect) {
            case OK -> assertThat(answer.path("errors").isMissingNode()).as(body).isTrue();
            case UNAUTHORIZED -> {
                assertThat(response.getStatusCode().value()).as(body).isEqualTo(401);
                assertThat(classification).as(body).isEqualTo("UNAUTHORIZED");
                assertThat(answer.path("data").isMissingNode()).as(body).isTrue();
            }
            case FORBIDDEN -> {
                assertThat(classification).as(body).isEqualTo("FORBIDDEN");
                assertThat(answer.path("data").toString()).as(body).doesNotContain("\"edges\":[{", "\"token\":\"nis2_");
            }
            case NOT_FOUND -> assertThat(classification).as(body).isEqualTo("NOT_FOUND");
            case ALLOWED -> assertThat(classification).as(body).isNotIn("FORBIDDEN", "UNAUTHORIZED");
            case NOT_FOUND_ANY -> assertThat("NOT_FOUND".equals(classification) || body.contains("\"code\":\"NOT_FOUND\""))
                    .as(body).isTrue();
        }
        return answer;
    }

    /** 1. Bad credentials against every root field of the live schema. */
    private List<DynamicTest> badCredentials(Tenants tenants, UUID tenantB) {
        String expired = tenants.token(tenantB, List.of(Scope.values()), null, Instant.now().minusSeconds(5), null);
        String revoked = tenants.token(tenantB, List.of(Scope.values()), null, Instant.now().plusSeconds(3600), Instant.now());
        String valid = ApiTokenFormat.generate();
        String jwt = TestJwt.token("nobody-" + UUID.randomUUID(), Map.of());
        Map<String, Function<Integer, RestClient>> credentials = new LinkedHashMap<>();
        credentials.put("no credentials", TestHttp::anonymousClient);
        credentials.put("malformed token", p -> TestHttp.clientWithToken(p, "nis2_" + MARKER));
        credentials.put("wrong checksum", p -> TestHttp.clientWithToken(p, valid.substring(0, 37) + "000000"));
        credentials.put("unknown token", p -> TestHttp.clientWithToken(p, ApiTokenFormat.generate()));
        credentials.put("expired token", p -> TestHttp.clientWithToken(p, expired));
        credentials.put("revoked token", p -> TestHttp.clientWithToken(p, revoked));
        credentials.put("JWT signed by a foreign key", p -> TestHttp.clientWithToken(p, TestJwt.sign(TestJwt.FOREIGN_KEY,
                TestJwt.ISSUER, "admin", Instant.now().plusSeconds(600), Map.of())));
        credentials.put("expired JWT", p -> TestHttp.clientWithToken(p, TestJwt.sign(TestJwt.KEY, TestJwt.ISSUER, "admin",
                Instant.now().minusSeconds(600), Map.of())));
        credentials.put("JWT of an unknown user", p -> TestHttp.clientWithToken(p, jwt));
        credentials.put("JWT of a foreign issuer", p -> TestHttp.clientWithToken(p, TestJwt.sign(TestJwt.KEY,
                "https://evil.example/", "admin", Instant.now().plusSeconds(600), Map.of())));
        credentials.put("Basic authentication", p -> RestClient.builder().baseUrl("http://localhost:" + p)
                .defaultHeader("Authorization", "Basic YWRtaW46YWRtaW4=").build());
        List<String> documents = new ArrayList<>();
        for (GraphQLObjectType root : List.of(graphQlSource.schema().getQueryType(), graphQlSource.schema().getMutationType())) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                String operation = root == graphQlSource.schema().getMutationType() ? "mutation" : "query";
                documents.add(operation + " { " + field.getName() + (field.getArguments().isEmpty() ? "" : "(x: 1)") + " { __typename } }");
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        credentials.forEach((kind, client) -> tests.add(DynamicTest.dynamicTest("bad credentials: " + kind + " x "
                + documents.size() + " root fields", () -> {
            for (String document : documents) {
                attempt(TestHttp.with(client.apply(port)), document, Map.of(), Expect.UNAUTHORIZED, false);
            }
        })));
        return tests;
    }

    /** 2. Another tenant's IDs everywhere an ID or cursor goes. */
    private List<DynamicTest> crossTenant(String who, TestHttp http, String tokenId, String memberId, String auditId,
                                          String auditCursor, String subjectOfB, boolean attackerIsA) {
        List<DynamicTest> tests = new ArrayList<>();
        boolean mayShowB = !attackerIsA;
        tests.add(DynamicTest.dynamicTest(who + ": node(id:) and mutations with the other tenant's IDs are NOT_FOUND", () -> {
            String nodeQuery = "query($id: ID!) { node(id: $id) { id ... on ApiToken { name prefix } ... on TenantMember { subject }"
                    + " ... on AuditRecord { action } } }";
            List<String> ids = new ArrayList<>(List.of(tokenId, memberId));
            if (auditId != null) {
                ids.add(auditId);
            }
            for (String id : ids) {
                JsonNode answer = attempt(http, nodeQuery, vars("id", id), Expect.NOT_FOUND, mayShowB);
                assertThat(answer.path("data").path("node").isNull()).isTrue();
            }
            attempt(http, "mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id revokedAt } } }",
                    vars("id", tokenId), Expect.NOT_FOUND, mayShowB);
            attempt(http, "mutation($id: ID!) { removeTenantMember(input: { id: $id }) { member { id subject } } }",
                    vars("id", memberId), Expect.NOT_FOUND, mayShowB);
        }));
        tests.add(DynamicTest.dynamicTest(who + ": connections after the other tenant's cursors show nothing of it", () -> {
            attempt(http, "query($a: String) { apiTokens(first: 100, after: $a) { edges { node { id name prefix } } } }",
                    vars("a", tokenId), Expect.OK, mayShowB);
            attempt(http, "query($a: String) { tenantMembers(first: 100, after: $a) { edges { node { id subject } } } }",
                    vars("a", memberId), Expect.OK, mayShowB);
            if (auditCursor != null) {
                attempt(http, "query($a: String) { auditRecords(first: 100, after: $a) { edges { node { id action target } } } }",
                        vars("a", auditCursor), Expect.OK, mayShowB);
            }
            for (String list : List.of("apiTokens(first: 100) { edges { node { id name prefix createdBy } } }",
                    "tenantMembers(first: 100) { edges { node { id issuer subject displayName } } }",
                    "auditRecords(first: 100) { edges { node { id actor action target detail } } }",
                    "viewer { tenantId actor scopes }")) {
                attempt(http, "{ " + list + " }", Map.of(), Expect.OK, mayShowB);
            }
        }));
        tests.add(DynamicTest.dynamicTest(who + ": IDs of the wrong type or tampered are NOT_FOUND", () -> {
            UUID raw = GlobalId.decode(tokenId).id();
            for (String id : List.of(GlobalId.encode("TenantMember", raw), GlobalId.encode("AuditRecord", raw),
                    GlobalId.encode("Group", raw), raw.toString(), tokenId + "x", "")) {
                attempt(http, "query($id: ID!) { node(id: $id) { id } }", vars("id", id), Expect.NOT_FOUND, mayShowB);
            }
            attempt(http, "mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id } } }",
                    vars("id", GlobalId.encode("TenantMember", raw)), Expect.NOT_FOUND, mayShowB);
        }));
        if (attackerIsA) {
            tests.add(DynamicTest.dynamicTest(who + ": setting a member with the other tenant's member's identity changes only"
                    + " its own tenant", () -> attempt(http, """
                    mutation($i: String!, $s: String!) { setTenantMember(input: { issuer: $i, subject: $s, role: ADMIN }) {
                      member { id role displayName } } }""", vars("i", TestJwt.ISSUER, "s", subjectOfB), Expect.OK, false)));
        }
        return tests;
    }

    /** {@code node(id:)} of every Node type with an ID that names nothing: NOT_FOUND, like a foreign one. */
    private List<DynamicTest> unknownNodes() {
        return List.of(DynamicTest.dynamicTest("node(id:) of every Node type with an unknown ID is NOT_FOUND", () -> {
            for (NodeResolver<?> resolver : nodeResolvers) {
                String id = GlobalId.encode(resolver.typeName(), UUID.randomUUID());
                JsonNode answer = attempt(TestHttp.on(port), "query($id: ID!) { node(id: $id) { id } }", vars("id", id),
                        Expect.NOT_FOUND, false);
                assertThat(answer.path("errors").path(0).path("message").asString()).endsWith(" not found");
            }
        }));
    }

    private static String gid() {
        return GlobalId.encode("Group", UUID.randomUUID());
    }

    private static String eid() {
        return GlobalId.encode("LegalEntity", UUID.randomUUID());
    }

    private List<Operation> operations() {
        Set<Scope> admin = EnumSet.of(Scope.TOKENS_ADMIN);
        Set<Scope> read = EnumSet.of(Scope.GROUPS_READ);
        Set<Scope> write = EnumSet.of(Scope.GROUPS_WRITE);
        return List.of(
                new Operation("rulesVersion", "{ rulesVersion }", Map.of(), Set.of(), Expect.OK),
                new Operation("viewer", "{ viewer { actor } }", Map.of(), Set.of(), Expect.OK),
                new Operation("assessProfile", "{ assessProfile(profile: { activities: [], figures: { headcount: 1,"
                        + " annualTurnover: 1 } }) { entityClass } }", Map.of(), EnumSet.of(Scope.ASSESS_READ), Expect.OK),
                new Operation("assessGroupStructure", "{ assessGroupStructure(structure: { enterprises: [{ key: \"a\","
                        + " figures: { headcount: 1, annualTurnover: 1 } }], holdings: [] }) { enterprises { key } } }",
                        Map.of(), EnumSet.of(Scope.ASSESS_READ), Expect.OK),
                new Operation("apiTokens", "{ apiTokens { edges { node { id } } } }", Map.of(), admin, Expect.OK),
                new Operation("tenantMembers", "{ tenantMembers { edges { node { id } } } }", Map.of(), admin, Expect.OK),
                new Operation("auditRecords", "{ auditRecords { edges { node { id } } } }", Map.of(), admin, Expect.OK),
                new Operation("node", "query($id: ID!) { node(id: $id) { id } }",
                        vars("id", GlobalId.encode("ApiToken", UUID.randomUUID())), admin, Expect.NOT_FOUND),
                new Operation("createApiToken", "mutation($e: DateTime!) { createApiToken(input: { name: \"matrix\","
                        + " scopes: [\"tokens:admin\"], expiresAt: $e }) { apiToken { id } } }", vars("e", future()), admin, Expect.OK),
                new Operation("revokeApiToken", "mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id } } }",
                        vars("id", GlobalId.encode("ApiToken", UUID.randomUUID())), admin, Expect.NOT_FOUND),
                new Operation("setTenantMember", "mutation { setTenantMember(input: { issuer: \"matrix\", subject: \"matrix\","
                        + " role: VIEWER }) { member { id } } }", Map.of(), EnumSet.of(Scope.TOKENS_ADMIN, Scope.ASSESS_READ,
                        Scope.GROUPS_READ), Expect.OK),
                new Operation("removeTenantMember", "mutation($id: ID!) { removeTenantMember(input: { id: $id }) { member { id } } }",
                        vars("id", GlobalId.encode("TenantMember", UUID.randomUUID())), admin, Expect.NOT_FOUND),
                new Operation("groups", "{ groups { edges { node { id } } } }", Map.of(), read, Expect.OK),
                new Operation("group", "query($id: ID!) { group(id: $id) { id } }", vars("id", gid()), read, Expect.NOT_FOUND),
                new Operation("createGroup", "mutation { createGroup(input: { name: \"matrix\" }) { group { id } } }", Map.of(),
                        write, Expect.OK),
                new Operation("createLegalEntity", "mutation($g: ID!) { createLegalEntity(input: { groupId: $g, key: \"k\","
                        + " name: \"n\" }) { userErrors { code } } }", vars("g", gid()), write, Expect.ALLOWED),
                new Operation("updateLegalEntity", "mutation($e: ID!) { updateLegalEntity(input: { id: $e, version: 0 }) {"
                        + " userErrors { code } } }", vars("e", eid()), write, Expect.ALLOWED),
                new Operation("deleteLegalEntity", "mutation($e: ID!) { deleteLegalEntity(input: { id: $e }) { userErrors { code } } }",
                        vars("e", eid()), write, Expect.ALLOWED),
                new Operation("createHolding", "mutation($e: ID!, $o: ID!) { createHolding(input: { ownerId: $e, ownedId: $o, capitalPercent: 10 }) {"
                        + " userErrors { code } } }", vars("e", eid(), "o", eid()), write, Expect.ALLOWED),
                new Operation("endHolding", "mutation($h: ID!) { endHolding(input: { id: $h, version: 0, validTo: \"2025-01-01\" }) {"
                        + " userErrors { code } } }", vars("h", GlobalId.encode("Holding", UUID.randomUUID())), write, Expect.ALLOWED),
                new Operation("recordFinancialYear", "mutation($e: ID!) { recordFinancialYear(input: { legalEntityId: $e,"
                        + " periodEnd: \"2025-12-31\", figures: { headcount: 1, annualTurnover: 1 } }) { userErrors { code } } }",
                        vars("e", eid()), write, Expect.ALLOWED),
                new Operation("importGroupStructure", "mutation($g: ID!) { importGroupStructure(input: { groupId: $g, structure: {"
                        + " enterprises: [], holdings: [] } }) { userErrors { code } } }", vars("g", gid()), write, Expect.ALLOWED),
                new Operation("runGroupAssessment", "mutation($g: ID!) { runGroupAssessment(input: { groupId: $g,"
                        + " asOf: \"2026-06-30\" }) { userErrors { code } } }", vars("g", gid()), EnumSet.of(Scope.ASSESSMENTS_RUN),
                        Expect.ALLOWED),
                new Operation("addManagementBodyMember", "mutation($e: ID!) { addManagementBodyMember(input: { legalEntityId: $e,"
                        + " name: \"n\", appointedOn: \"2024-01-01\" }) { userErrors { code } } }", vars("e", eid()), write,
                        Expect.ALLOWED),
                new Operation("updateManagementBodyMember", "mutation($m: ID!) { updateManagementBodyMember(input: { id: $m,"
                        + " version: 0, name: \"n\", appointedOn: \"2024-01-01\" }) { userErrors { code } } }",
                        vars("m", GlobalId.encode("ManagementBodyMember", UUID.randomUUID())), write, Expect.ALLOWED),
                new Operation("recordApproval", "mutation($e: ID!, $m: ID!) { recordApproval(input: { legalEntityId: $e,"
                        + " measuresVersion: \"1\", approvedOn: \"2024-02-01\", approverIds: [$m] }) { userErrors { code } } }",
                        vars("e", eid(), "m", GlobalId.encode("ManagementBodyMember", UUID.randomUUID())), write, Expect.ALLOWED),
                new Operation("recordTraining", "mutation($m: ID!) { recordTraining(input: { memberId: $m, completedOn: \"2024-03-01\","
                        + " provider: \"p\", topic: \"t\" }) { userErrors { code } } }",
                        vars("m", GlobalId.encode("ManagementBodyMember", UUID.randomUUID())), write, Expect.ALLOWED));
    }

    /** 3. Every operation by callers with each single scope and each role: allowed, or FORBIDDEN. */
    private List<DynamicTest> scopeMatrix(Tenants tenants, UUID tenantB) {
        Map<String, Map.Entry<TestHttp, Set<Scope>>> callers = new LinkedHashMap<>();
        for (Scope scope : Scope.values()) {
            callers.put("token with only " + scope.value(), Map.entry(TestHttp.as(port, tenants.token(tenantB, scope)), EnumSet.of(scope)));
        }
        TestHttp asB = TestHttp.as(port, tenants.token(tenantB, Scope.values()));
        for (Role role : Role.values()) {
            String subject = "matrix-" + role + "-" + UUID.randomUUID();
            ok(asB.graphQl("mutation($i: String!, $s: String!, $r: TenantRole!) { setTenantMember(input: { issuer: $i, subject: $s,"
                    + " role: $r }) { member { id } } }", vars("i", TestJwt.ISSUER, "s", subject, "r", role.name())));
            callers.put(role + " user (JWT)", Map.entry(TestHttp.as(port, TestJwt.token(subject, Map.of())), role.scopes()));
        }
        List<DynamicTest> tests = new ArrayList<>();
        callers.forEach((who, caller) -> tests.add(DynamicTest.dynamicTest("scopes: " + who + " x every operation", () -> {
            for (Operation operation : operations()) {
                boolean allowed = caller.getValue().containsAll(operation.needs());
                attempt(caller.getKey(), operation.document(), operation.variables(),
                        allowed ? operation.whenAllowed() : Expect.FORBIDDEN, true);
            }
        })));
        tests.add(DynamicTest.dynamicTest("scopes: a token admin cannot grant any scope it does not hold", () -> {
            TestHttp tokenAdmin = TestHttp.as(port, tenants.token(tenantB, Scope.TOKENS_ADMIN));
            for (Scope scope : Scope.values()) {
                Expect expect = scope == Scope.TOKENS_ADMIN ? Expect.OK : Expect.FORBIDDEN;
                attempt(tokenAdmin, "mutation($e: DateTime!, $s: [String!]!) { createApiToken(input: { name: \"up\", scopes: $s,"
                        + " expiresAt: $e }) { token } }", vars("e", future(), "s", List.of(scope.value())), expect, true);
            }
            for (Role role : Role.values()) {
                attempt(tokenAdmin, "mutation($r: TenantRole!) { setTenantMember(input: { issuer: \"up\", subject: \"up\", role: $r })"
                        + " { member { id } } }", vars("r", role.name()), Expect.FORBIDDEN, true);
            }
        }));
        return tests;
    }

    /** 4. A caller restricted to a group stays within it. */
    private List<DynamicTest> groupRestriction(Tenants tenants, UUID tenantB) {
        // real groups of tenant B: a token may only name groups that exist in its tenant
        UUID group = tenants.group(tenantB, "restricted to");
        UUID other = tenants.group(tenantB, "not in the list");
        String restricted = tenants.token(tenantB, List.of(Scope.TOKENS_ADMIN, Scope.GROUPS_READ), List.of(group),
                Instant.now().plusSeconds(3600), null);
        TestHttp http = TestHttp.as(port, restricted);
        String create = "mutation($e: DateTime!, $g: [ID!]) { createApiToken(input: { name: \"narrow\", scopes: [\"groups:read\"],"
                + " groupIds: $g, expiresAt: $e }) { token apiToken { groupIds } } }";
        return List.of(DynamicTest.dynamicTest("groups: a restricted caller cannot widen its group list", () -> {
            JsonNode viewer = attempt(http, "{ viewer { groupIds } }", Map.of(), Expect.OK, true);
            assertThat(viewer.path("data").path("viewer").path("groupIds").toString()).isEqualTo("[\"" + GlobalId.encode("Group", group) + "\"]");
            Map<String, Object> unrestricted = new LinkedHashMap<>();
            unrestricted.put("e", future());
            unrestricted.put("g", null);
            attempt(http, create, unrestricted, Expect.FORBIDDEN, true);
            attempt(http, create, vars("e", future(), "g", List.of(GlobalId.encode("Group", other))), Expect.FORBIDDEN, true);
            attempt(http, create, vars("e", future(), "g", List.of(GlobalId.encode("Group", group), GlobalId.encode("Group", other))),
                    Expect.FORBIDDEN, true);
            JsonNode narrow = attempt(http, create, vars("e", future(), "g", List.of(GlobalId.encode("Group", group))), Expect.OK, true);
            assertThat(narrow.path("data").path("createApiToken").path("apiToken").path("groupIds").size()).isEqualTo(1);
            attempt(http, "mutation { setTenantMember(input: { issuer: \"g\", subject: \"g\", role: VIEWER }) { member { id } } }",
                    Map.of(), Expect.FORBIDDEN, true);
        }));
    }
}
