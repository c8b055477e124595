package eu.nis2assessor.adapter.graphql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SelectiveInstrumentationChainTest {

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("""
                    type Query { a: Item! list: [Item!]! }
                    type Item { name: String! size: Int! }
                    """),
            RuntimeWiring.newRuntimeWiring().type(TypeRuntimeWiring.newTypeWiring("Query")
                    .dataFetcher("a", env -> Map.of("name", "x", "size", 1))
                    .dataFetcher("list", env -> List.of(Map.of("name", "y", "size", 2), Map.of("name", "z", "size", 3))))
                    .build());

    /** Does per-request work only, like the application's instrumentations. */
    static final class PerRequestOnly extends SimplePerformantInstrumentation {
        final AtomicInteger executions = new AtomicInteger();
        final AtomicInteger wrappedFetchers = new AtomicInteger();

        @Override
        public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                      InstrumentationState state) {
            executions.incrementAndGet();
            return null;
        }

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                    InstrumentationState state) {
            wrappedFetchers.incrementAndGet();
            return dataFetcher;
        }
    }

    /** Records every completed field, with the state graphql-java hands back to it. */
    static final class CompletionRecorder extends SimplePerformantInstrumentation {
        record Mine(List<String> fields) implements InstrumentationState {
        }

        final List<Mine> states = new ArrayList<>();

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            Mine mine = new Mine(new ArrayList<>());
            states.add(mine);
            return mine;
        }

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
            ((Mine) state).fields().add(parameters.getExecutionStepInfo().getPath().toString());
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** Uses only the older fetch hook, which graphql-java's beginFieldFetching calls by default. */
    static final class OldFetchHook implements Instrumentation {
        final AtomicInteger fetches = new AtomicInteger();

        @Override
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                                                              InstrumentationState state) {
            fetches.incrementAndGet();
            return SimpleInstrumentationContext.noOp();
        }
    }

    @Test
    void perFieldHooksThatNobodyImplementsAreNotActive() {
        PerRequestOnly perRequest = new PerRequestOnly();
        SelectiveInstrumentationChain chain = new SelectiveInstrumentationChain(List.of(perRequest, new PerRequestOnly()));

        assertThat(chain.activeFieldHooks()).isEmpty();
        ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(chain).build()
                .execute("{ a { name size } list { name } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsKeys("a", "list");
        assertThat(perRequest.executions).hasValue(1);
        // instrumentDataFetcher stays the chain's own: every fetched field passes every instrumentation
        assertThat(perRequest.wrappedFetchers.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anImplementedPerFieldHookRunsForEveryFieldWithItsOwnState() {
        CompletionRecorder recorder = new CompletionRecorder();
        SelectiveInstrumentationChain chain = new SelectiveInstrumentationChain(List.of(new PerRequestOnly(), recorder));

        assertThat(chain.activeFieldHooks()).containsExactly("beginFieldCompletion");
        ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(chain).build()
                .execute("{ a { name size } list { name } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(recorder.states).hasSize(1);
        assertThat(recorder.states.getFirst().fields()).contains("/a", "/a/name", "/a/size", "/list", "/list[0]/name",
                "/list[1]/name");
    }

    @Test
    void theOlderFetchHookKeepsFieldFetchingActive() {
        OldFetchHook old = new OldFetchHook();
        SelectiveInstrumentationChain chain = new SelectiveInstrumentationChain(List.of(new PerRequestOnly(), old));

        assertThat(chain.activeFieldHooks()).containsExactly("beginFieldFetching");
        GraphQL.newGraphQL(SCHEMA).instrumentation(chain).build().execute("{ a { name } }");

        assertThat(old.fetches).hasValue(2);
    }
}
