package eu.nis2assessor.adapter.graphql.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** {@code scalar Date}: an ISO 8601 calendar date ({@code 2025-12-31}). Java side: {@link LocalDate}. */
public final class DateCoercing implements Coercing<LocalDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        throw new CoercingSerializeException("Date: cannot serialise " + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String s)) {
            throw new CoercingParseValueException("Date: expected an ISO 8601 date string, e.g. 2025-12-31");
        }
        return parse(s, CoercingParseValueException::new);
    }

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue s)) {
            throw new CoercingParseLiteralException("Date: expected an ISO 8601 date string, e.g. 2025-12-31");
        }
        return parse(s.getValue(), CoercingParseLiteralException::new);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    static <E extends RuntimeException> LocalDate parse(String text, Function<String, E> error) {
        try {
            if (text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error.apply("Date: '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    + "' is not an ISO 8601 date (e.g. 2025-12-31)");
        }
    }
}
