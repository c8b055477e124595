package eu.nis2assessor.adapter.graphql.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Rewrites the classification of errors that graphql-java raises itself, before any data fetcher runs,
 * onto the public set. A document that does not parse ({@code InvalidSyntax}), does not validate
 * against the schema ({@code ValidationError}) or names an operation that cannot run
 * ({@code OperationNotSupported}) is the caller's fault: {@code BAD_REQUEST}. Any other classification
 * not in the public set (e.g. a non-null field that resolved to null) is a server fault:
 * {@code INTERNAL_ERROR}. Locations and paths are kept, and messages too, except for the internals graphql-java
 * prints in some of them (a literal's syntax tree, Java class names: {@link ClientMessages}).
 */
@Component
public class ErrorClassificationInterceptor implements WebGraphQlInterceptor {

    /** graphql-java's introspection refusals, classified by name only ({@code ErrorClassification.errorClassification}). */
    private static final java.util.Set<String> CALLER_FAULTS = java.util.Set.of("IntrospectionDisabled", "BadFaithIntrospection");

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            List<GraphQLError> mapped = errors.stream().map(ErrorClassificationInterceptor::classify).toList();
            boolean unchanged = true;
            for (int i = 0; i < errors.size(); i++) {
                unchanged &= mapped.get(i) == errors.get(i);
            }
            return unchanged ? response : response.transform(builder -> builder.errors(mapped));
        });
    }

    static GraphQLError classify(GraphQLError error) {
        String message = ClientMessages.clean(error.getMessage());
        if (isPublic(error.getErrorType()) && java.util.Objects.equals(message, error.getMessage())) {
            return error;
        }
        ErrorType type = isPublic(error.getErrorType()) ? (ErrorType) error.getErrorType() : publicType(error.getErrorType());
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(type);
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            builder.path(error.getPath());
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && !extensions.isEmpty()) {
            java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>(extensions);
            copy.remove("classification");
            builder.extensions(copy);
        }
        return builder.build();
    }

    static ErrorType publicType(ErrorClassification classification) {
        if (CALLER_FAULTS.contains(String.valueOf(classification))) {
            return ErrorType.BAD_REQUEST;
        }
        if (classification instanceof graphql.ErrorType graphqlJavaType) {
            return switch (graphqlJavaType) {
                case InvalidSyntax, ValidationError, OperationNotSupported -> ErrorType.BAD_REQUEST;
                default -> ErrorType.INTERNAL_ERROR;
            };
        }
        return ErrorType.INTERNAL_ERROR;
    }

    private static boolean isPublic(ErrorClassification classification) {
        return classification instanceof ErrorType;
    }
}
