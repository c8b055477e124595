package eu.nis2assessor.adapter.graphql.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * {@code scalar DateTime}: RFC 3339 with an offset on input ({@code 2025-03-11T15:30:00+01:00}), always UTC on output
 * ({@code 2025-03-11T14:30:00Z}), to the microsecond (what PostgreSQL keeps). Java side: {@link OffsetDateTime} in UTC.
 */
public final class DateTimeCoercing implements Coercing<OffsetDateTime, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        Instant instant = switch (value) {
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case Instant i -> i;
            case null, default -> throw new CoercingSerializeException("DateTime: cannot serialise "
                    + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
        };
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    @Override
    public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String s)) {
            throw new CoercingParseValueException("DateTime: expected an RFC 3339 string with offset, e.g. 2025-03-11T14:30:00Z");
        }
        return parse(s, CoercingParseValueException::new);
    }

    @Override
    public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (!(input instanceof StringValue s)) {
            throw new CoercingParseLiteralException("DateTime: expected an RFC 3339 string with offset, e.g. 2025-03-11T14:30:00Z");
        }
        return parse(s.getValue(), CoercingParseLiteralException::new);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    private static <E extends RuntimeException> OffsetDateTime parse(String text, java.util.function.Function<String, E> error) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw error.apply("DateTime: '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                    + "' is not RFC 3339 with an offset (e.g. 2025-03-11T14:30:00Z)");
        }
    }
}
