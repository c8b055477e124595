package eu.nis2assessor.adapter.graphql.execution;

import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * graphql-java's {@link ChainedInstrumentation}, except that a per-object or per-field hook that none of the chained
 * instrumentations implements is not called at all: it answers graphql-java's no-op context at once.
 *
 * <p>The chain calls every instrumentation on every hook. For the hooks that run for each result object and each
 * field ({@code beginExecuteObject}, {@code beginFieldExecution}, {@code beginFieldFetching},
 * {@code beginFieldCompletion}, {@code beginFieldListCompletion}, {@code beginDeferredField}) that is one state
 * look-up, one call and one collected context per instrumentation, per field, even when every one of them answers
 * "nothing to do": an {@code assessProfile} answer of some 140 fields paid this about 600 times per request. Which
 * hooks an instrumentation implements is decided once, here, from the class that declares the hook's method: the
 * no-op defaults of {@link Instrumentation}, {@link SimplePerformantInstrumentation} and
 * {@link SimpleInstrumentation} do not count. A hook that some instrumentation implements runs through the chain
 * exactly as before, and every other hook (per request, {@code instrumentDataFetcher}) is the chain's own.
 */
public final class SelectiveInstrumentationChain extends ChainedInstrumentation {

    /** Classes whose hook methods are the no-op defaults. */
    private static final Set<Class<?>> NO_OP_DECLARERS = Set.of(Instrumentation.class,
            SimplePerformantInstrumentation.class, SimpleInstrumentation.class);

    private final boolean executeObject;
    private final boolean fieldExecution;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;
    private final boolean deferredField;

    public SelectiveInstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        this.executeObject = implemented("beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
        this.fieldExecution = implemented("beginFieldExecution", InstrumentationFieldParameters.class);
        // beginFieldFetching's default calls the older beginFieldFetch: either one means the hook is used.
        this.fieldFetching = implemented("beginFieldFetching", InstrumentationFieldFetchParameters.class)
                || implemented("beginFieldFetch", InstrumentationFieldFetchParameters.class);
        this.fieldCompletion = implemented("beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
        this.fieldListCompletion = implemented("beginFieldListCompletion", InstrumentationFieldCompleteParameters.class);
        this.deferredField = implemented("beginDeferredField", InstrumentationFieldParameters.class);
    }

    /** Whether some chained instrumentation has its own {@code hook(parameters, InstrumentationState)}. */
    private boolean implemented(String hook, Class<?> parameters) {
        return instrumentations.stream().anyMatch(instrumentation -> overrides(instrumentation, hook, parameters));
    }

    static boolean overrides(Instrumentation instrumentation, String hook, Class<?> parameters) {
        try {
            Class<?> declarer = instrumentation.getClass().getMethod(hook, parameters, InstrumentationState.class)
                    .getDeclaringClass();
            return !NO_OP_DECLARERS.contains(declarer);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("graphql-java's Instrumentation has no hook " + hook, e);
        }
    }

    /** The per-object and per-field hooks that reach the chained instrumentations (for tests and logs). */
    public List<String> activeFieldHooks() {
        return Stream.of(
                        executeObject ? "beginExecuteObject" : null,
                        fieldExecution ? "beginFieldExecution" : null,
                        fieldFetching ? "beginFieldFetching" : null,
                        fieldCompletion ? "beginFieldCompletion" : null,
                        fieldListCompletion ? "beginFieldListCompletion" : null,
                        deferredField ? "beginDeferredField" : null)
                .filter(Objects::nonNull).toList();
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
                                                                  InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : ExecuteObjectInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
                                                              InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetching(parameters, state) : FieldFetchingInstrumentationContext.NOOP;
    }

    @Override
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                                                          InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetch(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                                                               InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
                                                                   InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
                                                             InstrumentationState state) {
        return deferredField ? super.beginDeferredField(parameters, state) : SimpleInstrumentationContext.noOp();
    }
}
