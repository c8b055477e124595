package eu.nis2assessor.bootstrap.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way HTTP tests talk to the server started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}:
 * {@link #client(int)} is the place where credentials every test needs are added, and {@link #graphQl} posts
 * a GraphQL request and reads the answer.
 */
public final class TestHttp {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The default caller's credentials: the bootstrap admin token of the default tenant (every scope), fixed in
     * {@code src/test/resources/config/application.properties} ({@code nis2.bootstrap-token}).
     */
    public static final String DEFAULT_TOKEN = "nis2_TestSuiteDefaultAdminToken0000010Mgq0o";

    private final RestClient http;

    private TestHttp(RestClient http) {
        this.http = http;
    }

    /** A client for the server on {@code port}, with the credentials of the test suite's default caller. */
    public static RestClient client(int port) {
        return clientWithToken(port, DEFAULT_TOKEN);
    }

    /** A client sending {@code Authorization: Bearer <token>} (an API token or a JWT). */
    public static RestClient clientWithToken(int port, String token) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** A client without any credentials (for tests of authentication itself). */
    public static RestClient anonymousClient(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port).build();
    }

    public static TestHttp on(int port) {
        return new TestHttp(client(port));
    }

    /** Requests with {@code Authorization: Bearer <token>}. */
    public static TestHttp as(int port, String token) {
        return new TestHttp(clientWithToken(port, token));
    }

    public static TestHttp with(RestClient client) {
        return new TestHttp(client);
    }

    /** POSTs {@code query} with {@code variables} to {@code /graphql}; any HTTP status is returned, never thrown. */
    public ResponseEntity<String> post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .retrieve().onStatus(status -> true, (request, response) -> { })
                .toEntity(String.class);
    }

    /** POSTs the request and returns the whole answer ({@code data} and {@code errors}) as JSON. */
    public JsonNode graphQl(String query, Map<String, ?> variables) {
        return JSON.readTree(post(query, variables).getBody());
    }

    public JsonNode graphQl(String query) {
        return graphQl(query, Map.of());
    }
}
