package eu.nis2assessor.adapter.graphql.scalar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.BooleanValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DecimalCoercingTest {

    private final DecimalCoercing coercing = new DecimalCoercing();
    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void serialisesInPlainNotationWithoutTrailingZeros() {
        assertThat(serialize(new BigDecimal("10000000"))).isEqualTo("10000000");
        assertThat(serialize(new BigDecimal("1E+7"))).isEqualTo("10000000");
        assertThat(serialize(new BigDecimal("249.50"))).isEqualTo("249.5");
        assertThat(serialize(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(serialize(new BigDecimal("0.30"))).isEqualTo("0.3");
        assertThat(serialize(new BigDecimal("-1.10"))).isEqualTo("-1.1");
        assertThat(serialize(42)).isEqualTo("42");
        assertThat(serialize(42L)).isEqualTo("42");
        assertThat(serialize(BigInteger.TEN)).isEqualTo("10");
    }

    @Test
    void acceptsJsonNumbersAndNumericStringsAsVariables() {
        assertThat(parseValue(249.5)).isEqualByComparingTo("249.5");
        assertThat(parseValue(0.1)).isEqualTo(new BigDecimal("0.1"));
        assertThat(parseValue(10_000_000)).isEqualByComparingTo("10000000");
        assertThat(parseValue(10_000_000_000L)).isEqualByComparingTo("10000000000");
        assertThat(parseValue(new BigInteger("123456789012345678901234567890"))).isEqualByComparingTo("123456789012345678901234567890");
        assertThat(parseValue(new BigDecimal("1.25"))).isEqualByComparingTo("1.25");
        assertThat(parseValue("249.50")).isEqualByComparingTo("249.5");
        assertThat(parseValue("1E+7")).isEqualByComparingTo("10000000");
        assertThat(parseValue("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void acceptsIntFloatAndStringLiterals() {
        assertThat(parseLiteral(new IntValue(BigInteger.valueOf(180)))).isEqualByComparingTo("180");
        assertThat(parseLiteral(new FloatValue(new BigDecimal("49.5")))).isEqualByComparingTo("49.5");
        assertThat(parseLiteral(new StringValue("62000000"))).isEqualByComparingTo("62000000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "NaN", "Infinity", "-Infinity", "1,5", " 1", "0x10", "1e"})
    void refusesTextThatIsNotADecimal(String text) {
        assertThatThrownBy(() -> parseValue(text))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageStartingWith("Decimal: ");
        assertThatThrownBy(() -> parseLiteral(new StringValue(text)))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessageStartingWith("Decimal: ");
    }

    @Test
    void refusesOtherJsonTypesNamingWhatCame() {
        assertThatThrownBy(() -> parseValue(true)).hasMessage("Decimal: expected a JSON number or a numeric string, got boolean true");
        assertThatThrownBy(() -> parseValue(Map.of("a", 1))).hasMessageContaining("got an object");
        assertThatThrownBy(() -> parseValue(List.of(1))).hasMessageContaining("got a list");
        assertThatThrownBy(() -> parseValue(Double.NaN)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> parseValue(Double.POSITIVE_INFINITY)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> parseValue("abc")).hasMessage("Decimal: expected a JSON number or a numeric string, got 'abc'");
        assertThatThrownBy(() -> parseLiteral(new BooleanValue(true)))
                .isInstanceOf(CoercingParseLiteralException.class)
                .hasMessage("Decimal: expected a number or a numeric string, got boolean");
    }

    @Test
    void boundsMagnitudeAndPrecisionSoThatArithmeticStaysCheap() {
        assertThat(parseValue("1" + "0".repeat(29))).isEqualByComparingTo("1E+29");
        assertThatThrownBy(() -> parseValue("1" + "0".repeat(30))).hasMessage("Decimal: at most 30 digits before the decimal point");
        assertThatThrownBy(() -> parseValue("1e999999999")).hasMessage("Decimal: at most 30 digits before the decimal point");
        assertThatThrownBy(() -> parseLiteral(new StringValue("1e999999999"))).isInstanceOf(CoercingParseLiteralException.class);
        assertThat(parseValue("0." + "0".repeat(19) + "1")).isEqualByComparingTo("1E-20");
        assertThatThrownBy(() -> parseValue("1e-21")).hasMessage("Decimal: at most 20 digits after the decimal point");
        assertThatThrownBy(() -> parseValue("1".repeat(65))).hasMessageStartingWith("Decimal: expected");
        assertThat(parseValue("100.000000000000000000000000")).as("trailing zeros do not count").isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483647", "1e2147483648", "-1e2147483647", "9.9e2147483647", "1e-2147483647"})
    void refusesExponentsAtTheEdgeOfAnIntWhereADigitCountCouldWrapRound(String text) {
        assertThatThrownBy(() -> parseValue(text)).isInstanceOf(CoercingParseValueException.class)
                .hasMessageMatching("Decimal: at most \\d+ digits (before|after) the decimal point");
        assertThatThrownBy(() -> parseValue(new BigDecimal(text))).isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> parseLiteral(new FloatValue(new BigDecimal(text))))
                .isInstanceOf(CoercingParseLiteralException.class);
        assertThatThrownBy(() -> parseLiteral(new StringValue(text))).isInstanceOf(CoercingParseLiteralException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0e2147483648", "0e-2147483647", "0e-99", "-0E+99"})
    void aZeroWithAnyExponentIsPlainZero(String text) {
        assertThat(parseValue(text)).isEqualTo(BigDecimal.ZERO);
        assertThat(parseLiteral(new StringValue(text))).isEqualTo(BigDecimal.ZERO);
        assertThat(parseValue("0.00")).as("a zero within the bounds keeps its scale").isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void readsAsciiDigitsOnly() {
        assertThatThrownBy(() -> parseValue("\u0661\u0662")).hasMessageStartingWith("Decimal: expected a JSON number");
        assertThatThrownBy(() -> parseValue("\uFF11\uFF12")).hasMessageStartingWith("Decimal: expected a JSON number");
        assertThatThrownBy(() -> parseLiteral(new StringValue("\u0661\u0662")))
                .isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void aTooLongTextIsRefusedForItsLength() {
        assertThatThrownBy(() -> parseValue("1".repeat(5000)))
                .hasMessage("Decimal: expected a numeric string of at most 64 characters, got 5000");
    }

    @Test
    void valueToLiteralIsAString() {
        assertThat(coercing.valueToLiteral(new BigDecimal("2.50"), context, Locale.ROOT))
                .isInstanceOfSatisfying(StringValue.class, s -> assertThat(s.getValue()).isEqualTo("2.5"));
    }

    private String serialize(Object value) {
        return coercing.serialize(value, context, Locale.ROOT);
    }

    private BigDecimal parseValue(Object value) {
        return coercing.parseValue(value, context, Locale.ROOT);
    }

    private BigDecimal parseLiteral(graphql.language.Value<?> value) {
        return coercing.parseLiteral(value, CoercedVariables.emptyVariables(), context, Locale.ROOT);
    }
}
