package eu.nis2assessor.bootstrap.api;

import eu.nis2assessor.bootstrap.support.OwnerJdbc;
import eu.nis2assessor.bootstrap.support.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.bootstrap.db.DatabaseInitializer;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service over real HTTP, on the test suite's PostgreSQL: the GraphQL endpoint (both response
 * media types, error classifications for malformed requests), the printed schema, the bundled GraphiQL page,
 * Actuator, and the Flyway-owned schema behind JPA. One Spring context, shared by every test here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceHttpTest {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TenantRepository tenants;

    @Autowired
    JdbcTemplate jdbc;

    RestClient http;

    @BeforeEach
    void client() {
        http = TestHttp.client(port);
    }

    private ResponseEntity<String> send(HttpMethod method, String path, MediaType contentType, String accept, String body) {
        RestClient.RequestBodySpec request = http.method(method).uri(path);
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> graphql(String body, String accept) {
        return send(HttpMethod.POST, "/graphql", MediaType.APPLICATION_JSON, accept, body);
    }

    private static JsonNode json(ResponseEntity<String> response) {
        assertThat(response.getBody()).as("response body").isNotBlank();
        return JSON.readTree(response.getBody());
    }

    private static void assertGraphQlError(ResponseEntity<String> response, int status, String classification) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isNotNull();
        assertThat(response.getHeaders().getContentType().getSubtype()).isIn("json", "graphql-response+json");
        assertThat(response.getBody()).doesNotContain("<html", "Exception", "\tat ", "Whitelabel");
        JsonNode error = json(response).path("errors").path(0);
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo(classification);
    }

    @Test
    void rulesVersionOverApplicationJson() {
        ResponseEntity<String> response = graphql("{\"query\":\"{ rulesVersion }\"}", "application/json");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode body = json(response);
        assertThat(body.path("data").path("rulesVersion").asString()).isEqualTo(RulesVersion.CURRENT.value());
        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void rulesVersionOverGraphQlResponseJson() {
        ResponseEntity<String> response = graphql("{\"query\":\"query Rules { rulesVersion }\",\"operationName\":\"Rules\"}",
                "application/graphql-response+json");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(GRAPHQL_RESPONSE)).isTrue();
        assertThat(json(response).path("data").path("rulesVersion").asString()).isEqualTo(RulesVersion.CURRENT.value());
    }

    @Test
    void syntaxErrorIsBadRequest() {
        assertGraphQlError(graphql("{\"query\":\"{ rulesVersion \"}", "application/graphql-response+json"), 400, "BAD_REQUEST");
        ResponseEntity<String> legacy = graphql("{\"query\":\"{ rulesVersion \"}", "application/json");
        assertThat(legacy.getStatusCode().value()).isEqualTo(200);
        assertThat(json(legacy).path("errors").path(0).path("extensions").path("classification").asString())
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void unknownFieldIsBadRequest() {
        ResponseEntity<String> response = graphql("{\"query\":\"{ noSuchField }\"}", "application/graphql-response+json");
        assertGraphQlError(response, 400, "BAD_REQUEST");
        assertThat(json(response).path("errors").path(0).path("message").asString()).contains("noSuchField");
    }

    @Test
    void bodyThatIsNotJsonIsBadRequest() {
        assertGraphQlError(graphql("this is not json", "application/graphql-response+json"), 400, "BAD_REQUEST");
        assertGraphQlError(graphql("{\"query\": 42}", "application/graphql-response+json"), 400, "BAD_REQUEST");
        ResponseEntity<String> legacy = graphql("{\"query\": 42}", null);
        assertThat(json(legacy).path("errors").path(0).path("extensions").path("classification").asString())
                .isEqualTo("BAD_REQUEST");
        assertGraphQlError(graphql("", "application/json"), 400, "BAD_REQUEST");
    }

    @Test
    void bodyThatIsJsonNullIsBadRequest() {
        assertGraphQlError(graphql("null", "application/graphql-response+json"), 400, "BAD_REQUEST");
        assertGraphQlError(graphql("  null\n", "application/json"), 400, "BAD_REQUEST");
    }

    @Test
    void contentTypeThatDoesNotParseIsUnsupportedMediaType() throws Exception {
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            for (String contentType : List.of("application/json; charset=foo", "///", "application/json; q=abc")) {
                java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header(HttpHeaders.CONTENT_TYPE, contentType)
                        .header(HttpHeaders.ACCEPT, "application/json")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestHttp.DEFAULT_TOKEN)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{ rulesVersion }\"}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as("for %s", contentType).isEqualTo(415);
                assertThat(response.body()).doesNotContain("Exception", "\tat ");
                assertThat(JSON.readTree(response.body()).path("errors").path(0).path("extensions").path("classification")
                        .asString()).isEqualTo("BAD_REQUEST");
            }
        }
    }

    @Test
    void wrongContentTypeIsUnsupportedMediaType() {
        assertGraphQlError(send(HttpMethod.POST, "/graphql", MediaType.TEXT_PLAIN, "application/json", "{ rulesVersion }"),
                415, "BAD_REQUEST");
        // another JSON type is not read either, and the refusal still has a body
        assertGraphQlError(send(HttpMethod.POST, "/graphql", GRAPHQL_RESPONSE, "application/json",
                "{\"query\":\"{ rulesVersion }\"}"), 415, "BAD_REQUEST");
    }

    @Test
    void unacceptableAcceptIsNotAcceptable() {
        assertGraphQlError(graphql("{\"query\":\"{ rulesVersion }\"}", "text/html"), 406, "BAD_REQUEST");
    }

    @Test
    void getOnTheEndpointIsMethodNotAllowedWithoutHtml() {
        ResponseEntity<String> response = send(HttpMethod.GET, "/graphql", null, "text/html", null);
        assertGraphQlError(response, 405, "BAD_REQUEST");
        assertThat(response.getHeaders().getAllow()).contains(HttpMethod.POST);
    }

    @Test
    void unknownPathBelowTheEndpointIsNotFoundWithoutHtml() {
        assertGraphQlError(send(HttpMethod.GET, "/graphql/nothing-here", null, "text/html", null), 404, "NOT_FOUND");
    }

    @Test
    void printedSchemaIsServedAsText() {
        ResponseEntity<String> response = send(HttpMethod.GET, "/graphql/schema", null, null, null);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(response.getBody()).contains("type Query", "rulesVersion: String!", "The version of the rule set");
    }

    @Test
    void graphiqlPageUsesOnlyBundledAssets() {
        ResponseEntity<String> page = send(HttpMethod.GET, "/graphiql", null, "text/html", null);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("/graphiql/init.js")
                .doesNotContain("https://", "http://", "unpkg", "jsdelivr", "cdn", "<script>");
        ResponseEntity<String> init = send(HttpMethod.GET, "/graphiql/init.js", null, null, null);
        assertThat(init.getStatusCode().value()).isEqualTo(200);
        assertThat(init.getBody()).contains("GraphiQL.createFetcher", "/graphql", "Authorization")
                .doesNotContain("https://", "http://");
        for (String asset : new String[] {"graphiql.min.js", "graphiql.min.css", "react.production.min.js",
                "react-dom.production.min.js"}) {
            assertThat(page.getBody()).contains("/graphiql/vendor/" + asset);
            ResponseEntity<String> file = send(HttpMethod.GET, "/graphiql/vendor/" + asset, null, null, null);
            assertThat(file.getStatusCode().value()).as(asset).isEqualTo(200);
            assertThat(file.getBody()).as(asset).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void actuatorProbesIncludeTheDatabase() {
        ResponseEntity<String> readiness = send(HttpMethod.GET, "/actuator/health/readiness", null, null, null);
        assertThat(readiness.getStatusCode().value()).isEqualTo(200);
        JsonNode ready = json(readiness);
        assertThat(ready.path("status").asString()).isEqualTo("UP");
        assertThat(ready.path("components").path("db").path("status").asString()).isEqualTo("UP");
        ResponseEntity<String> liveness = send(HttpMethod.GET, "/actuator/health/liveness", null, null, null);
        assertThat(json(liveness).path("status").asString()).isEqualTo("UP");
        ResponseEntity<String> prometheus = send(HttpMethod.GET, "/actuator/prometheus", null, null, null);
        assertThat(prometheus.getStatusCode().value()).isEqualTo(200);
        assertThat(prometheus.getBody()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void flywayOwnsTheSchemaAndJpaMapsIt() {
        assertThat(environment.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
        Integer applied = OwnerJdbc.of(environment).queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success", Integer.class);
        assertThat(applied).isEqualTo(1);
        UUID id = UUID.randomUUID();
        tenants.saveAndFlush(new TenantEntity(id, "ACME Holding SE"));
        TenantEntity read = tenants.findById(id).orElseThrow();
        assertThat(read.getName()).isEqualTo("ACME Holding SE");
        String createdAt = jdbc.queryForObject("select created_at::text from tenant where id = ?", String.class, id);
        assertThat(createdAt).isNotBlank();
    }

    @Test
    void runsOnTheTestSuitesOwnSchema() {
        String description = environment.getProperty(DatabaseInitializer.DESCRIPTION);
        assertThat(description).doesNotContainIgnoringCase("password");
        String schema = jdbc.queryForObject("select current_schema()", String.class);
        if ("testcontainers".equals(environment.getProperty(DatabaseInitializer.SELECTION))) {
            assertThat(description).contains("Testcontainers");
            return;
        }
        assertThat(description).contains("schema nis2_test_");
        assertThat(schema).startsWith("nis2_test_");
        assertThat(description).contains(schema);
    }
}
