package eu.nis2assessor.domain.group;

/**
 * Reading ahead in the loops that jump across a large structure. The group algorithms are linear, but their loops read
 * data of enterprises that lie anywhere in the structure (a linked group's members, its partners' sums and keys).
 * Once a structure no longer fits the processor's caches, each such read waits for main memory,
 * one after the other, because the work in between keeps the processor from reaching the next one.
 *
 * <p>So those loops first read what the iteration {@link #DISTANCE} steps later will need: a few plain reads that do
 * not depend on each other, which the processor sends to memory together while it works on the current iteration;
 * when that later iteration comes, its data are at hand. Java has no prefetch instruction; an ordinary read whose
 * value is kept stands in for one (unlike a prefetch it can hold the processor up when its data are late, so the
 * reads are few and made early). The values read are summed and handed to {@link #keep}, so that the compiler cannot
 * leave the reads out. Nothing computed depends on them: the results are the same with or without reading ahead.
 *
 * <p>Used where it pays, measured by {@code ./nis2 bench group-engine} (docs/benchmarks.md): the loops over the linked
 * groups, which read their members and partners. With it the 100,000-enterprise assessment takes about a tenth less
 * time and the 10,000-enterprise one the same. The loops over holdings (validation, linkage, partnerships) gained
 * nothing measurable from it and do without.
 */
final class ReadAhead {

    /** How many iterations ahead a loop reads: far enough for memory to answer, near enough to stay in the caches. */
    static final int DISTANCE = 16;

    /** How many iterations' data one read-ahead fetches: in one tight loop, so that their reads are in flight together. */
    static final int BATCH = 16;

    /** Where the sums of the values read ahead end up; never read. */
    @SuppressWarnings("unused")
    private static long kept;

    private ReadAhead() {
    }

    /** Keeps the sum of the values a loop has read ahead, so that the reads take place. */
    static void keep(long sum) {
        kept += sum;
    }
}
