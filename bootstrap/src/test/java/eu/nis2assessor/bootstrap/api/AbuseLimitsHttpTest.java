package eu.nis2assessor.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The abuse limits of issue 6 (point 7) over real HTTP, with the served schema and the default limits: depth 50, 1,000
 * aliases, too many root fields, fragment cycles, too many tokens, a too costly query and a 10 MB body are refused with
 * a {@code BAD_REQUEST} error that names the limit; GraphQL introspection as GraphiQL sends it still passes. The
 * {@code prod} profile ({@link ProdProfile}) switches introspection, the printed schema and GraphiQL off.
 * {@code first: 1000000} and nested pages of 100 are refused by the complexity estimate (more cases in adapters-graphql:
 * {@code ComplexityCalculatorTest}, {@code AbuseLimitsInstrumentationTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbuseLimitsHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 4 * 1024 * 1024;

    @LocalServerPort
    int port;

    /** Headers every request to the service carries (e.g. credentials, once the endpoint needs them). */
    private static Map<String, String> serviceHeaders() {
        return Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + eu.nis2assessor.bootstrap.support.TestHttp.DEFAULT_TOKEN);
    }

    /**
     * The one way these tests talk to the service over HTTP ({@code method} and {@code body} may be anything;
     * {@code body} null = none).
     */
    private static ResponseEntity<String> send(int port, HttpMethod method, String path, String accept, String body) {
        RestClient.RequestBodySpec request = RestClient.builder().baseUrl("http://localhost:" + port).build()
                .method(method).uri(path)
                .headers(h -> serviceHeaders().forEach(h::set));
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private ResponseEntity<String> post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return send(port, HttpMethod.POST, "/graphql", "application/json", JSON.writeValueAsString(body));
    }

    private ResponseEntity<String> post(String query) {
        return post(query, Map.of());
    }

    // ------------------------------------------------------------------------------------------ query limits

    @Test
    void depth50IsRefused() {
        // __type { ofType { ofType { ... name } } }: the served schema's own way to nest 50 deep.
        String query = "{ __type(name: \"Query\") { " + "ofType { ".repeat(48) + "name" + " }".repeat(48) + " } }";
        assertRefused(post(query), "Query depth 50 exceeds the maximum of 15 (nis2.graphql.max-depth)", "nis2.graphql.max-depth");
    }

    @Test
    void depthThroughFragmentsIsRefused() {
        String query = "{ __type(name: \"Query\") { ...T } } fragment T on __Type { " + "ofType { ".repeat(14) + "name"
                + " }".repeat(14) + " }";
        assertRefused(post(query), "Query depth 16 exceeds the maximum of 15 (nis2.graphql.max-depth)", "nis2.graphql.max-depth");
    }

    @Test
    void aThousandAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": rulesVersion");
        }
        ResponseEntity<String> response = post(query.append(" }").toString());
        assertRefused(response, "Query uses 1000 aliases, more than the maximum of 30 (nis2.graphql.max-aliases)",
                "nis2.graphql.max-aliases");
        assertRefused(response, "Query selects 1000 root fields, more than the maximum of 20 (nis2.graphql.max-root-fields)",
                "nis2.graphql.max-root-fields");
    }

    @Test
    void tooManyRootFieldsAreRefused() {
        assertRefused(post("{ " + "rulesVersion ".repeat(21) + "}"),
                "Query selects 21 root fields, more than the maximum of 20 (nis2.graphql.max-root-fields)",
                "nis2.graphql.max-root-fields");
    }

    @Test
    void fragmentCyclesAreRefused() {
        assertRefused(post("{ ...A } fragment A on Query { rulesVersion ...B } fragment B on Query { __typename ...A }"),
                "Fragment cycle: A -> B -> A (a fragment must not spread itself)", null);
    }

    @Test
    void moreThan15000TokensAreRefused() {
        assertRefused(post("{ " + "__typename ".repeat(15_001) + "}"),
                "Query has more than 15000 tokens (nis2.graphql.max-tokens)", "nis2.graphql.max-tokens");
    }

    @Test
    void nestedPagesOfAHundredAreRefused() {
        // groups 100 x (entities 100 x (owners 100 x ...)): 100 x (3 + 100 x (3 + 100 x 4)) = 4,030,300
        String query = "query($n: Int) { groups(first: $n) { edges { node { entities(first: $n) { edges { node {"
                + " owners(first: $n) { edges { node { capitalPercent } } } } } } } } } }";
        assertRefused(post(query, Map.of("n", 100)), "Query complexity 4030300 exceeds the maximum of 1000000"
                + " (nis2.graphql.max-complexity); a list costs its first (or 20) times its selection",
                "nis2.graphql.max-complexity");
        // Pages of 10 cost 10 x (3 + 10 x (3 + 10 x 4)) = 4,330: answered (no groups stored here: an empty page).
        JsonNode answer = JSON.readTree(post(query, Map.of("n", 10)).getBody());
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").path("groups").path("edges").isArray()).isTrue();
    }

    @Test
    void aMillionFirstIsRefused() {
        // 1,000,000 x (1 + edges (1 + node (1 + id))) = 4,000,000
        assertRefused(post("{ groups(first: 1000000) { edges { node { id } } } }"),
                "Query complexity 4000000 exceeds the maximum of 1000000 (nis2.graphql.max-complexity); "
                        + "a list costs its first (or 20) times its selection", "nis2.graphql.max-complexity");
    }

    @Test
    void refusalsAreHttp400UnderTheGraphQlResponseMediaType() {
        String body = "{\"query\":\"{ " + "rulesVersion ".repeat(21) + "}\"}";
        ResponseEntity<String> response = send(port, HttpMethod.POST, "/graphql", "application/graphql-response+json", body);
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(response.getBody()).path("errors").path(0).path("extensions").path("classification")
                .asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void introspectionAsClientsSendItPasses() {
        ResponseEntity<String> response = post(IntrospectionQuery.INTROSPECTION_QUERY);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("errors").isMissingNode()).as(abbreviate(response.getBody())).isTrue();
        assertThat(body.path("data").path("__schema").path("types").size()).isGreaterThan(10);
    }

    // ------------------------------------------------------------------------------------------ body size

    @Test
    void aTenMegabyteBodyIsRefusedBeforeItIsSent() throws IOException {
        // Content-Length says 10 MB; not one byte of it is sent: the answer must come from the headers alone.
        RawResponse response = raw("Content-Length: " + (10 * 1024 * 1024) + "\r\n", new byte[0]);
        assertBodyRefused(response);
    }

    @Test
    void aTenMegabyteBodyIsRefusedWhileItIsSent() throws IOException {
        // The client sends all 10 MB without waiting; the answer arrives while it is still sending.
        byte[] body = ("{\"query\":\"{ rulesVersion }\"" + " ".repeat(10 * 1024 * 1024) + "}").getBytes(StandardCharsets.US_ASCII);
        assertBodyRefused(raw("Content-Length: " + body.length + "\r\n", body));
    }

    @Test
    void aChunkedBodyIsCountedAndRefusedOnceItPassesTheLimit() throws IOException {
        // No length: sent in chunks of 64 KB, one chunk more than the limit; the server stops reading at the limit.
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.writeBytes("{\"query\":\"{ rulesVersion }\"".getBytes(StandardCharsets.US_ASCII));
        for (int sent = 0; sent <= MAX_BODY; sent += chunk.length) {
            chunked.writeBytes(chunk);
        }
        RawResponse response = raw("Transfer-Encoding: chunked\r\n", chunk(chunked.toByteArray()));
        assertBodyRefused(response);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAnswered() throws IOException {
        byte[] body = "{\"query\":\"{ rulesVersion }\"}".getBytes(StandardCharsets.US_ASCII);
        RawResponse response = raw("Transfer-Encoding: chunked\r\n", chunk(body));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("data").path("rulesVersion").asString()).isNotBlank();
    }

    // ------------------------------------------------------------------------------------------ prod profile

    /** The {@code prod} profile: no introspection, no printed schema, no GraphiQL. */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    @ActiveProfiles("prod")
    class ProdProfile {

        @LocalServerPort
        int prodPort;

        @Test
        void introspectionIsRefused() {
            Map<String, Object> body = Map.of("query", "{ __schema { queryType { name } } }");
            ResponseEntity<String> response = send(prodPort, HttpMethod.POST, "/graphql", "application/json",
                    JSON.writeValueAsString(body));
            assertRefused(response, "Introspection (__schema, __type) is disabled (nis2.graphql.introspection.enabled)",
                    "nis2.graphql.introspection.enabled");
        }

        @Test
        void typenameAndQueriesStillWork() {
            Map<String, Object> body = Map.of("query", "{ __typename rulesVersion }");
            JsonNode data = JSON.readTree(send(prodPort, HttpMethod.POST, "/graphql", "application/json",
                    JSON.writeValueAsString(body)).getBody());
            assertThat(data.path("data").path("__typename").asString()).isEqualTo("Query");
            assertThat(data.path("data").path("rulesVersion").asString()).isNotBlank();
        }

        @Test
        void neitherThePrintedSchemaNorGraphiQlIsServed() {
            ResponseEntity<String> schema = send(prodPort, HttpMethod.GET, "/graphql/schema", null, null);
            assertThat(schema.getStatusCode().value()).isEqualTo(404);
            assertThat(schema.getBody()).doesNotContain("type Query");
            ResponseEntity<String> graphiql = send(prodPort, HttpMethod.GET, "/graphiql", "text/html", null);
            assertThat(graphiql.getStatusCode().value()).isEqualTo(404);
            assertThat(String.valueOf(graphiql.getBody())).doesNotContain("GraphiQL.createFetcher");
        }
    }

    // ------------------------------------------------------------------------------------------ other values

    /** The limits are properties: here a timeout of 1 ms, depth 3 and a body of 1,000,000 bytes. */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "nis2.graphql.timeout=1ms", "nis2.graphql.max-depth=3", "nis2.graphql.max-body-bytes=1000000"})
    class TightLimits {

        @LocalServerPort
        int tightPort;

        private ResponseEntity<String> tightPost(String query, Map<String, ?> variables) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("query", query);
            body.put("variables", variables);
            return send(tightPort, HttpMethod.POST, "/graphql", "application/json", JSON.writeValueAsString(body));
        }

        @Test
        void aRequestRunningPastTheTimeoutIsCancelled() {
            // Mapping and assessing 2,000 enterprises takes far longer than 1 ms: the fields after it are not fetched.
            List<Map<String, Object>> enterprises = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                enterprises.add(Map.of("key", "E" + i, "figures", Map.of("headcount", 10, "annualTurnover", 1_000_000),
                        "activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER"))));
            }
            ResponseEntity<String> response = tightPost("query($s: GroupStructureInput!) { assessGroupStructure(structure: $s)"
                    + " { enterprises { key sizeClass } } }", Map.of("s", Map.of("enterprises", enterprises, "holdings", List.of())));

            JsonNode error = JSON.readTree(response.getBody()).path("errors").path(0);
            assertThat(error.path("message").asString())
                    .isEqualTo("The request was cancelled after the execution timeout of 1 ms (nis2.graphql.timeout)");
            assertThat(error.path("extensions").path("classification").asString()).isEqualTo("INTERNAL_ERROR");
            assertThat(error.path("extensions").path("limit").asString()).isEqualTo("nis2.graphql.timeout");
        }

        @Test
        void theDepthAndBodyLimitsAreTheConfiguredOnes() {
            assertRefused(tightPost("{ __type(name: \"Query\") { ofType { ofType { name } } } }", Map.of()),
                    "Query depth 4 exceeds the maximum of 3 (nis2.graphql.max-depth)", "nis2.graphql.max-depth");
            ResponseEntity<String> big = send(tightPort, HttpMethod.POST, "/graphql", "application/json",
                    "{\"query\":\"{ __typename }\"" + " ".repeat(1_000_000) + "}");
            assertThat(big.getStatusCode().value()).isEqualTo(413);
            assertThat(JSON.readTree(big.getBody()).path("errors").path(0).path("message").asString())
                    .isEqualTo("Request body exceeds 1000000 bytes (nis2.graphql.max-body-bytes)");
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertRefused(ResponseEntity<String> response, String message, String limit) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("data").isMissingNode() || body.path("data").isNull()).as("nothing executed").isTrue();
        List<String> messages = new ArrayList<>();
        body.path("errors").forEach(e -> messages.add(e.path("message").asString()));
        JsonNode error = null;
        for (JsonNode e : body.path("errors")) {
            if (e.path("message").asString().equals(message)) {
                error = e;
            }
        }
        assertThat(error).as("error '%s' among %s", message, messages).isNotNull();
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        if (limit != null) {
            assertThat(error.path("extensions").path("limit").asString()).isEqualTo(limit);
        }
    }

    private static void assertBodyRefused(RawResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.headers().toLowerCase()).contains("connection: close");
        assertErrorBody(response.body());
    }

    private static void assertErrorBody(String body) {
        JsonNode error = JSON.readTree(body).path("errors").path(0);
        assertThat(error.path("message").asString())
                .isEqualTo("Request body exceeds " + MAX_BODY + " bytes (nis2.graphql.max-body-bytes)");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("limit").asString()).isEqualTo("nis2.graphql.max-body-bytes");
    }

    private record RawResponse(int status, String headers, String body) {
    }

    /**
     * One HTTP/1.1 POST /graphql over a plain socket, so that the test decides exactly what is sent: the body is
     * written by another thread while this one reads the answer (a server may answer, and close, before the body is
     * all sent). The answer is read as far as its own length says, not until the server closes.
     */
    private RawResponse raw(String lengthHeader, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder("POST /graphql HTTP/1.1\r\nHost: localhost\r\n")
                    .append("Content-Type: application/json\r\nAccept: application/json\r\nConnection: close\r\n")
                    .append(lengthHeader);
            serviceHeaders().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    out.write(body);
                    out.flush();
                } catch (IOException closedWhileSending) {
                    // the server answered early and closed the connection
                }
            });
            try {
                return readResponse(socket.getInputStream());
            } finally {
                socket.close();
                writer.interrupt();
            }
        }
    }

    private static RawResponse readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside the response head: " + head);
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        int status = Integer.parseInt(headers.substring(9, 12));
        String lower = headers.toLowerCase();
        String body;
        if (lower.contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(line(in).trim(), 16);
                if (size == 0) {
                    break;
                }
                out.write(in.readNBytes(size));
                line(in);
            }
            body = out.toString(StandardCharsets.UTF_8);
        } else {
            int at = lower.indexOf("content-length:");
            int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
        return new RawResponse(status, headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] chunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int offset = 0; offset < body.length; offset += 64 * 1024) {
            int length = Math.min(64 * 1024, body.length - offset);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 500 ? text : text.substring(0, 500) + "...";
    }
}
