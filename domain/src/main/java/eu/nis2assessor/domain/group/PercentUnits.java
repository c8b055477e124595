package eu.nis2assessor.domain.group;

import java.math.BigDecimal;

/**
 * Percentages as exact fixed-point numbers in a {@code long}: units of 10<sup>-9</sup> %. The group algorithms add
 * up percentages of many holdings; kept in {@code long} arrays, the sums need no {@code BigDecimal} object per step
 * and stay close together in memory. A percentage with more than nine significant decimal places has no exact unit
 * value ({@link #INEXACT}): the algorithms then fall back to {@code BigDecimal} for the sums it enters, so every
 * result stays exact.
 */
final class PercentUnits {

    static final int SCALE = 9;
    static final long ONE_PERCENT = 1_000_000_000L;
    static final long TWENTY_FIVE = 25 * ONE_PERCENT;
    static final long FIFTY = 50 * ONE_PERCENT;
    static final long HUNDRED = 100 * ONE_PERCENT;
    /** No exact unit value; a valid percentage is never negative, so this value is free. */
    static final long INEXACT = -1;
    /** Not given. */
    static final long ABSENT = -2;

    private PercentUnits() {
    }

    /** @param percent a percentage between 0 and 100 (checked by {@link Holding}) */
    static long of(BigDecimal percent) {
        if (percent.scale() == 0) {
            return percent.longValue() * ONE_PERCENT;
        }
        try {
            return percent.movePointRight(SCALE).longValueExact();
        } catch (ArithmeticException moreDecimalPlaces) {
            return INEXACT;
        }
    }

    /** {@link #of}, or {@link #ABSENT} for {@code null}. */
    static long ofNullable(BigDecimal percent) {
        return percent == null ? ABSENT : of(percent);
    }

    /** The exact value of a unit sum, as a number (its scale is not that of the percentages added). */
    static BigDecimal value(long units) {
        return BigDecimal.valueOf(units, SCALE);
    }
}
