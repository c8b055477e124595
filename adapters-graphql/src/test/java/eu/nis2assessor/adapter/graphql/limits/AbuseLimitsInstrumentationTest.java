package eu.nis2assessor.adapter.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.graphql.execution.ParsedDocumentCache;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.introspection.IntrospectionQuery;
import graphql.schema.GraphQLSchema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/**
 * The limits inside a real graphql-java engine, with the same parsed-document cache as the service: each abuse query
 * of issue 6 is refused before anything executes, with a {@code BAD_REQUEST} error naming the limit; legitimate
 * queries (GraphiQL's introspection included) pass.
 */
class AbuseLimitsInstrumentationTest {

    private static final GraphQLSchema SCHEMA = TestSchema.small(0);

    private final AtomicInteger fetches = new AtomicInteger();
    private AbuseLimitsInstrumentation instrumentation;
    private CountingCache cache;
    private GraphQL graphQl;

    private void engine(GraphQlLimitsProperties limits, GraphQLSchema schema) {
        instrumentation = new AbuseLimitsInstrumentation(limits);
        cache = new CountingCache();
        GraphQLSchema counted = schema.transform(b -> { });
        graphQl = GraphQL.newGraphQL(counted)
                .instrumentation(new graphql.execution.instrumentation.ChainedInstrumentation(
                        List.of(instrumentation, new FetchCounter(fetches))))
                .preparsedDocumentProvider(cache)
                .build();
    }

    private void engine() {
        engine(GraphQlLimitsProperties.defaults(), SCHEMA);
    }

    @AfterEach
    void close() {
        instrumentation.close();
    }

    private ExecutionResult run(String query) {
        return run(query, Map.of());
    }

    private ExecutionResult run(String query, Map<String, Object> variables) {
        return graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    private static GraphQLError onlyError(ExecutionResult result) {
        assertThat(result.getErrors()).hasSize(1);
        return result.getErrors().getFirst();
    }

    private void assertRefused(ExecutionResult result, String message, String limit) {
        GraphQLError error = result.getErrors().stream().filter(e -> e.getMessage().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no error '" + message + "' in " + result.getErrors()));
        assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(error.toSpecification()).extracting("extensions").asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("classification", "BAD_REQUEST");
        if (limit != null) {
            assertThat(error.getExtensions()).containsEntry("limit", limit);
        }
        assertThat((Object) result.getData()).isNull();
        assertThat(fetches).as("nothing executed").hasValue(0);
    }

    @Test
    void depth50IsRefused() {
        engine();
        assertRefused(run(DocumentShapeTest.nested(50)), "Query depth 50 exceeds the maximum of 15 (nis2.graphql.max-depth)",
                "nis2.graphql.max-depth");
        assertThat(cache.kept()).as("a refused document is not cached").isZero();
    }

    @Test
    void depthThroughFragmentsIsRefused() {
        engine();
        // group 1, members 2-4 in M, members 5-15 in N, id 16
        String query = "{ group(id: 1) { ...M } } fragment M on Group { members { members { members { ...N } } } }"
                + " fragment N on Group { " + "members { ".repeat(11) + "id" + " }".repeat(11) + " }";
        assertRefused(run(query), "Query depth 16 exceeds the maximum of 15 (nis2.graphql.max-depth)", "nis2.graphql.max-depth");
    }

    @Test
    void aThousandAliasesAreRefused() {
        engine();
        StringBuilder query = new StringBuilder("{ group(id: 1) {");
        for (int i = 0; i < 1000; i++) {
            query.append(" a").append(i).append(": name");
        }
        ExecutionResult result = run(query.append(" } }").toString());
        assertRefused(result, "Query uses 1000 aliases, more than the maximum of 30 (nis2.graphql.max-aliases)",
                "nis2.graphql.max-aliases");
        assertThat(onlyError(result).getExtensions()).containsEntry("maximum", 30L).containsEntry("actual", 1000L);
    }

    @Test
    void tooManyRootFieldsAreRefused() {
        engine();
        String query = "{ " + "rulesVersion ".repeat(21) + "}";
        assertRefused(run(query), "Query selects 21 root fields, more than the maximum of 20 (nis2.graphql.max-root-fields)",
                "nis2.graphql.max-root-fields");
    }

    @Test
    void fragmentCyclesAreRefused() {
        engine();
        assertRefused(run("{ ...A } fragment A on Query { rulesVersion ...B } fragment B on Query { tags ...A }"),
                "Fragment cycle: A -> B -> A (a fragment must not spread itself)", null);
    }

    @Test
    void aMillionFirstIsRefused() {
        engine();
        ExecutionResult result = run("{ groups(first: 1000000) { edges { node { id name } } } }");
        assertRefused(result, "Query complexity 5000000 exceeds the maximum of 1000000 (nis2.graphql.max-complexity); "
                + "a list costs its first (or 20) times its selection", "nis2.graphql.max-complexity");
    }

    @Test
    void aMillionFirstInAVariableIsRefusedAlsoWhenTheDocumentIsCached() {
        engine();
        String query = "query($n: Int) { groups(first: $n) { nodes { id } } }";
        ExecutionResult small = run(query, Map.of("n", 5));
        assertThat(small.getErrors()).isEmpty();
        assertThat(cache.kept()).isEqualTo(1);
        fetches.set(0);

        ExecutionResult huge = run(query, Map.of("n", 1_000_000));
        assertRefused(huge, "Query complexity 3000000 exceeds the maximum of 1000000 (nis2.graphql.max-complexity); "
                + "a list costs its first (or 20) times its selection", "nis2.graphql.max-complexity");
        assertThat(cache.parses()).as("the second call came from the cache").isEqualTo(1);
    }

    @Test
    void exponentialFragmentsAreRefusedWithoutValidatingThem() {
        engine();
        StringBuilder query = new StringBuilder("{ group(id: 1) { ...F0 } }\n");
        for (int i = 0; i < 40; i++) {
            query.append("fragment F").append(i).append(" on Group { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }\n");
        }
        query.append("fragment F40 on Group { id }\n");
        ExecutionResult result = run(query.toString());
        // 2^40 spreads of { id }, plus the group field: costed without expanding them.
        assertRefused(result, "Query complexity " + ((1L << 40) + 1) + " exceeds the maximum of 1000000"
                + " (nis2.graphql.max-complexity); a list costs its first (or 20) times its selection",
                "nis2.graphql.max-complexity");
    }

    @Test
    void moreTokensThanAllowedAreRefusedNamingTheLimit() {
        engine();
        String query = "{ group(id: 1) { " + "id ".repeat(15_001) + "} }";
        ExecutionResult first = run(query);
        assertRefused(first, "Query has more than 15000 tokens (nis2.graphql.max-tokens)", "nis2.graphql.max-tokens");
        assertRefused(run(query), "Query has more than 15000 tokens (nis2.graphql.max-tokens)", "nis2.graphql.max-tokens");
        assertThat(cache.kept()).isZero();
    }

    @Test
    void theTokenLimitIsAProperty() {
        engine(limits(l -> new GraphQlLimitsProperties(l.maxDepth(), l.maxComplexity(), l.defaultListSize(),
                l.maxAliases(), 200, 50, 200, l.maxBodyBytes(), l.timeout(), l.introspection())), SCHEMA);
        assertRefused(run("{ group(id: 1) { " + "id ".repeat(60) + "} }"),
                "Query has more than 50 tokens (nis2.graphql.max-tokens)", "nis2.graphql.max-tokens");
        assertRefused(run("{ rulesVersion " + " ".repeat(10) + "\n".repeat(300) + "}"),
                "Query has more than 200 whitespace tokens (nis2.graphql.max-whitespace-tokens)",
                "nis2.graphql.max-whitespace-tokens");
    }

    @Test
    void nestingBeyondTheParserIsRefusedNamingTheDepthLimit() {
        engine();
        ExecutionResult result = run(DocumentShapeTest.nested(400));
        assertRefused(result, "Query is nested deeper than the parser allows (500 grammar rules); the maximum query depth"
                + " is 15 (nis2.graphql.max-depth)", "nis2.graphql.max-depth");
        assertThat(cache.kept()).isZero();
    }

    @Test
    void legitimateQueriesPassAndAreCached() {
        engine();
        ExecutionResult result = run("{ rulesVersion groups(first: 100) { edges { cursor node { id name } } pageInfo { hasNextPage } } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(cache.kept()).isEqualTo(1);
    }

    @Test
    void introspectionAsGraphiQlAndGraphqlJavaSendItPasses() {
        engine();
        assertThat(run(IntrospectionQuery.INTROSPECTION_QUERY).getErrors()).isEmpty();
        assertThat(run(TestSchema.resource("limits/graphiql-introspection.graphql")).getErrors()).isEmpty();
    }

    @Test
    void introspectionCanBeSwitchedOff() {
        engine(limits(l -> new GraphQlLimitsProperties(l.maxDepth(), l.maxComplexity(), l.defaultListSize(),
                l.maxAliases(), l.maxRootFields(), l.maxTokens(), l.maxWhitespaceTokens(), l.maxBodyBytes(), l.timeout(),
                new GraphQlLimitsProperties.Introspection(false))), SCHEMA);
        assertRefused(run("{ __schema { queryType { name } } }"),
                "Introspection (__schema, __type) is disabled (nis2.graphql.introspection.enabled)",
                "nis2.graphql.introspection.enabled");
        assertRefused(run("{ group(id: 1) { ...T } } fragment T on Group { id } query Other { __type(name: \"Group\") { name } }"),
                "Introspection (__schema, __type) is disabled (nis2.graphql.introspection.enabled)",
                "nis2.graphql.introspection.enabled");
        ExecutionResult typename = run("{ __typename rulesVersion }");
        assertThat(typename.getErrors()).isEmpty();
        assertThat(typename.<Map<String, Object>>getData()).containsEntry("__typename", "Query");
    }

    @Test
    void theTimeoutCancelsTheExecutionBetweenFieldFetches() {
        engine(limits(l -> new GraphQlLimitsProperties(l.maxDepth(), l.maxComplexity(), l.defaultListSize(),
                l.maxAliases(), l.maxRootFields(), l.maxTokens(), l.maxWhitespaceTokens(), l.maxBodyBytes(),
                Duration.ofMillis(50), l.introspection())), TestSchema.small(300));
        ExecutionResult result = run("{ slow { value again { value again { value } } } }");

        GraphQLError error = onlyError(result);
        assertThat(error.getMessage()).isEqualTo("The request was cancelled after the execution timeout of 50 ms (nis2.graphql.timeout)");
        assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
        assertThat(error.getExtensions()).containsEntry("limit", "nis2.graphql.timeout").containsEntry("maximum", 50L);
        assertThat(fetches.get()).as("the fields after the deadline were not fetched").isLessThan(5);
    }

    @Test
    void aRequestWithinTheTimeoutIsUntouched() {
        engine(GraphQlLimitsProperties.defaults(), TestSchema.small(1));
        ExecutionResult result = run("{ slow { value again { value } } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsKey("slow");
    }

    private static GraphQlLimitsProperties limits(Function<GraphQlLimitsProperties, GraphQlLimitsProperties> change) {
        return change.apply(GraphQlLimitsProperties.defaults());
    }

    /** {@link ParsedDocumentCache} with counts of what it parsed and kept. */
    private static final class CountingCache implements graphql.execution.preparsed.PreparsedDocumentProvider {
        private final ParsedDocumentCache delegate = new ParsedDocumentCache();
        private final AtomicInteger parses = new AtomicInteger();
        private final java.util.Set<String> kept = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public java.util.concurrent.CompletableFuture<graphql.execution.preparsed.PreparsedDocumentEntry> getDocumentAsync(
                ExecutionInput input,
                Function<ExecutionInput, graphql.execution.preparsed.PreparsedDocumentEntry> parseAndValidate) {
            return delegate.getDocumentAsync(input, in -> {
                parses.incrementAndGet();
                graphql.execution.preparsed.PreparsedDocumentEntry entry = parseAndValidate.apply(in);
                if (!entry.hasErrors()) {
                    kept.add(in.getQuery());
                }
                return entry;
            });
        }

        int parses() {
            return parses.get();
        }

        int kept() {
            return kept.size();
        }
    }

    /** Counts the data fetchers that ran (trivial property fetchers included). */
    private record FetchCounter(AtomicInteger fetches) implements graphql.execution.instrumentation.Instrumentation {
        @Override
        public graphql.execution.instrumentation.InstrumentationContext<Object> beginFieldFetch(
                graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters parameters,
                graphql.execution.instrumentation.InstrumentationState state) {
            fetches.incrementAndGet();
            return null;
        }
    }
}
