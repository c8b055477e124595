package eu.nis2assessor.adapter.graphql.error;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Names the offending field when a variable cannot be coerced. graphql-java reports a bad value anywhere inside a
 * variable as {@code Variable 'structure' has an invalid value: Decimal: ... got 'abc'}, without saying where; for a
 * structure of thousands of enterprises that is no help. When such an error comes back, this walks the variable's
 * raw value along its input type to the first value that does not coerce, and puts its path into the message:
 * {@code Variable 'structure' has an invalid value at enterprises[3].figures.headcount: Decimal: ... got 'abc'}.
 * Only failed requests pay for the walk; everything else about the error (classification, locations) is kept.
 */
@Component
public class VariableErrorPathInterceptor implements WebGraphQlInterceptor {

    static final String PREFIX = "Variable '";
    static final String INVALID = "' has an invalid value: ";
    /** graphql-java's message for a key of a variable's object that its type does not define: no variable, no path. */
    static final String UNDEFINED_FIELD = "The variables input contains a field name '";

    private final GraphQlSource graphQlSource;

    public VariableErrorPathInterceptor(GraphQlSource graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.isEmpty() || errors.stream().noneMatch(VariableErrorPathInterceptor::isVariableError)) {
                return response;
            }
            List<GraphQLError> located = new ArrayList<>(errors.size());
            for (GraphQLError error : errors) {
                located.add(isVariableError(error) ? locate(error, request) : error);
            }
            return response.transform(builder -> builder.errors(located));
        });
    }

    private static boolean isVariableError(GraphQLError error) {
        String message = error.getMessage();
        return message != null && (message.startsWith(PREFIX) && message.contains(INVALID)
                || message.startsWith(UNDEFINED_FIELD));
    }

    private GraphQLError locate(GraphQLError error, WebGraphQlRequest request) {
        String message = error.getMessage();
        String located;
        try {
            located = message.startsWith(UNDEFINED_FIELD) ? locateUndefinedField(message, request)
                    : locateInvalidValue(message, request);
        } catch (RuntimeException unexpected) {
            return error; // the original message is still correct, only less precise
        }
        if (located == null) {
            return error;
        }
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(located).errorType(error.getErrorType());
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            builder.path(error.getPath());
        }
        if (error.getExtensions() != null && !error.getExtensions().isEmpty()) {
            builder.extensions(error.getExtensions());
        }
        return builder.build();
    }

    /** {@code Variable 's' has an invalid value at holdings[3].capitalPercent: <reason>}, or {@code null}. */
    private String locateInvalidValue(String message, WebGraphQlRequest request) {
        int end = message.indexOf(INVALID);
        String variable = message.substring(PREFIX.length(), end);
        String path = pathOfInvalidValue(request, variable);
        if (path == null || path.isEmpty()) {
            return null;
        }
        return message.substring(0, end) + "' has an invalid value at " + path + ": "
                + message.substring(end + INVALID.length());
    }

    /**
     * graphql-java names the undefined field and its type but neither the variable nor where inside it: the first
     * variable of the operation with a key its type does not define gives both, {@code Variable 's' has an invalid
     * value at holdings[1].capitalPct: field 'capitalPct' is not defined for input object type 'HoldingInput'}.
     */
    private String locateUndefinedField(String message, WebGraphQlRequest request) {
        Document document = Parser.parse(request.getDocument());
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (request.getOperationName() != null && !request.getOperationName().equals(operation.getName())) {
                continue;
            }
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                String path = pathOfInvalidValue(request, definition.getName());
                if (path != null && !path.isEmpty()) {
                    String reason = message.substring("The variables input contains a ".length()).strip();
                    return PREFIX + definition.getName() + "' has an invalid value at " + path + ": "
                            + reason.replace("field name '", "field '")
                            .replace("that is not defined", "is not defined");
                }
            }
        }
        return null;
    }

    /** The path inside the variable (e.g. {@code enterprises[3].figures.headcount}) of the first value that does not coerce. */
    String pathOfInvalidValue(WebGraphQlRequest request, String variable) {
        Document document = Parser.parse(request.getDocument());
        GraphQLSchema schema = graphQlSource.schema();
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (request.getOperationName() != null && !request.getOperationName().equals(operation.getName())) {
                continue;
            }
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (definition.getName().equals(variable)) {
                    GraphQLType type = typeOf(definition.getType(), schema);
                    if (!(type instanceof GraphQLInputType inputType)) {
                        return null;
                    }
                    Map<String, Object> variables = request.getVariables();
                    return walk(inputType, variables.get(variable), "");
                }
            }
        }
        return null;
    }

    private static GraphQLType typeOf(graphql.language.Type<?> type, GraphQLSchema schema) {
        return switch (type) {
            case graphql.language.NonNullType nonNull -> {
                GraphQLType inner = typeOf(nonNull.getType(), schema);
                yield inner == null ? null : GraphQLNonNull.nonNull(inner);
            }
            case graphql.language.ListType list -> {
                GraphQLType inner = typeOf(list.getType(), schema);
                yield inner == null ? null : GraphQLList.list(inner);
            }
            case graphql.language.TypeName name -> schema.getType(name.getName());
            default -> null;
        };
    }

    /** The path of the first invalid value below {@code value}, "" for the value itself, or {@code null} when all is valid. */
    private static String walk(GraphQLInputType type, Object value, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? path : walk((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (value == null) {
            return null;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        switch (unwrapped) {
            case GraphQLList list -> {
                GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
                if (value instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        String found = walk(element, items.get(i), path + "[" + i + "]");
                        if (found != null) {
                            return found;
                        }
                    }
                    return null;
                }
                return walk(element, value, path);
            }
            case GraphQLInputObjectType object -> {
                if (!(value instanceof Map<?, ?> map)) {
                    return path;
                }
                for (Object key : map.keySet()) {
                    if (object.getField(String.valueOf(key)) == null) {
                        return join(path, String.valueOf(key));
                    }
                }
                for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                    Object fieldValue = map.get(field.getName());
                    if (!map.containsKey(field.getName()) && field.hasSetDefaultValue()) {
                        continue;
                    }
                    String found = walk(field.getType(), fieldValue, join(path, field.getName()));
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case GraphQLScalarType scalar -> {
                try {
                    scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.getDefault());
                    return null;
                } catch (RuntimeException invalid) {
                    return path;
                }
            }
            case GraphQLEnumType enumType -> {
                try {
                    enumType.parseValue(value, GraphQLContext.getDefault(), Locale.getDefault());
                    return null;
                } catch (RuntimeException invalid) {
                    return path;
                }
            }
            default -> {
                return null;
            }
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
