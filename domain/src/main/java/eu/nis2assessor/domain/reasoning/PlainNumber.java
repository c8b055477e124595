package eu.nis2assessor.domain.reasoning;

import java.math.BigDecimal;

/**
 * Numbers as the reasoning texts write them: plain notation without trailing zeros ({@code 12.5}, {@code 60000000},
 * never {@code 12.50} or {@code 6E+7}), the same as {@code stripTrailingZeros().toPlainString()}. Written straight into
 * the text being built: the figures of every linked group appear in several texts, and a string per number made only
 * to be copied into a text is garbage for the collector in a large group.
 */
public final class PlainNumber {

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) {
            POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
        }
    }

    private PlainNumber() {
    }

    /** The number in plain notation without trailing zeros. */
    public static String of(BigDecimal value) {
        return append(new StringBuilder(24), value).toString();
    }

    /** Appends the number in plain notation without trailing zeros. */
    public static StringBuilder append(StringBuilder text, BigDecimal value) {
        int scale = value.scale();
        if (value.precision() > 18 || scale < 0 || scale > 18) {
            return text.append(slow(value));
        }
        if (scale == 0) {
            return text.append(value.longValue()); // an exact long: no object made
        }
        // the unscaled value (|u| < 10^18), with one small object where unscaledValue() makes two
        long u = value.movePointRight(scale).longValue();
        while (scale > 0 && u % 10 == 0) {
            u /= 10;
            scale--;
        }
        if (scale == 0) {
            return text.append(u);
        }
        if (u < 0) {
            text.append('-');
            u = -u;
        }
        long power = POWERS_OF_TEN[scale];
        long fraction = u % power;
        text.append(u / power).append('.');
        for (int digits = digits(fraction); digits < scale; digits++) {
            text.append('0');
        }
        return text.append(fraction);
    }

    private static int digits(long positive) {
        int digits = 1;
        while (digits < POWERS_OF_TEN.length && positive >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    private static String slow(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.toPlainString();
    }
}
