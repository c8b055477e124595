package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.bootstrap.support.OwnerJdbc;
import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.bootstrap.support.TestJwt;
import eu.nis2assessor.bootstrap.support.Tenants;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Authentication, authorisation, tokens, members, audit log and HTTP hygiene over real HTTP, on the test suite's
 * PostgreSQL (the service connecting as its application role).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SecurityHttpTest {

    private static final String CREATE = """
            mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) {
              token apiToken { id name scopes groupIds expiresAt lastUsedAt revokedAt prefix createdBy }
              userErrors { field message code } } }""";
    private static final String REVOKE = """
            mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { id revokedAt } userErrors { message } } }""";

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TokenDigestPort digests;

    JdbcTemplate owner;
    Tenants tenants;

    @BeforeEach
    void setUp() {
        owner = OwnerJdbc.of(environment);
        tenants = new Tenants(owner, digests);
    }

    private Map<String, Object> tokenInput(String name, List<String> scopes, Duration lifetime) {
        return Map.of("input", Map.of("name", name, "scopes", scopes,
                "expiresAt", Instant.now().plus(lifetime).toString()));
    }

    private static String classification(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("classification").asString();
    }

    private JsonNode createToken(String name, List<String> scopes) {
        JsonNode answer = TestHttp.on(port).graphQl(CREATE, tokenInput(name, scopes, Duration.ofDays(30)));
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.path("data").path("createApiToken");
    }

    /** Every audit record of the default tenant (other tests write many), page by page, as one JSON text. */
    private String allAuditRecords(String fields) {
        StringBuilder all = new StringBuilder();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonNode page = TestHttp.on(port).graphQl("query($after: String) { auditRecords(first: 100, after: $after) {"
                    + " edges { node { " + fields + " } } pageInfo { hasNextPage endCursor } } }", variables)
                    .path("data").path("auditRecords");
            all.append(page.path("edges"));
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        return all.toString();
    }

    @Test
    void withoutCredentialsEverythingButHealthAndTheGraphiqlPageIsUnauthorized() {
        ResponseEntity<String> anonymous = TestHttp.with(TestHttp.anonymousClient(port)).post("{ rulesVersion }", Map.of());
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        JsonNode body = TestHttp.JSON.readTree(anonymous.getBody());
        assertThat(classification(body)).isEqualTo("UNAUTHORIZED");
        assertThat(body.path("data").isMissingNode()).isTrue();

        var http = TestHttp.anonymousClient(port);
        assertThat(http.get().uri("/actuator/health").retrieve().onStatus(s -> true, (q, r) -> { })
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        assertThat(http.get().uri("/actuator/health/readiness").retrieve().onStatus(s -> true, (q, r) -> { })
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        assertThat(http.get().uri("/graphiql").retrieve().onStatus(s -> true, (q, r) -> { })
                .toBodilessEntity().getStatusCode().value()).isEqualTo(200);
        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/graphql/schema", "/anything")) {
            assertThat(http.get().uri(path).retrieve().onStatus(s -> true, (q, r) -> { })
                    .toBodilessEntity().getStatusCode().value()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aTokenCanOnlyBeRestrictedToGroupsOfTheTenantAndTheUnknownOneIsNamedByItsIndex() {
        String group = TestHttp.on(port).graphQl("mutation { createGroup(input: { name: \"token groups\" }) { group { id } } }",
                Map.of()).path("data").path("createGroup").path("group").path("id").asString();
        String unknown = eu.nis2assessor.adapter.graphql.relay.GlobalId.encode("Group", UUID.randomUUID());
        String name = "narrow " + UUID.randomUUID();
        Map<String, Object> input = Map.of("input", Map.of("name", name, "scopes", List.of("groups:read"),
                "groupIds", List.of(group, unknown), "expiresAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        JsonNode refused = TestHttp.on(port).graphQl(CREATE, input).path("data").path("createApiToken");
        assertThat(refused.path("token").isNull()).isTrue();
        assertThat(refused.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"groupIds\",\"1\"]");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("no group with this ID");
        assertThat(owner.queryForObject("select count(*) from api_token where name = ?", Integer.class, name))
                .as("nothing written").isZero();

        // the tenant's own group alone: created
        JsonNode created = TestHttp.on(port).graphQl(CREATE, Map.of("input", Map.of("name", name, "scopes",
                List.of("groups:read"), "groupIds", List.of(group), "expiresAt", Instant.now().plus(Duration.ofDays(1))
                        .toString()))).path("data").path("createApiToken");
        assertThat(created.path("userErrors").size()).isZero();
        assertThat(created.path("apiToken").path("groupIds").toString()).isEqualTo("[\"" + group + "\"]");
    }

    @Test
    void otherActuatorEndpointsNeedTheAdminScope() {
        UUID tenant = tenants.create("actuator tenant");
        String reader = tenants.token(tenant, Scope.ASSESS_READ, Scope.GROUPS_READ);
        String admin = tenants.token(tenant, Scope.TOKENS_ADMIN);
        assertThat(TestHttp.clientWithToken(port, reader).get().uri("/actuator/prometheus").retrieve()
                .onStatus(s -> true, (q, r) -> { }).toBodilessEntity().getStatusCode().value()).isEqualTo(403);
        assertThat(TestHttp.clientWithToken(port, admin).get().uri("/actuator/prometheus").retrieve()
                .onStatus(s -> true, (q, r) -> { }).toBodilessEntity().getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCreatedTokenWorksShowsOnceIsStoredAsADigestOnlyAndStopsWithTheNextRequestAfterRevocation(CapturedOutput output) {
        JsonNode created = createToken("partner ERP", List.of("assess:read", "groups:read"));
        String secret = created.path("token").asString();
        assertThat(ApiTokenFormat.isWellFormed(secret)).isTrue();
        JsonNode apiToken = created.path("apiToken");
        assertThat(apiToken.path("prefix").asString()).isEqualTo(secret.substring(0, 9));
        assertThat(apiToken.path("scopes").toString()).isEqualTo("[\"assess:read\",\"groups:read\"]");
        assertThat(apiToken.path("lastUsedAt").isNull()).isTrue();
        assertThat(apiToken.path("createdBy").asString()).startsWith("token:");

        JsonNode viewer = TestHttp.as(port, secret).graphQl("{ viewer { actor scopes groupIds } rulesVersion }");
        assertThat(viewer.path("data").path("viewer").path("scopes").toString()).isEqualTo("[\"assess:read\",\"groups:read\"]");
        assertThat(viewer.path("data").path("rulesVersion").asString()).startsWith("nis2-");

        // The token table holds digests only: no column holds the token or its secret part.
        String id = apiToken.path("id").asString();
        UUID uuid = eu.nis2assessor.adapter.graphql.relay.GlobalId.decode(id, "ApiToken");
        Map<String, Object> row = owner.queryForMap("select * from api_token where id = ?", uuid);
        assertThat(row.get("digest")).isEqualTo(digests.digest(secret));
        assertThat(((byte[]) row.get("digest"))).hasSize(32);
        String everything = row.values().stream().map(v -> v instanceof byte[] b ? HexFormat.of().formatHex(b)
                : String.valueOf(v)).reduce("", String::concat);
        assertThat(everything).doesNotContain(secret.substring(5)).doesNotContain(secret.substring(9, 37));
        assertThat(owner.queryForObject("select last_used_at is not null from api_token where id = ?", Boolean.class, uuid))
                .as("lastUsedAt written on first use").isTrue();

        JsonNode listed = TestHttp.on(port).graphQl("{ apiTokens(first: 100) { edges { node { id prefix lastUsedAt } } } }");
        assertThat(listed.toString()).contains(id).doesNotContain(secret.substring(9));
        JsonNode node = TestHttp.on(port).graphQl("query($id: ID!) { node(id: $id) { id ... on ApiToken { name } } }", Map.of("id", id));
        assertThat(node.path("data").path("node").path("name").asString()).isEqualTo("partner ERP");

        JsonNode revoked = TestHttp.on(port).graphQl(REVOKE, Map.of("id", id));
        assertThat(revoked.path("data").path("revokeApiToken").path("apiToken").path("revokedAt").isNull()).isFalse();
        ResponseEntity<String> next = TestHttp.as(port, secret).post("{ rulesVersion }", Map.of());
        assertThat(next.getStatusCode().value()).isEqualTo(401);
        assertThat(next.getBody()).contains("API token revoked", "UNAUTHORIZED");

        String records = allAuditRecords("action target outcome detail actor");
        assertThat(records).contains("\"action\":\"createApiToken\",\"target\":\"" + uuid + "\",\"outcome\":\"SUCCESS\"")
                .contains("\"action\":\"revokeApiToken\"")
                .contains("\"action\":\"apiToken.use\",\"target\":\"" + uuid + "\",\"outcome\":\"REFUSED\",\"detail\":\"revoked\"");

        // The token's value never appears in the log; its prefix may.
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(secret.substring(9, 37)).contains(secret.substring(0, 9));
    }

    @Test
    void expiredMalformedWrongChecksumAndUnknownTokensAreUnauthorized(CapturedOutput output) {
        UUID tenant = tenants.create("expiry tenant");
        String expired = tenants.token(tenant, List.of(Scope.values()), null, Instant.now().minusSeconds(1), null);
        String wrongChecksum = expired.substring(0, 42) + (expired.charAt(42) == 'a' ? 'b' : 'a');
        for (String token : List.of(expired, wrongChecksum, "nis2_short", ApiTokenFormat.generate(), "not-a-jwt")) {
            ResponseEntity<String> answer = TestHttp.as(port, token).post("{ rulesVersion }", Map.of());
            assertThat(answer.getStatusCode().value()).as(token).isEqualTo(401);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer error=\"invalid_token\"");
            assertThat(classification(TestHttp.JSON.readTree(answer.getBody()))).isEqualTo("UNAUTHORIZED");
            assertThat(answer.getBody()).doesNotContain("nis2-eu-baseline");
        }
        assertThat(output.getAll()).doesNotContain(expired).doesNotContain(expired.substring(9, 37));
        Integer useFailures = owner.queryForObject("select count(*) from audit_record where tenant_id = ? and action = 'apiToken.use'"
                + " and detail = 'expired'", Integer.class, tenant);
        assertThat(useFailures).isEqualTo(1);
    }

    @Test
    void scopesAreCheckedPerUseCase() {
        UUID tenant = tenants.create("scope tenant");
        String groupsOnly = tenants.token(tenant, Scope.GROUPS_READ);
        JsonNode assess = TestHttp.as(port, groupsOnly).graphQl(
                "{ assessProfile(profile: { activities: [], figures: { headcount: 1, annualTurnover: 1 } }) { entityClass } }");
        assertThat(classification(assess)).isEqualTo("FORBIDDEN");
        assertThat(assess.path("errors").path(0).path("message").asString()).contains("assess:read");
        assertThat(TestHttp.as(port, groupsOnly).graphQl("{ rulesVersion }").path("data").path("rulesVersion").asString())
                .startsWith("nis2-");
        assertThat(classification(TestHttp.as(port, groupsOnly).graphQl("{ apiTokens { edges { cursor } } }"))).isEqualTo("FORBIDDEN");

        // A token admin cannot grant scopes it does not hold.
        String tokenAdmin = tenants.token(tenant, Scope.TOKENS_ADMIN);
        JsonNode escalation = TestHttp.as(port, tokenAdmin).graphQl(CREATE,
                tokenInput("escalate", List.of("tokens:admin", "groups:write"), Duration.ofDays(1)));
        assertThat(classification(escalation)).isEqualTo("FORBIDDEN");
        assertThat(escalation.path("errors").path(0).path("message").asString()).contains("groups:write");
        JsonNode member = TestHttp.as(port, tokenAdmin).graphQl("""
                mutation { setTenantMember(input: { issuer: "x", subject: "y", role: ADMIN }) { member { id } } }""");
        assertThat(classification(member)).isEqualTo("FORBIDDEN");
    }

    @Test
    void invalidTokenInputIsAnsweredWithUserErrorsNamingTheField() {
        JsonNode unknownScope = TestHttp.on(port).graphQl(CREATE, tokenInput("x", List.of("assess:read", "admin"), Duration.ofDays(1)));
        JsonNode error = unknownScope.path("data").path("createApiToken").path("userErrors").path(0);
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"scopes\",\"1\"]");
        assertThat(error.path("message").asString()).startsWith("scopes[1]: unknown scope 'admin'");
        assertThat(unknownScope.path("data").path("createApiToken").path("token").isNull()).isTrue();

        JsonNode tooLong = TestHttp.on(port).graphQl(CREATE, tokenInput("x", List.of("assess:read"), Duration.ofDays(366)));
        assertThat(tooLong.path("data").path("createApiToken").path("userErrors").path(0).path("message").asString())
                .isEqualTo("expiresAt: at most 365 days from now (nis2.tokens.max-lifetime)");
        JsonNode past = TestHttp.on(port).graphQl(CREATE, tokenInput("x", List.of("assess:read"), Duration.ofDays(-1)));
        assertThat(past.path("data").path("createApiToken").path("userErrors").path(0).path("message").asString())
                .isEqualTo("expiresAt: must be in the future");
        assertThat(allAuditRecords("action outcome detail")).contains("\"action\":\"createApiToken\",\"outcome\":\"REFUSED\",\"detail\":\"invalid input");
    }

    @Test
    void usersAuthenticateWithJwtsOfTheConfiguredIssuerAndGetTheirRolesScopes() {
        String subject = "user-" + UUID.randomUUID();
        ResponseEntity<String> stranger = TestHttp.as(port, TestJwt.token(subject, Map.of())).post("{ viewer { actor } }", Map.of());
        assertThat(stranger.getStatusCode().value()).isEqualTo(401);
        assertThat(stranger.getBody()).contains("not a member of any tenant");

        JsonNode added = TestHttp.on(port).graphQl("""
                mutation($s: String!, $i: String!) { setTenantMember(input: { issuer: $i, subject: $s, displayName: "Vera Viewer", role: VIEWER }) {
                  member { id subject role groupIds } userErrors { message } } }""", Map.of("s", subject, "i", TestJwt.ISSUER));
        assertThat(added.path("data").path("setTenantMember").path("member").path("role").asString()).as(added.toString()).isEqualTo("VIEWER");

        String jwt = TestJwt.token(subject, Map.of());
        JsonNode viewer = TestHttp.as(port, jwt).graphQl("{ viewer { actor scopes } rulesVersion }");
        assertThat(viewer.path("data").path("viewer").path("scopes").toString()).isEqualTo("[\"assess:read\",\"groups:read\"]");
        assertThat(viewer.path("data").path("viewer").path("actor").asString()).startsWith("member:");
        assertThat(classification(TestHttp.as(port, jwt).graphQl("{ apiTokens { edges { cursor } } }"))).isEqualTo("FORBIDDEN");

        for (String bad : List.of(
                TestJwt.sign(TestJwt.FOREIGN_KEY, TestJwt.ISSUER, subject, Instant.now().plusSeconds(600), Map.of()),
                TestJwt.sign(TestJwt.KEY, TestJwt.ISSUER, subject, Instant.now().minusSeconds(600), Map.of()),
                TestJwt.sign(TestJwt.KEY, "https://evil.example/", subject, Instant.now().plusSeconds(600), Map.of()),
                TestJwt.token(subject, Map.of("nis2_tenant", UUID.randomUUID().toString())),
                jwt.substring(0, jwt.length() - 4) + "AAAA")) {
            ResponseEntity<String> answer = TestHttp.as(port, bad).post("{ rulesVersion }", Map.of());
            assertThat(answer.getStatusCode().value()).as(bad).isEqualTo(401);
            assertThat(answer.getBody()).contains("UNAUTHORIZED").doesNotContain("nis2-eu-baseline");
        }
    }

    @Test
    void responsesCarryTheSecurityHeadersAndCorsAllowsOnlyTheListedOrigins() {
        ResponseEntity<String> api = TestHttp.on(port).post("{ rulesVersion }", Map.of());
        HttpHeaders headers = api.getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(SecurityConfiguration.API_CSP);
        assertThat(headers.getFirst("Set-Cookie")).isNull();
        assertThat(headers.getFirst("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
        ResponseEntity<String> page = TestHttp.anonymousClient(port).get().uri("/graphiql").retrieve().toEntity(String.class);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityConfiguration.GRAPHIQL_CSP)
                .contains("script-src 'self'").doesNotContain("unsafe-eval");

        ResponseEntity<String> preflight = TestHttp.anonymousClient(port).options().uri("/graphql")
                .header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(String.class);
        assertThat(preflight.getHeaders().getFirst("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aPostWithoutBearerCredentialsIsUnauthorizedNotACsrfError() {
        ResponseEntity<String> answer = TestHttp.anonymousClient(port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).header("Cookie", "JSESSIONID=abc")
                .body("{\"query\":\"{ rulesVersion }\"}").retrieve().onStatus(s -> true, (q, r) -> { }).toEntity(String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody()).contains("UNAUTHORIZED");
    }
}
