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
    /** Holdings into enterprise x are inHoldings[inStart[x] .. inStart[x+1]). */
    final int[] inStart;
    final int[] inHoldings;

    IndexedStructure(GroupStructure structure) {
        this.structure = structure;
        this.enterprises = structure.enterprises();
        this.holdings = structure.holdings();
        this.n = enterprises.size();
        this.m = holdings.size();
        this.owner = new int[m];
        this.owned = new int[m];
        this.natural = structure.naturalPersons();
        this.keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = enterprises.get(i).key();
        }
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
        int[] fill = new int[n];
        for (int h = 0; h < m; h++) {
            int x = owned[h];
            inHoldings[inStart[x] + fill[x]++] = h;
        }
    }

    String key(int i) {
        return keys[i];
    }
}
