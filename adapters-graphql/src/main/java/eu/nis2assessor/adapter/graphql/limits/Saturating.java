package eu.nis2assessor.adapter.graphql.limits;

/** Long arithmetic that sticks at {@link Long#MAX_VALUE} instead of overflowing: fragment fan-out can be exponential. */
final class Saturating {

    private Saturating() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
    }
}
