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
            throw new CoercingParseValueException("Decimal: " + switch (input) {
                case Number n -> "'" + n + "' is not a finite number";
                case String text -> notANumber(text);
                default -> "expected a JSON number or a numeric string, got " + describe(input);
            });
        }
        String outOfBounds = checkBounds(value);
        if (outOfBounds != null) {
            throw new CoercingParseValueException("Decimal: " + outOfBounds);
        }
        return bounded(value);
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
            throw new CoercingParseLiteralException("Decimal: " + (input instanceof StringValue s
                    ? notANumber(s.getValue())
                    : "expected a number or a numeric string, got "
                    + input.getClass().getSimpleName().replace("Value", "").toLowerCase(Locale.ROOT)));
        }
        String outOfBounds = checkBounds(value);
        if (outOfBounds != null) {
            throw new CoercingParseLiteralException("Decimal: " + outOfBounds);
        }
        return bounded(value);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return StringValue.of(serialize(input, context, locale));
    }

    /**
     * A number in plain or scientific notation written with ASCII characters only (digits, sign, point, exponent),
     * or {@code null} when the text is none. {@code BigDecimal} alone would also read other scripts' digits
     * ({@code "١٢"} as 12).
     */
    private static BigDecimal parseText(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return null;
            }
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** Why a text is not a Decimal, for the refusal. */
    private static String notANumber(String text) {
        return text.length() > MAX_TEXT_LENGTH
                ? "expected a numeric string of at most " + MAX_TEXT_LENGTH + " characters, got " + text.length()
                : "expected a JSON number or a numeric string, got '" + abbreviate(text) + "'";
    }

    /**
     * Why the value is out of bounds, or null. Digits are counted in {@code long}: an exponent near
     * {@code Integer.MIN_VALUE} (as in {@code 1e2147483647}) would make an {@code int} count wrap round and pass.
     * A zero passes whatever its exponent, and is then read as plain zero ({@link #bounded}).
     */
    private static String checkBounds(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "at most " + MAX_INTEGER_DIGITS + " digits before the decimal point";
        }
        if (stripped.scale() > MAX_FRACTION_DIGITS) {
            return "at most " + MAX_FRACTION_DIGITS + " digits after the decimal point";
        }
        return null;
    }

    /**
     * The value as the rules receive it: a zero written with an exponent out of the digit bounds ({@code 0e-99},
     * {@code 0e2147483648}) becomes plain zero, whose scale cannot overflow later arithmetic; any other value is
     * kept as written (its scale is within the bounds).
     */
    private static BigDecimal bounded(BigDecimal value) {
        if (value.signum() == 0 && (value.scale() > MAX_FRACTION_DIGITS || value.scale() < -MAX_INTEGER_DIGITS)) {
            return BigDecimal.ZERO;
        }
        return value;
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
