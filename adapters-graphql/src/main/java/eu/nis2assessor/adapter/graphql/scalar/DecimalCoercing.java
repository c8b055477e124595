package eu.nis2assessor.adapter.graphql.scalar;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The {@code Decimal} scalar: an exact decimal, written as a JSON string in plain notation without trailing zeros
 * ({@code "10000000"}, {@code "249.5"}), read from a JSON number or a string.
 *
 * <p>Input is bounded ({@value #MAX_INTEGER_DIGITS} digits before, {@value #MAX_FRACTION_DIGITS} after the point,
 * {@value #MAX_TEXT_LENGTH} characters of text) so that a value like {@code "1e999999999"} cannot make later
 * arithmetic allocate gigabytes. Anything else (booleans, objects, non-numeric text, {@code NaN}, infinities) is
 * refused with a message that says what was expected; graphql-java reports it as a validation error naming the
 * argument or variable, which the error mapping classifies {@code BAD_REQUEST}.
 */
public final class DecimalCoercing implements Coercing<BigDecimal, String> {

    static final int MAX_INTEGER_DIGITS = 30;
    static final int MAX_FRACTION_DIGITS = 20;
    static final int MAX_TEXT_LENGTH = 64;

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        BigDecimal decimal = switch (value) {
            case BigDecimal d -> d;
            case BigInteger i -> new BigDecimal(i);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Short s -> BigDecimal.valueOf(s);
            case Byte b -> BigDecimal.valueOf(b);
            case String s -> {
                try {
                    yield new BigDecimal(s);
                } catch (NumberFormatException e) {
                    throw new CoercingSerializeException("Decimal: cannot serialise '" + s + "'");
                }
            }
            default -> throw new CoercingSerializeException("Decimal: cannot serialise a " + value.getClass().getSimpleName());
        };
        return format(decimal);
    }

    /** Plain notation without trailing zeros: {@code 1.0E+7} becomes {@code "10000000"}, {@code 249.50} {@code "249.5"}. */
    public static String format(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
        BigDecimal value = null;
        switch (input) {
            case BigDecimal d -> value = d;
            case BigInteger i -> value = new BigDecimal(i);
            case Integer i -> value = BigDecimal.valueOf(i);
            case Long l -> value = BigDecimal.valueOf(l);
            case Short s -> value = BigDecimal.valueOf(s);
            case Double d when Double.isFinite(d) -> value = BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> value = new BigDecimal(f.toString());
            case String s -> value = parseText(s);
            default -> {
            }
        }
        if (value == null) {
            throw new CoercingParseValueException("Decimal: " + (input instanceof Number
                    ? "'" + input + "' is not a finite number"
                    : "expected a JSON number or a numeric string, got " + describe(input)));
        }
        String outOfBounds = checkBounds(value);
        if (outOfBounds != null) {
            throw new CoercingParseValueException("Decimal: " + outOfBounds);
        }
        return value;
    }

    @Override
    public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        BigDecimal value = switch (input) {
            case IntValue i -> new BigDecimal(i.getValue());
            case FloatValue f -> f.getValue();
            case StringValue s -> parseText(s.getValue());
            default -> null;
        };
        if (value == null) {
            throw new CoercingParseLiteralException("Decimal: expected a number or a numeric string, got "
                    + (input instanceof StringValue s ? "'" + abbreviate(s.getValue()) + "'" : input.getClass().getSimpleName()
                    .replace("Value", "").toLowerCase(Locale.ROOT)));
        }
        String outOfBounds = checkBounds(value);
        if (outOfBounds != null) {
            throw new CoercingParseLiteralException("Decimal: " + outOfBounds);
        }
        return value;
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    /** A number in plain or scientific notation, or {@code null} when the text is none. */
    private static BigDecimal parseText(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String checkBounds(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            return "at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    private static String describe(Object input) {
        return switch (input) {
            case null -> "null";
            case Boolean b -> "boolean " + b;
            case java.util.Map<?, ?> m -> "an object";
            case java.util.Collection<?> c -> "a list";
            case String s -> "'" + abbreviate(s) + "'";
            default -> "a " + input.getClass().getSimpleName();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
