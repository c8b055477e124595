package eu.nis2assessor.adapter.graphql.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code scalar CountryCode}: an ISO 3166-1 alpha-2 code in upper case ({@code DE}, {@code FR}; Greece is {@code GR}).
 * Codes that ISO 3166-1 does not assign ({@code EL}, {@code UK}, {@code XX}) are refused. Java side: {@link String}.
 */
public final class CountryCodeCoercing implements Coercing<String, String> {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof String s) {
            return s;
        }
        throw new CoercingSerializeException("CountryCode: cannot serialise " + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
    }

    @Override
    public String parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String s)) {
            throw new CoercingParseValueException("CountryCode: expected an ISO 3166-1 alpha-2 code, e.g. DE");
        }
        return parse(s, CoercingParseValueException::new);
    }

    @Override
    public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue s)) {
            throw new CoercingParseLiteralException("CountryCode: expected an ISO 3166-1 alpha-2 code, e.g. DE");
        }
        return parse(s.getValue(), CoercingParseLiteralException::new);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    static <E extends RuntimeException> String parse(String text, Function<String, E> error) {
        if (!ISO_COUNTRIES.contains(text)) {
            throw error.apply("CountryCode: '" + (text.length() > 10 ? text.substring(0, 10) + "..." : text)
                    + "' is not an ISO 3166-1 alpha-2 code in upper case (e.g. DE; Greece is GR)");
        }
        return text;
    }
}
