package eu.nis2assessor.domain.group;

import java.util.Arrays;
import java.util.Map;

/**
 * Shape statistics of a group structure for the benchmarks: the linked groups (Rec 2003/361 Annex Art 3(3)) and
 * partnerships as the engine finds them, and the number of contributions the law makes the answer list (every
 * member of a linked group counts every other member at 100 %, and every member of each partner group pro rata).
 * A random graph above the percolation threshold forms a giant linked group whose contributions grow with the
 * square of its size: these figures show whether a larger benchmark structure has the same shape as a smaller one.
 */
public final class GroupShapeStatistics {

    private GroupShapeStatistics() {
    }

    /** One line: enterprises, holdings, linked groups, their size distribution, partner pairs, contributions. */
    public static String describe(GroupStructure structure) {
        IndexedStructure s = new IndexedStructure(structure);
        LinkagePolicy.Linkage linkage = new LinkagePolicy().link(s);
        PartnershipPolicy.Partnerships partnerships = new PartnershipPolicy().find(s, linkage);
        int groups = linkage.count;
        int[] sizes = new int[groups];
        long sumSquares = 0;
        int singles = 0;
        for (int c = 0; c < groups; c++) {
            sizes[c] = linkage.size(c);
            sumSquares += (long) sizes[c] * sizes[c];
            if (sizes[c] == 1) {
                singles++;
            }
        }
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        // contributions per member of group c: its own group plus every member of each partner group
        long[] partnerMembers = new long[groups];
        for (int c = 0; c < groups; c++) {
            for (int k = partnerships.start[c]; k < partnerships.start[c + 1]; k++) {
                partnerMembers[c] += sizes[partnerships.partner[k]];
            }
        }
        long contributions = 0;
        for (int c = 0; c < groups; c++) {
            contributions += (long) sizes[c] * (sizes[c] + partnerMembers[c]);
        }
        int top = Math.min(5, groups);
        int[] largest = new int[top];
        for (int k = 0; k < top; k++) {
            largest[k] = sorted[groups - 1 - k];
        }
        return String.format("enterprises %d, holdings %d, linked groups %d (%d of one enterprise), largest %s"
                        + " (%.2f %% of all), mean linked-group size per enterprise %.2f, partner pairs %d,"
                        + " contributions %d (%.2f per enterprise)",
                s.n, s.m, groups, singles, Arrays.toString(largest), 100.0 * largest[0] / s.n,
                (double) sumSquares / s.n, partnerships.pairCount(), contributions, (double) contributions / s.n);
    }
}
