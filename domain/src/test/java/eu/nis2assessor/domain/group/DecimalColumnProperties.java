package eu.nis2assessor.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link DecimalColumn} and {@link PercentUnits} must give exactly what BigDecimal arithmetic gives: the same value
 * and the same scale (the texts show the scale), whether the numbers fit a long or not.
 */
class DecimalColumnProperties {

    @Property(tries = 500)
    void sumsAndProductsEqualBigDecimalArithmeticToTheScale(@ForAll long seed) {
        Random random = new Random(seed);
        DecimalColumn column = new DecimalColumn(2);
        DecimalColumn other = new DecimalColumn(1);
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal start = number(random);
        other.set(0, start);
        assertThat(other.get(0)).isEqualTo(start);
        column.copy(1, other, 0);
        BigDecimal copied = start;
        for (int step = 0; step < 12; step++) {
            BigDecimal value = number(random);
            switch (random.nextInt(3)) {
                case 0 -> {
                    column.add(0, value);
                    expected = expected.add(value);
                }
                case 1 -> {
                    other.set(0, value);
                    column.add(0, other, 0);
                    expected = expected.add(value);
                }
                default -> {
                    BigDecimal factor = share(random);
                    other.set(0, value);
                    column.addProduct(0, other, 0, factor, DecimalColumn.unscaled(factor), DecimalColumn.scale(factor));
                    expected = expected.add(value.multiply(factor));
                }
            }
            // BigDecimal.equals compares value and scale
            assertThat(column.get(0)).as("step %d", step).isEqualTo(expected);
        }
        assertThat(column.get(1)).isEqualTo(copied);
    }

    @Property(tries = 300)
    void percentUnitsAreExactOrSayInexact(@ForAll long seed) {
        Random random = new Random(seed);
        BigDecimal percent = new BigDecimal(BigInteger.valueOf(random.nextInt(100_001)), random.nextInt(16) - 2)
                .min(BigDecimal.valueOf(100));
        long units = PercentUnits.of(percent);
        if (units == PercentUnits.INEXACT) {
            assertThat(percent.stripTrailingZeros().scale()).isGreaterThan(PercentUnits.SCALE);
        } else {
            assertThat(PercentUnits.value(units).compareTo(percent)).isZero();
        }
    }

    /** Small and large values, scales from -3 to 20, a few that do not fit a long. */
    private static BigDecimal number(Random random) {
        BigInteger unscaled = switch (random.nextInt(4)) {
            case 0 -> BigInteger.valueOf(random.nextInt(1000));
            case 1 -> BigInteger.valueOf(random.nextLong() & Long.MAX_VALUE);
            case 2 -> new BigInteger(90, random);
            default -> BigInteger.valueOf(random.nextInt(100_000_000));
        };
        return new BigDecimal(unscaled, random.nextInt(24) - 3);
    }

    private static BigDecimal share(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ONE;
            case 1 -> new BigDecimal("0.25");
            case 2 -> BigDecimal.valueOf(random.nextInt(100_000), 5).stripTrailingZeros();
            default -> new BigDecimal(new BigInteger(70, random), 21);
        };
    }
}
