package eu.nis2assessor.adapter.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Maps exceptions thrown by data fetchers (and so by the use cases behind them) to GraphQL errors.
 * <ul>
 *   <li>{@link IllegalArgumentException}: the domain's and application's signal for invalid input;
 *       its message is written for the caller (e.g. {@code holdings[3].capitalPercent: must be between
 *       0 and 100}) and returned as is, classified {@code BAD_REQUEST}.</li>
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
        if (ex instanceof IllegalArgumentException && ex.getMessage() != null && !ex.getMessage().isBlank()) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(ex.getMessage())
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Internal error {} while fetching {}", reference, env.getExecutionStepInfo().getPath(), ex);
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error (reference " + reference + ")")
                .build();
    }
}
