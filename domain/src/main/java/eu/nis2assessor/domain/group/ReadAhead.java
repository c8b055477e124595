package eu.nis2assessor.domain.group;

/**
 * Reading ahead in the loops that jump across a large structure. The group algorithms are linear, but their loops read
 * data of enterprises that lie anywhere in the structure (a linked group's members, its partners' sums and keys).
 * Once a structure no longer fits the processor's caches, each such read waits for main memory,
 * one after the other, because the work in between keeps the processor from reaching the next one.
 *
 * <p>So those loops first read what the iterations {@link #DISTANCE} to {@code DISTANCE + BATCH - 1} steps later will
 * need, {@link #BATCH} iterations' worth at once: plain reads that do not depend on each other, in a tight loop (one
 * loop per level where a read needs the one before, such as an enterprise and then its list of activities), which the
 * processor sends to memory together while it goes on; when those iterations come, their data are at hand. Java has no
 * prefetch instruction; an ordinary read whose value is kept stands in for one. Unlike a prefetch it holds the
 * processor up until its data arrive, which is why the reads are gathered: read one iteration at a time, between the
 * long iterations of the work, each group of reads waited for memory on its own; gathered, dozens wait together. The
 * values read are summed and handed to {@link #keep}, so that the compiler cannot leave the reads out. Nothing computed
 * depends on them: the results are the same with or without reading ahead.
 *
 * <p>The same idea, without a distance, where a whole pass can be split: a tight loop first reads what lies anywhere in
 * the structure into an array in the order of the pass (the owners of the holdings for the partnerships, the slots of
 * the key table), and the pass then reads that array.
 *
 * <p>Used where it pays, measured by {@code ./nis2 bench group-engine} and profiles of 100,000 against 10,000
 * enterprises (docs/benchmarks.md): the loops over the linked groups, which read their members and partners, and the
 * comparison of the holdings' keys with the packed keys, block by block, in the validation.
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
