package eu.nis2assessor.domain.group;

import java.math.BigDecimal;

/**
 * Rows of exact decimal numbers (a few columns per row, side by side in memory, so that one row is one or two cache
 * lines) that follow {@link BigDecimal}'s arithmetic to the digit: a sum has the larger
 * scale of its terms, a product the sum of their scales, and nothing is ever rounded. A value is kept as an unscaled
 * {@code long} and a scale while it fits, and becomes a {@code BigDecimal} only when it does not; {@link #get} gives
 * the same value with the same scale as the {@code BigDecimal} operations would. The group algorithms add up the
 * figures of many enterprises: kept in arrays, the sums need no object per step and stay close together in memory.
 * A new cell holds zero with scale 0, like {@link BigDecimal#ZERO}. Operations between two tables work on the same
 * column of each.
 */
final class DecimalRows {

    /** The scale to pass for a factor whose unscaled value does not fit a long. */
    static final int NO_LONG = Integer.MIN_VALUE;
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final int width;
    /** Cell (row, column) is cells[2k] (unscaled value) and cells[2k + 1] (scale), k = row * width + column. */
    private final long[] cells;
    /** Cells whose value does not fit a long, by k; {@code null} until one does not. */
    private BigDecimal[] big;

    DecimalRows(int rows, int width) {
        this.width = width;
        this.cells = new long[rows * width * 2];
    }

    /**
     * Reads the first and the last word of a row (the first column's unscaled value, the last column's scale), so that
     * the row's cache lines are at hand for the operations on it (see {@link ReadAhead}); values kept as
     * {@code BigDecimal} are not read.
     *
     * @return a value made of what was read
     */
    long readAhead(int row) {
        int k = row * width * 2;
        return cells[k] + cells[k + width * 2 - 1];
    }

    BigDecimal get(int row, int column) {
        int k = row * width + column;
        BigDecimal b = big == null ? null : big[k];
        return b != null ? b : BigDecimal.valueOf(cells[2 * k], (int) cells[2 * k + 1]);
    }

    /** Sets a cell to {@code value} (its scale kept). */
    void set(int row, int column, BigDecimal value) {
        int k = row * width + column;
        if (value.precision() > 18) {
            bigCells()[k] = value;
            return;
        }
        if (big != null) {
            big[k] = null;
        }
        cells[2 * k] = unscaled(value);
        cells[2 * k + 1] = value.scale();
    }

    /** A cell += {@code value}. */
    void add(int row, int column, BigDecimal value) {
        int k = row * width + column;
        if (value.precision() > 18 || isBig(k)) {
            bigCells()[k] = get(row, column).add(value);
            return;
        }
        add(k, unscaled(value), value.scale());
    }

    /** A cell += the same column of row {@code otherRow} of {@code other}. */
    void add(int row, int column, DecimalRows other, int otherRow) {
        int j = otherRow * other.width + column;
        if (other.isBig(j)) {
            int k = row * width + column;
            bigCells()[k] = get(row, column).add(other.big[j]);
        } else {
            add(row * width + column, other.cells[2 * j], (int) other.cells[2 * j + 1]);
        }
    }

    /**
     * A cell += the same column of row {@code otherRow} of {@code other} × {@code factor} (as
     * {@code BigDecimal.multiply}), with the factor also given as unscaled value and scale ({@link #unscaled},
     * {@link #NO_LONG} as scale when it has none).
     */
    void addProduct(int row, int column, DecimalRows other, int otherRow, BigDecimal factor, long factorUnscaled,
                    int factorScale) {
        int j = otherRow * other.width + column;
        long x = other.cells[2 * j];
        long product = x * factorUnscaled;
        if (factorScale == NO_LONG || other.isBig(j) || Math.multiplyHigh(x, factorUnscaled) != (product >> 63)) {
            bigCells()[row * width + column] = get(row, column).add(other.get(otherRow, column).multiply(factor));
            return;
        }
        add(row * width + column, product, (int) other.cells[2 * j + 1] + factorScale);
    }

    /** Copies row {@code otherRow} of {@code other} (of the same width) into row {@code row}. */
    void copyRow(int row, DecimalRows other, int otherRow) {
        System.arraycopy(other.cells, otherRow * width * 2, cells, row * width * 2, width * 2);
        if (big != null || other.big != null) {
            for (int column = 0; column < width; column++) {
                int j = otherRow * width + column;
                BigDecimal value = other.big == null ? null : other.big[j];
                if (value != null) {
                    bigCells()[row * width + column] = value;
                } else if (big != null) {
                    big[row * width + column] = null;
                }
            }
        }
    }

    /** The unscaled value of {@code value} when it fits a long (then its scale can be used), else 0. */
    static long unscaled(BigDecimal value) {
        if (value.precision() > 18) {
            return 0;
        }
        int scale = value.scale();
        if (scale == 0) {
            return value.longValue();
        }
        // moving the point by the scale gives the unscaled value with scale 0: one small object, where
        // unscaledValue() builds a BigInteger and its int[]
        return scale > 0 ? value.movePointRight(scale).longValue() : value.unscaledValue().longValue();
    }

    /** The scale of {@code value}, or {@link #NO_LONG} when its unscaled value does not fit a long. */
    static int scale(BigDecimal value) {
        return value.precision() > 18 ? NO_LONG : value.scale();
    }

    /** Cell k += u × 10<sup>-s</sup>, with BigDecimal's scale: the larger of the two. */
    private void add(int k, long u, int s) {
        if (isBig(k)) {
            big[k] = big[k].add(BigDecimal.valueOf(u, s));
            return;
        }
        long a = cells[2 * k];
        int sa = (int) cells[2 * k + 1];
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
            bigCells()[k] = BigDecimal.valueOf(a, sa).add(BigDecimal.valueOf(u, s));
            return;
        }
        cells[2 * k] = r;
        cells[2 * k + 1] = sum;
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

    private boolean isBig(int k) {
        return big != null && big[k] != null;
    }

    private BigDecimal[] bigCells() {
        if (big == null) {
            big = new BigDecimal[cells.length / 2];
        }
        return big;
    }
}
