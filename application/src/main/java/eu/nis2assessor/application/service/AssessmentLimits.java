package eu.nis2assessor.application.service;

import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import java.util.List;

/**
 * Upper bounds on the size of one group structure, whether assessed in one stateless call, imported, or assessed as
 * stored, so that one call cannot take the service's memory or CPU from everyone else.
 *
 * @param maxEnterprises most enterprises (including natural persons) in one structure; at least 1
 * @param maxHoldings    most holdings in one structure; at least 0
 * @param maxListEntries most entries in the structure's market groups ({@code sameOrAdjacentMarkets}) and its
 *                       enterprises' consolidated-accounts {@code includes} together (see {@link #listEntries}); at
 *                       least 0
 */
public record AssessmentLimits(int maxEnterprises, int maxHoldings, int maxListEntries) {

    public static final int DEFAULT_MAX_ENTERPRISES = 10_000;
    public static final int DEFAULT_MAX_HOLDINGS = 50_000;
    public static final int DEFAULT_MAX_LIST_ENTRIES = 50_000;

    /** 10,000 enterprises, 50,000 holdings and 50,000 market-group and consolidated-accounts entries per call. */
    public static final AssessmentLimits DEFAULTS = new AssessmentLimits(DEFAULT_MAX_ENTERPRISES, DEFAULT_MAX_HOLDINGS,
            DEFAULT_MAX_LIST_ENTRIES);

    public AssessmentLimits {
        if (maxEnterprises < 1) {
            throw new IllegalArgumentException("maxEnterprises: must be at least 1 (got " + maxEnterprises + ")");
        }
        if (maxHoldings < 0) {
            throw new IllegalArgumentException("maxHoldings: must not be negative (got " + maxHoldings + ")");
        }
        if (maxListEntries < 0) {
            throw new IllegalArgumentException("maxListEntries: must not be negative (got " + maxListEntries + ")");
        }
    }

    /** The structure's entries counted against {@link #maxListEntries()}. */
    public static long listEntries(GroupStructure structure) {
        return listEntries(structure.enterprises(), structure.sameOrAdjacentMarkets());
    }

    /**
     * The entries counted against {@link #maxListEntries()}: the sizes of all market groups plus the sizes of every
     * enterprise's consolidated-accounts {@code includes}, duplicates counted. Linear in the number of enterprises
     * and market groups, so it can run before any quadratic work.
     *
     * @param sameOrAdjacentMarkets {@code null} = not known (no entries)
     */
    public static long listEntries(List<Enterprise> enterprises, List<List<String>> sameOrAdjacentMarkets) {
        long entries = 0;
        if (sameOrAdjacentMarkets != null) {
            for (List<String> market : sameOrAdjacentMarkets) {
                entries += market.size();
            }
        }
        for (Enterprise e : enterprises) {
            ConsolidatedAccounts accounts = e.consolidatedAccounts();
            if (accounts != null) {
                entries += accounts.includes().size();
            }
        }
        return entries;
    }
}
