package eu.nis2assessor.domain.group;

import java.util.List;

/** Array view of a {@link GroupStructure} for the linear-time algorithms: holdings by owned enterprise. */
final class IndexedStructure {

    final GroupStructure structure;
    final List<Enterprise> enterprises;
    final List<Holding> holdings;
    final int n;
    final int m;
    final int[] owner;
    final int[] owned;
    final boolean[] natural;
    /** The enterprises' keys by position: the texts list many keys, read here without touching the enterprises. */
    final String[] keys;
    /** The enterprises' keys, one after the other: key i is keyChars[keyStart[i] .. keyStart[i+1]). */
    final char[] keyChars;
    final int[] keyStart;
    /** The enterprises' investor categories ({@code null} for none). */
    final InvestorCategory[] investor;
    /** Holdings into enterprise x are inHoldings[inStart[x] .. inStart[x+1]). */
    final int[] inStart;
    final int[] inHoldings;
    /**
     * For the holding at inHoldings[k]: its owner, and its capital, voting and control-vote percentages in
     * {@link PercentUnits} ({@link PercentUnits#ABSENT} when not given). Laid out in the order the algorithms read
     * them, so that they read arrays rather than holdings spread over memory.
     */
    final int[] inOwner;
    final long[] inCapital;
    final long[] inVoting;
    final long[] inVotes;

    IndexedStructure(GroupStructure structure) {
        this.structure = structure;
        this.enterprises = structure.enterprises();
        this.holdings = structure.holdings();
        this.n = enterprises.size();
        this.m = holdings.size();
        this.owner = new int[m];
        this.owned = new int[m];
        this.natural = structure.naturalPersons();
        this.keys = structure.keys();
        this.investor = structure.investorCategories();
        this.keyChars = structure.keyIndex().chars;
        this.keyStart = structure.keyIndex().start;
        this.inStart = new int[n + 1];
        for (int h = 0; h < m; h++) {
            // positions found by the validation: no key lookups here
            owner[h] = structure.holdingOwner(h);
            owned[h] = structure.holdingOwned(h);
            inStart[owned[h] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            inStart[i + 1] += inStart[i];
        }
        this.inHoldings = new int[m];
        this.inOwner = new int[m];
        this.inCapital = new long[m];
        this.inVoting = new long[m];
        this.inVotes = new long[m];
        int[] fill = new int[n];
        for (int h = 0; h < m; h++) {
            int x = owned[h];
            int k = inStart[x] + fill[x]++;
            // the percentages as the validation read them: the holdings themselves are not touched again
            inHoldings[k] = h;
            inOwner[k] = owner[h];
            inCapital[k] = structure.holdingCapital(h);
            inVoting[k] = structure.holdingVoting(h);
            inVotes[k] = inVoting[k] != PercentUnits.ABSENT ? inVoting[k] : inCapital[k];
        }
    }

    String key(int i) {
        return keys[i];
    }

    /** Appends the key of enterprise {@code i} from the packed copy (no look at the key's own object). */
    StringBuilder appendKey(StringBuilder text, int i) {
        return text.append(keyChars, keyStart[i], keyStart[i + 1] - keyStart[i]);
    }
}
