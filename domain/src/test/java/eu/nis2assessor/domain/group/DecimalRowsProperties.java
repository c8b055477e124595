package eu.nis2assessor.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link DecimalRows} and {@link PercentUnits} must give exactly what BigDecimal arithmetic gives: the same value
 * and the same scale (the texts show the scale), whether the numbers fit a long or not.
 */
class DecimalRowsProperties {

    @Property(tries = 500)
    void sumsAndProductsEqualBigDecimalArithmeticToTheScale(@ForAll long seed) {
        Random random = new Random(seed);
        int width = 3;
        DecimalRows rows = new DecimalRows(3, width);
        DecimalRows other = new DecimalRows(2, width);
        BigDecimal[][] expected = new BigDecimal[3][width];
        BigDecimal[] copied = new BigDecimal[width];
        for (int column = 0; column < width; column++) {
            expected[0][column] = BigDecimal.ZERO;
            expected[1][column] = BigDecimal.ZERO;
            copied[column] = number(random);
            other.set(1, column, copied[column]);
            assertThat(other.get(1, column)).isEqualTo(copied[column]);
        }
        rows.copyRow(2, other, 1);
        for (int step = 0; step < 36; step++) {
            int row = random.nextInt(2);
            int column = random.nextInt(width);
            BigDecimal value = number(random);
            switch (random.nextInt(3)) {
                case 0 -> {
                    rows.add(row, column, value);
                    expected[row][column] = expected[row][column].add(value);
                }
                case 1 -> {
                    other.set(0, column, value);
                    rows.add(row, column, other, 0);
                    expected[row][column] = expected[row][column].add(value);
                }
                default -> {
                    BigDecimal factor = share(random);
                    other.set(0, column, value);
                    rows.addProduct(row, column, other, 0, factor, DecimalRows.unscaled(factor),
                            DecimalRows.scale(factor));
                    expected[row][column] = expected[row][column].add(value.multiply(factor));
                }
            }
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < width; c++) {
                    // BigDecimal.equals compares value and scale
                    assertThat(rows.get(r, c)).as("step %d, cell %d/%d", step, r, c).isEqualTo(expected[r][c]);
                }
            }
        }
        for (int column = 0; column < width; column++) {
            assertThat(rows.get(2, column)).isEqualTo(copied[column]);
        }
        // copying a row replaces what was there, whether it fitted a long or not
        rows.copyRow(0, rows, 2);
        for (int column = 0; column < width; column++) {
            assertThat(rows.get(0, column)).isEqualTo(copied[column]);
        }
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
