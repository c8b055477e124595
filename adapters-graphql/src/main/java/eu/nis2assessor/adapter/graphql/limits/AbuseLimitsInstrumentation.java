package eu.nis2assessor.adapter.graphql.limits;

import eu.nis2assessor.adapter.graphql.limits.DocumentShape.OperationShape;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.Introspection;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.parser.exceptions.ParseCancelledTooManyNumericLiteralCharactersException;
import graphql.schema.GraphQLSchema;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;

/**
 * The GraphQL abuse limits ({@link GraphQlLimitsProperties}), enforced inside graphql-java's request cycle:
 * <ol>
 *   <li><b>Parse.</b> The parser's token limits come from the properties (per request, through the
 *       {@code GraphQLContext}, not JVM-wide); a document the parser gives up on is answered with a message naming the
 *       limit instead of graphql-java's generic one.</li>
 *   <li><b>After parsing, before validation.</b> Every operation of the document is measured ({@link DocumentShape}):
 *       depth, aliases, root fields, introspection when it is off, fragment cycles; and costed
 *       ({@link ComplexityCalculator}) with the variables as sent. Validation is the expensive step for a hostile
 *       document (overlapping-field checks grow with the square of the fields), so it never sees one. All operations
 *       are checked, not only the one asked for, because {@code ParsedDocumentCache} keys validated documents by their
 *       text alone. A refused document is not cached: the refusal is thrown out of the parse-and-validate step.</li>
 *   <li><b>Before execution.</b> A cached document skips step 2, so the executed operation is costed again with the
 *       coerced variables ({@code first: $n} may differ from call to call).</li>
 *   <li><b>During execution.</b> When the timeout passes, the execution is cancelled (graphql-java checks between
 *       field fetches; a data fetcher already running finishes) and the answer carries a timeout error.</li>
 * </ol>
 * Every refusal is a {@code BAD_REQUEST} error whose message names the limit, the value found and the maximum, e.g.
 * {@code Query depth 50 exceeds the maximum of 15 (nis2.graphql.max-depth)}.
 */
public final class AbuseLimitsInstrumentation extends SimplePerformantInstrumentation implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AbuseLimitsInstrumentation.class);

    private final GraphQlLimitsProperties limits;
    private final ParserOptions parserOptions;
    private final ScheduledThreadPoolExecutor timer;
    /**
     * Costs of executed operations that do not depend on their variables, by operation (the same object for every
     * execution of a document from {@code ParsedDocumentCache}): a cached document is executed again and again, and
     * costing its selection on every request would cost about as much as a small query. Keys are weak (syntax tree
     * nodes compare by identity), so a document nobody holds any more leaves; the map is also emptied at
     * {@value #MAX_CONSTANT_COSTS} entries.
     */
    private final Map<OperationDefinition, Long> constantCosts = Collections.synchronizedMap(new WeakHashMap<>());
    static final int MAX_CONSTANT_COSTS = 1_000;

    public AbuseLimitsInstrumentation(GraphQlLimitsProperties limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.maxTokens())
                .maxWhitespaceTokens(limits.maxWhitespaceTokens()));
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "graphql-timeout");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setRemoveOnCancelPolicy(true);
    }

    /** Per request: the timeout task, and what the parser said. */
    static final class State implements InstrumentationState {
        volatile ScheduledFuture<?> timeout;
        volatile boolean timedOut;
        volatile long startNanos;
        Throwable parseFailure;
        boolean costedBeforeValidation;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State();
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        input.getGraphQLContext().put(ParserOptions.class, parserOptions);
        if (!limits.introspection().enabled()) {
            input.getGraphQLContext().put(Introspection.INTROSPECTION_DISABLED, true);
        }
        if (state instanceof State s) {
            s.startNanos = System.nanoTime();
            s.timeout = timer.schedule(() -> {
                s.timedOut = true;
                input.cancel();
            }, limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        return input;
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                      InstrumentationState state) {
        return state instanceof State s
                ? SimpleInstrumentationContext.whenCompleted((document, failure) -> s.parseFailure = failure)
                : null;
    }

    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
                                                               InstrumentationExecutionParameters parameters,
                                                               InstrumentationState state) {
        check(documentAndVariables.getDocument(), documentAndVariables.getVariables(), parameters.getSchema());
        if (state instanceof State s) {
            s.costedBeforeValidation = true;
        }
        return documentAndVariables;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        if (state instanceof State s && s.costedBeforeValidation) {
            return null;
        }
        ExecutionContext context = parameters.getExecutionContext();
        OperationDefinition operation = context.getOperationDefinition();
        Long known = constantCosts.get(operation);
        long cost;
        if (known != null) {
            cost = known;
        } else {
            ComplexityCalculator.Cost costing = new ComplexityCalculator(context.getGraphQLSchema(),
                    limits.defaultListSize()).costing(context.getFragmentsByName(), operation,
                    context.getCoercedVariables().toMap());
            cost = costing.cost();
            if (!costing.variableDependent()) {
                if (constantCosts.size() >= MAX_CONSTANT_COSTS) {
                    constantCosts.clear();
                }
                constantCosts.put(operation, cost);
            }
        }
        if (cost > limits.maxComplexity()) {
            throw refused(List.of(complexityError(cost)));
        }
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        if (!(state instanceof State s)) {
            return CompletableFuture.completedFuture(result);
        }
        ScheduledFuture<?> timeout = s.timeout;
        if (timeout != null) {
            timeout.cancel(false);
        }
        GraphQLError parserLimit = parserLimitError(s.parseFailure);
        if (parserLimit != null) {
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(List.of(parserLimit))));
        }
        if (s.timedOut && result.getErrors().stream().anyMatch(AbuseLimitsInstrumentation::isAbort)) {
            long millis = (System.nanoTime() - s.startNanos) / 1_000_000;
            log.warn("GraphQL request {} cancelled after {} ms: timeout {} ({})", describe(parameters), millis,
                    format(limits.timeout()), Refusals.TIMEOUT);
            List<GraphQLError> errors = new ArrayList<>();
            errors.add(Refusals.error(ErrorType.INTERNAL_ERROR, "The request was cancelled after the execution timeout of "
                    + format(limits.timeout()) + " (" + Refusals.TIMEOUT + ")", Refusals.TIMEOUT,
                    limits.timeout().toMillis(), millis));
            result.getErrors().stream().filter(e -> !isAbort(e)).forEach(errors::add);
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }
        return CompletableFuture.completedFuture(result);
    }

    /**
     * Checks every operation of {@code document} against the limits; throws the refusal, with one error per limit
     * exceeded (the largest value over the operations), or returns.
     */
    void check(Document document, Map<String, Object> variables, GraphQLSchema schema) {
        long started = System.nanoTime();
        DocumentShape.Result shape = DocumentShape.of(document);
        if (shape.fragmentCycle().isPresent()) {
            String path = String.join(" -> ", shape.fragmentCycle().get());
            throw refused(List.of(Refusals.limit("Fragment cycle: " + path + " (a fragment must not spread itself)",
                    null, null, null)));
        }
        int depth = 0;
        long aliases = 0;
        long rootFields = 0;
        boolean introspection = false;
        for (OperationShape operation : shape.operations()) {
            depth = Math.max(depth, operation.depth());
            aliases = Math.max(aliases, operation.aliases());
            rootFields = Math.max(rootFields, operation.rootFields());
            introspection |= operation.introspection();
        }
        List<GraphQLError> errors = new ArrayList<>();
        if (depth > limits.maxDepth()) {
            errors.add(Refusals.limit("Query depth " + depth + " exceeds the maximum of " + limits.maxDepth()
                    + " (" + Refusals.MAX_DEPTH + ")", Refusals.MAX_DEPTH, (long) limits.maxDepth(), (long) depth));
        }
        if (aliases > limits.maxAliases()) {
            errors.add(Refusals.limit("Query uses " + aliases + " aliases, more than the maximum of " + limits.maxAliases()
                    + " (" + Refusals.MAX_ALIASES + ")", Refusals.MAX_ALIASES, (long) limits.maxAliases(), aliases));
        }
        if (rootFields > limits.maxRootFields()) {
            errors.add(Refusals.limit("Query selects " + rootFields + " root fields, more than the maximum of "
                    + limits.maxRootFields() + " (" + Refusals.MAX_ROOT_FIELDS + ")", Refusals.MAX_ROOT_FIELDS,
                    (long) limits.maxRootFields(), rootFields));
        }
        if (introspection && !limits.introspection().enabled()) {
            errors.add(Refusals.limit("Introspection (__schema, __type) is disabled (" + Refusals.INTROSPECTION + ")",
                    Refusals.INTROSPECTION, null, null));
        }
        if (errors.isEmpty()) {
            long cost = maxCost(document, variables, schema);
            if (cost > limits.maxComplexity()) {
                errors.add(complexityError(cost));
            }
        }
        if (log.isDebugEnabled()) {
            log.debug("GraphQL document checked in {} us: depth {}, aliases {}, root fields {}, {} refusal(s)",
                    (System.nanoTime() - started) / 1_000, depth, aliases, rootFields, errors.size());
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
    }

    private long maxCost(Document document, Map<String, Object> variables, GraphQLSchema schema) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        List<OperationDefinition> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition operation) {
                operations.add(operation);
            }
        }
        ComplexityCalculator calculator = new ComplexityCalculator(schema, limits.defaultListSize());
        long max = 0;
        for (OperationDefinition operation : operations) {
            max = Math.max(max, calculator.cost(fragments, operation, variables));
        }
        return max;
    }

    private GraphQLError complexityError(long cost) {
        return Refusals.limit("Query complexity " + cost + " exceeds the maximum of " + limits.maxComplexity() + " ("
                + Refusals.MAX_COMPLEXITY + "); a list costs its first (or " + limits.defaultListSize()
                + ") times its selection", Refusals.MAX_COMPLEXITY, limits.maxComplexity(), cost);
    }

    /** The refusal for a parse that graphql-java cancelled at one of its limits; null for any other outcome. */
    private GraphQLError parserLimitError(Throwable failure) {
        ParserOptions options = parserOptions;
        if (failure instanceof ParseCancelledTooDeepException) {
            return Refusals.limit("Query is nested deeper than the parser allows (" + options.getMaxRuleDepth()
                    + " grammar rules); the maximum query depth is " + limits.maxDepth() + " (" + Refusals.MAX_DEPTH + ")",
                    Refusals.MAX_DEPTH, (long) limits.maxDepth(), null);
        }
        if (failure instanceof ParseCancelledTooManyCharsException) {
            return Refusals.limit("Query is longer than " + options.getMaxCharacters() + " characters (parser limit)",
                    null, (long) options.getMaxCharacters(), null);
        }
        if (failure instanceof ParseCancelledTooManyNumericLiteralCharactersException) {
            return Refusals.limit("A number in the query is longer than " + options.getMaxNumericLiteralCharacters()
                    + " characters (parser limit)", null, (long) options.getMaxNumericLiteralCharacters(), null);
        }
        if (!(failure instanceof ParseCancelledException cancelled)) {
            return null;
        }
        // graphql-java's message names the token kind ('grammar' or 'whitespace') whatever the locale.
        if (String.valueOf(cancelled.getMessage()).contains("'whitespace'")) {
            return Refusals.limit("Query has more than " + limits.maxWhitespaceTokens() + " whitespace tokens ("
                    + Refusals.MAX_WHITESPACE_TOKENS + ")", Refusals.MAX_WHITESPACE_TOKENS,
                    (long) limits.maxWhitespaceTokens(), null);
        }
        return Refusals.limit("Query has more than " + limits.maxTokens() + " tokens (" + Refusals.MAX_TOKENS + ")",
                Refusals.MAX_TOKENS, (long) limits.maxTokens(), null);
    }

    private static Refusals.RefusedException refused(List<GraphQLError> errors) {
        if (log.isDebugEnabled()) {
            errors.forEach(e -> log.debug("GraphQL request refused: {}", e.getMessage()));
        }
        return new Refusals.RefusedException(errors);
    }

    private static boolean isAbort(GraphQLError error) {
        return error.getErrorType() == graphql.ErrorType.ExecutionAborted;
    }

    private static String describe(InstrumentationExecutionParameters parameters) {
        return parameters.getOperation() == null ? "(anonymous)" : "'" + parameters.getOperation() + "'";
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
