package eu.nis2assessor.adapter.graphql.audit;

import eu.nis2assessor.application.service.AuditOutcomes;
import eu.nis2assessor.application.service.OperationContext;
import eu.nis2assessor.application.service.OperationContext.Operation;
import eu.nis2assessor.application.port.in.RecordOperationUseCase;
import eu.nis2assessor.application.port.out.AuditOutcome;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One audit record per mutation, whatever the mutation: every root field of {@code Mutation} runs inside an
 * {@link OperationContext} named after the field, so that its transaction writes the record (in the same
 * transaction on success, separately after a rollback). A mutation that never reached a transaction (invalid
 * input answered with {@code userErrors}, a missing scope, an unknown ID) is recorded here, as {@code REFUSED},
 * in a transaction of its own.
 */
@Component
public class MutationAuditInstrumentation extends SimplePerformantInstrumentation {

    private static final Logger log = LoggerFactory.getLogger(MutationAuditInstrumentation.class);

    private final RecordOperationUseCase recorder;

    public MutationAuditInstrumentation(RecordOperationUseCase recorder) {
        this.recorder = recorder;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // Only the root fields of a mutation; decided without the field's DataFetchingEnvironment, which graphql-java
        // does not build at all for the plain properties that make up most of an answer.
        OperationDefinition.Operation kind = parameters.getExecutionContext().getOperationDefinition().getOperation();
        if (kind != OperationDefinition.Operation.MUTATION || parameters.getExecutionStepInfo().getPath().getLevel() != 1) {
            return dataFetcher;
        }
        String action = parameters.getField().getName();
        return environment -> {
            Operation operation = OperationContext.begin(action, target(environment.getArguments()));
            try {
                Object result = dataFetcher.get(environment);
                if (result instanceof CompletionStage<?> stage) {
                    return stage.whenComplete((value, failure) -> finish(operation, value, failure));
                }
                finish(operation, result, null);
                return result;
            } catch (Throwable failure) {
                finish(operation, null, failure);
                throw failure;
            } finally {
                OperationContext.end();
            }
        };
    }

    private void finish(Operation operation, Object result, Throwable failure) {
        if (operation.recorded()) {
            return;
        }
        AuditOutcome outcome;
        String detail = null;
        if (failure != null) {
            Throwable cause = failure.getCause() != null && failure instanceof java.util.concurrent.CompletionException
                    ? failure.getCause() : failure;
            outcome = AuditOutcomes.outcomeOf(cause);
            detail = AuditOutcomes.detailOf(cause);
        } else {
            List<?> userErrors = userErrors(result);
            outcome = userErrors.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.REFUSED;
            detail = userErrors.isEmpty() ? null : "invalid input: " + userErrors;
        }
        try {
            recorder.record(operation.action(), operation.target(), outcome, detail);
            operation.markRecorded();
        } catch (RuntimeException e) {
            log.error("Could not write the audit record of {}", operation.action(), e);
        }
    }

    /** The {@code id} field of the {@code input} argument, if there is one. */
    static String target(Map<String, Object> arguments) {
        Object input = arguments.get("input");
        if (input instanceof Map<?, ?> map && map.get("id") != null) {
            return String.valueOf(map.get("id"));
        }
        return null;
    }

    /** The payload's {@code userErrors} (any payload type with a {@code userErrors()} accessor), or empty. */
    static List<?> userErrors(Object payload) {
        if (payload == null) {
            return List.of();
        }
        Object value = payload instanceof graphql.execution.DataFetcherResult<?> result ? result.getData() : payload;
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map<?, ?> map) {
            return map.get("userErrors") instanceof List<?> list ? list : List.of();
        }
        try {
            Method accessor = value.getClass().getMethod("userErrors");
            Object errors = accessor.invoke(value);
            return errors instanceof List<?> list ? list : List.of();
        } catch (ReflectiveOperationException e) {
            try {
                Method getter = value.getClass().getMethod("getUserErrors");
                Object errors = getter.invoke(value);
                return errors instanceof List<?> list ? list : List.of();
            } catch (ReflectiveOperationException none) {
                return List.of();
            }
        }
    }
}
