package eu.nis2assessor.adapter.graphql.error;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.error.UnauthenticatedException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/**
 * Maps exceptions thrown by data fetchers (and so by the use cases behind them) to GraphQL errors.
 * <ul>
 *   <li>{@link IllegalArgumentException} (also as a cause, e.g. thrown by a record's constructor while an
 *       argument is bound): the domain's and application's signal for invalid input;
 *       its message is written for the caller (e.g. {@code holdings[3].capitalPercent: must be between
 *       0 and 100}) and returned as is, classified {@code BAD_REQUEST}.</li>
 *   <li>Spring's {@link BindException} (an argument that could not be bound): {@code BAD_REQUEST}, one
 *       {@code field: message} per failed field;</li>
 *   <li>the application's {@link NotFoundException} (missing, or not visible to the caller): {@code NOT_FOUND};</li>
 *   <li>{@link ForbiddenException} (a scope missing): {@code FORBIDDEN}; {@link UnauthenticatedException}:
 *       {@code UNAUTHORIZED};</li>
 *   <li>anything else: a server fault. The caller gets {@code INTERNAL_ERROR} with a generic message and
 *       a reference; the exception, with its stack trace, is logged here under that reference. No stack
 *       trace, SQL or exception text reaches the client.</li>
 * </ul>
 */
@Component
public class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(GraphQlExceptionResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ForbiddenException forbidden) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.FORBIDDEN)
                    .message(forbidden.getMessage())
                    .build();
        }
        if (ex instanceof UnauthenticatedException unauthenticated) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.UNAUTHORIZED)
                    .message(unauthenticated.getMessage())
                    .build();
        }
        if (ex instanceof NotFoundException notFound) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.NOT_FOUND)
                    .message(notFound.getMessage())
                    .build();
        }
        String invalidInput = invalidInputMessage(ex);
        if (invalidInput != null) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(invalidInput)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Internal error {} while fetching {}", reference, env.getExecutionStepInfo().getPath(), ex);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error (reference " + reference + ")")
                .build();
    }

    /**
     * The caller-facing message when {@code ex} means invalid input, else null: an {@link IllegalArgumentException}
     * anywhere in the cause chain (e.g. a record's compact constructor rejecting a value while Spring GraphQL
     * binds an argument), or Spring's {@link BindException} listing the fields that could not be bound.
     */
    static String invalidInputMessage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalArgumentException && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            if (t instanceof BindException bind && bind.hasErrors()) {
                return bind.getAllErrors().stream()
                        .map(error -> error instanceof FieldError field
                                ? field.getField() + ": " + describe(field)
                                : String.valueOf(error.getDefaultMessage()))
                        .collect(Collectors.joining("; "));
            }
        }
        return null;
    }

    private static String describe(FieldError field) {
        if (field.getDefaultMessage() != null && !field.getDefaultMessage().isBlank()
                && !field.getDefaultMessage().contains("Exception")) {
            return field.getDefaultMessage();
        }
        return "invalid value";
    }
}
