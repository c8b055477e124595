package eu.nis2assessor.domain.group;

import java.math.BigDecimal;

/**
 * A column of exact decimal numbers that follows {@link BigDecimal}'s arithmetic to the digit: a sum has the larger
 * scale of its terms, a product the sum of their scales, and nothing is ever rounded. A value is kept as an unscaled
 * {@code long} and a scale while it fits, and becomes a {@code BigDecimal} only when it does not; {@link #get} gives
 * the same value with the same scale as the {@code BigDecimal} operations would. The group algorithms add up the
 * figures of many enterprises: kept in arrays, the sums need no object per step and stay close together in memory.
 * A new cell holds zero with scale 0, like {@link BigDecimal#ZERO}.
 */
final class DecimalColumn {

    /** The scale to pass for a factor whose unscaled value does not fit a long. */
    static final int NO_LONG = Integer.MIN_VALUE;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final long[] unscaled;
    private final int[] scale;
    /** Cells whose value does not fit a long; {@code null} until one does not. */
    private BigDecimal[] big;

    DecimalColumn(int size) {
        this.unscaled = new long[size];
        this.scale = new int[size];
    }

    BigDecimal get(int i) {
        BigDecimal b = big == null ? null : big[i];
        return b != null ? b : BigDecimal.valueOf(unscaled[i], scale[i]);
    }

    /** Sets cell {@code i} to {@code value} (its scale kept). */
    void set(int i, BigDecimal value) {
        if (value.precision() > 18) {
            bigCells()[i] = value;
            return;
        }
        if (big != null) {
            big[i] = null;
        }
        unscaled[i] = unscaled(value);
        scale[i] = value.scale();
    }

    /** Cell {@code i} += {@code value}. */
    void add(int i, BigDecimal value) {
        if (value.precision() > 18 || isBig(i)) {
            bigCells()[i] = get(i).add(value);
            return;
        }
        add(i, unscaled(value), value.scale());
    }

    /** Cell {@code i} += cell {@code j} of {@code other}. */
    void add(int i, DecimalColumn other, int j) {
        if (other.isBig(j)) {
            bigCells()[i] = get(i).add(other.get(j));
        } else {
            add(i, other.unscaled[j], other.scale[j]);
        }
    }

    /**
     * Cell {@code i} += cell {@code j} of {@code other} × {@code factor} (as {@code BigDecimal.multiply}), with the
     * factor also given as unscaled value and scale ({@link #unscaled}, {@link #NO_LONG} as scale when it has none).
     */
    void addProduct(int i, DecimalColumn other, int j, BigDecimal factor, long factorUnscaled, int factorScale) {
        long x = other.unscaled[j];
        long product = x * factorUnscaled;
        if (factorScale == NO_LONG || other.isBig(j) || Math.multiplyHigh(x, factorUnscaled) != (product >> 63)) {
            bigCells()[i] = get(i).add(other.get(j).multiply(factor));
            return;
        }
        add(i, product, other.scale[j] + factorScale);
    }

    /** The unscaled value of {@code value} when it fits a long (then its scale can be used), else 0. */
    static long unscaled(BigDecimal value) {
        if (value.precision() > 18) {
            return 0;
        }
        return value.scale() == 0 ? value.longValue() : value.unscaledValue().longValue();
    }

    /** The scale of {@code value}, or {@link #NO_LONG} when its unscaled value does not fit a long. */
    static int scale(BigDecimal value) {
        return value.precision() > 18 ? NO_LONG : value.scale();
    }

    /** Copies cell {@code j} of {@code other} into cell {@code i}. */
    void copy(int i, DecimalColumn other, int j) {
        if (other.isBig(j)) {
            bigCells()[i] = other.big[j];
            return;
        }
        if (big != null) {
            big[i] = null;
        }
        unscaled[i] = other.unscaled[j];
        scale[i] = other.scale[j];
    }

    /** Cell {@code i} += u × 10<sup>-s</sup>, with BigDecimal's scale: the larger of the two. */
    private void add(int i, long u, int s) {
        if (isBig(i)) {
            big[i] = big[i].add(BigDecimal.valueOf(u, s));
            return;
        }
        long a = unscaled[i];
        int sa = scale[i];
        long x = a;
        long y = u;
        int sum = Math.max(sa, s);
        if (s > sa) {
            x = scaleUp(a, s - sa);
        } else if (s < sa) {
            y = scaleUp(u, sa - s);
        }
        long r = x + y;
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE || ((x ^ r) & (y ^ r)) < 0) {
            bigCells()[i] = BigDecimal.valueOf(a, sa).add(BigDecimal.valueOf(u, s));
            return;
        }
        unscaled[i] = r;
        scale[i] = sum;
    }

    /** v × 10<sup>d</sup>, or {@link Long#MIN_VALUE} when it does not fit (never a valid result here). */
    private static long scaleUp(long v, int d) {
        if (d >= POW10.length) {
            return v == 0 ? 0 : Long.MIN_VALUE;
        }
        long p = POW10[d];
        long r = v * p;
        return Math.multiplyHigh(v, p) != (r >> 63) || r == Long.MIN_VALUE ? Long.MIN_VALUE : r;
    }

    private boolean isBig(int i) {
        return big != null && big[i] != null;
    }

    private BigDecimal[] bigCells() {
        if (big == null) {
            big = new BigDecimal[unscaled.length];
        }
        return big;
    }
}
