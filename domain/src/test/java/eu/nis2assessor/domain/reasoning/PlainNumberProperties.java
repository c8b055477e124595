package eu.nis2assessor.domain.reasoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link PlainNumber} writes what {@code stripTrailingZeros().toPlainString()} writes, for every BigDecimal. */
class PlainNumberProperties {

    @Property(tries = 2000)
    void sameAsStripTrailingZerosToPlainString(@ForAll long seed) {
        Random random = new Random(seed);
        for (int k = 0; k < 50; k++) {
            BigDecimal value = number(random);
            String expected = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
            assertThat(PlainNumber.of(value)).as("%s (scale %d)", value, value.scale()).isEqualTo(expected);
            assertThat(PlainNumber.append(new StringBuilder("x"), value).toString()).isEqualTo("x" + expected);
        }
    }

    @Example
    void theCasesTheTextsMeet() {
        assertThat(PlainNumber.of(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(PlainNumber.of(new BigDecimal("60000000.00"))).isEqualTo("60000000");
        assertThat(PlainNumber.of(new BigDecimal("6E+7"))).isEqualTo("60000000");
        assertThat(PlainNumber.of(new BigDecimal("0.005"))).isEqualTo("0.005");
        assertThat(PlainNumber.of(new BigDecimal("-0.0050"))).isEqualTo("-0.005");
        assertThat(PlainNumber.of(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(PlainNumber.of(new BigDecimal("0E+3"))).isEqualTo("0");
        assertThat(PlainNumber.of(new BigDecimal("249.5"))).isEqualTo("249.5");
        assertThat(PlainNumber.of(new BigDecimal("100.0000000001"))).isEqualTo("100.0000000001");
        assertThat(PlainNumber.of(new BigDecimal("999999999999999999.9"))).isEqualTo("999999999999999999.9");
        assertThat(PlainNumber.of(new BigDecimal("-9.223372036854775808"))).isEqualTo("-9.223372036854775808");
    }

    /** Values of every kind: small and large unscaled values, positive, zero and negative scales, both signs. */
    private static BigDecimal number(Random random) {
        BigInteger unscaled = switch (random.nextInt(5)) {
            case 0 -> BigInteger.valueOf(random.nextInt(1000));
            case 1 -> BigInteger.valueOf(random.nextLong() % 1_000_000_000_000_000_000L);
            case 2 -> BigInteger.valueOf(random.nextInt(100)).multiply(BigInteger.TEN.pow(random.nextInt(12)));
            case 3 -> new BigInteger(70 + random.nextInt(60), random);
            default -> BigInteger.valueOf(random.nextLong());
        };
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, random.nextInt(24) - 4);
    }
}
