package eu.nis2assessor.adapter.graphql.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/**
 * The errors the limits answer with. Each carries {@code extensions.classification} and, for a configurable limit,
 * {@code extensions.limit} (the property), {@code extensions.maximum} and, where known, {@code extensions.actual}, so
 * that a client can tell the limits apart without reading the message.
 */
final class Refusals {

    static final String MAX_DEPTH = GraphQlLimitsProperties.PREFIX + "max-depth";
    static final String MAX_COMPLEXITY = GraphQlLimitsProperties.PREFIX + "max-complexity";
    static final String MAX_ALIASES = GraphQlLimitsProperties.PREFIX + "max-aliases";
    static final String MAX_ROOT_FIELDS = GraphQlLimitsProperties.PREFIX + "max-root-fields";
    static final String MAX_TOKENS = GraphQlLimitsProperties.PREFIX + "max-tokens";
    static final String MAX_WHITESPACE_TOKENS = GraphQlLimitsProperties.PREFIX + "max-whitespace-tokens";
    static final String MAX_BODY_BYTES = GraphQlLimitsProperties.PREFIX + "max-body-bytes";
    static final String TIMEOUT = GraphQlLimitsProperties.PREFIX + "timeout";
    static final String INTROSPECTION = GraphQlLimitsProperties.PREFIX + "introspection.enabled";

    private Refusals() {
    }

    static GraphQLError limit(String message, String property, Long maximum, Long actual) {
        return error(ErrorType.BAD_REQUEST, message, property, maximum, actual);
    }

    static GraphQLError error(ErrorType type, String message, String property, Long maximum, Long actual) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (property != null) {
            extensions.put("limit", property);
        }
        if (maximum != null) {
            extensions.put("maximum", maximum);
        }
        if (actual != null) {
            extensions.put("actual", actual);
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).errorType(type);
        if (!extensions.isEmpty()) {
            builder.extensions(extensions);
        }
        return builder.build();
    }

    /** Thrown before validation or execution: graphql-java answers with exactly these errors, nothing executed. */
    static final class RefusedException extends AbortExecutionException {

        RefusedException(List<GraphQLError> errors) {
            super(errors);
        }
    }
}
