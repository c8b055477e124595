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
        this.natural = new boolean[n];
        for (int i = 0; i < n; i++) {
            natural[i] = enterprises.get(i).naturalPerson();
        }
        this.inStart = new int[n + 1];
        for (int h = 0; h < m; h++) {
            Holding holding = holdings.get(h);
            owner[h] = structure.indexOf(holding.owner());
            owned[h] = structure.indexOf(holding.owned());
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
        return enterprises.get(i).key();
    }
}
