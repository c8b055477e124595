package eu.nis2assessor.adapter.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;

/** The error mapping, executed by Spring GraphQL on a small schema whose fields throw. */
class GraphQlExceptionResolverTest {

    private static final String SDL = """
            type Query {
              invalid: String
              broken: String
              fine: String
              wrapped: String
              unbound: String
            }
            """;

    private final DefaultExecutionGraphQlService service = new DefaultExecutionGraphQlService(
            GraphQlSource.schemaResourceBuilder()
                    .schemaResources(new ByteArrayResource(SDL.getBytes(StandardCharsets.UTF_8)))
                    .configureRuntimeWiring(wiring -> wiring.type("Query", type -> type
                            .dataFetcher("invalid", env -> {
                                throw new IllegalArgumentException("holdings[3].capitalPercent: must be between 0 and 100");
                            })
                            .dataFetcher("broken", env -> {
                                throw new IllegalStateException("select * from secret_table failed");
                            })
                            .dataFetcher("wrapped", env -> {
                                throw new IllegalStateException("binding failed",
                                        new IllegalArgumentException("figures.headcount: must not be negative"));
                            })
                            .dataFetcher("unbound", env -> {
                                BindException bind = new BindException(new Object(), "input");
                                bind.addError(new FieldError("input", "enterprises[0].key", "must not be blank"));
                                throw bind;
                            })
                            .dataFetcher("fine", env -> "ok")))
                    .exceptionResolvers(List.of(new GraphQlExceptionResolver()))
                    .build());

    private ExecutionResult execute(String document) {
        ExecutionGraphQlResponse response = service.execute(
                new DefaultExecutionGraphQlRequest(document, null, null, null, "test-1", null)).block();
        assertThat(response).isNotNull();
        return response.getExecutionResult();
    }

    @Test
    void illegalArgumentIsBadRequestWithItsMessage() {
        ExecutionResult result = execute("{ invalid fine }");
        assertThat(result.getErrors()).hasSize(1);
        GraphQLError error = result.getErrors().getFirst();
        assertThat(error.getMessage()).isEqualTo("holdings[3].capitalPercent: must be between 0 and 100");
        assertThat(error.toSpecification()).extractingByKey("extensions")
                .isEqualTo(Map.of("classification", "BAD_REQUEST"));
        assertThat(error.getPath()).containsExactly("invalid");
        assertThat(result.<Map<String, Object>>getData()).containsEntry("fine", "ok");
    }

    @Test
    void invalidInputInTheCauseChainOrFromBindingIsBadRequest() {
        ExecutionResult result = execute("{ wrapped unbound }");
        assertThat(result.getErrors()).extracting(GraphQLError::getMessage).containsExactlyInAnyOrder(
                "figures.headcount: must not be negative", "enterprises[0].key: must not be blank");
        assertThat(result.getErrors()).allSatisfy(error -> assertThat(error.getErrorType())
                .isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST));
    }

    @Test
    void anyOtherExceptionIsAnInternalErrorThatLeaksNothing() {
        GraphQLError error = execute("{ broken }").getErrors().getFirst();
        assertThat(error.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR);
        assertThat(error.getMessage()).startsWith("Internal error (reference ")
                .doesNotContain("secret_table", "IllegalStateException");
    }

    @Test
    void graphqlJavasOwnClassificationsAreMappedOntoThePublicSet() {
        GraphQLError syntax = GraphqlErrorBuilder.newError().message("Invalid syntax")
                .errorType(ErrorType.InvalidSyntax).location(new SourceLocation(1, 3)).build();
        GraphQLError mapped = ErrorClassificationInterceptor.classify(syntax);
        assertThat(mapped.getErrorType()).isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
        assertThat(mapped.getMessage()).isEqualTo("Invalid syntax");
        assertThat(mapped.getLocations()).containsExactly(new SourceLocation(1, 3));

        assertThat(ErrorClassificationInterceptor.publicType(ErrorType.ValidationError))
                .isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
        assertThat(ErrorClassificationInterceptor.publicType(ErrorType.OperationNotSupported))
                .isEqualTo(org.springframework.graphql.execution.ErrorType.BAD_REQUEST);
        assertThat(ErrorClassificationInterceptor.publicType(ErrorType.NullValueInNonNullableField))
                .isEqualTo(org.springframework.graphql.execution.ErrorType.INTERNAL_ERROR);

        GraphQLError alreadyPublic = GraphqlErrorBuilder.newError().message("x")
                .errorType(org.springframework.graphql.execution.ErrorType.NOT_FOUND).build();
        assertThat(ErrorClassificationInterceptor.classify(alreadyPublic)).isSameAs(alreadyPublic);
    }
}
