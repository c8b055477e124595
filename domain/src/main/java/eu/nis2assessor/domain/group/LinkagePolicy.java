package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.reasoning.LegalBasis.REC_ART_3_3;
import static eu.nis2assessor.domain.reasoning.LegalBasis.REC_ART_3_3_FOURTH;
import static eu.nis2assessor.domain.reasoning.LegalBasis.REC_ART_6_2;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rec 2003/361 Annex Art 3(3): which enterprises are linked. Enterprises are linked when one holds a
 * majority of the other's voting rights (more than 50 %), or has a board-majority, dominant-influence or
 * voting-agreement right over it; voting rights held directly and through linked enterprises are added
 * up; linkage is transitive (sister companies are linked through their parent). Natural persons link
 * the enterprises they control only when these operate on the same or adjacent markets. Inclusion line
 * by line in consolidated accounts is taken as linkage (it presupposes control).
 *
 * <p>Linear in enterprises + holdings apart from the joint-majority fixpoint, which repeats only while
 * it finds new joint majorities.
 */
final class LinkagePolicy {

    static final String RULE = "Linked enterprises";
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    /** The linked groups: every enterprise's group, and the members of each group. */
    static final class Linkage {
        final int[] component;
        final int count;
        final int[] start;
        final int[] members;
        /** Steps and assumptions that concern one group, keyed by group. */
        final Map<Integer, List<ReasoningStep>> steps = new HashMap<>();
        final Map<Integer, List<String>> assumptions = new HashMap<>();

        Linkage(int[] component, int count) {
            this.component = component;
            this.count = count;
            this.start = new int[count + 1];
            for (int c : component) {
                start[c + 1]++;
            }
            for (int c = 0; c < count; c++) {
                start[c + 1] += start[c];
            }
            this.members = new int[component.length];
            int[] fill = new int[count];
            for (int i = 0; i < component.length; i++) {
                int c = component[i];
                members[start[c] + fill[c]++] = i;
            }
        }

        int size(int c) {
            return start[c + 1] - start[c];
        }
    }

    /** Whether the voting rights of holding {@code h} (in units, as taken for control) are more than 50 %. */
    private static boolean aboveFifty(IndexedStructure s, int h, long units) {
        if (units == PercentUnits.INEXACT) {
            return s.holdings.get(h).votesForControl().compareTo(FIFTY) > 0;
        }
        return units != PercentUnits.ABSENT && units > PercentUnits.FIFTY;
    }

    Linkage link(IndexedStructure s) {
        UnionFind uf = new UnionFind(s.n);
        List<int[]> naturalLinks = new ArrayList<>();
        List<Integer> assumedVotes = new ArrayList<>();
        boolean marketsUnknownUsed = false;

        // (a)-(d) directly: one enterprise's own holding.
        // From the arrays the validation filled (control rights, percentages in exact units): the holdings themselves
        // are read only for a percentage with more decimal places than the units hold.
        for (int h = 0; h < s.m; h++) {
            if (s.natural[s.owner[h]]) {
                continue;
            }
            boolean control = s.structure.holdingControl(h);
            long voting = s.structure.holdingVoting(h);
            long capital = s.structure.holdingCapital(h);
            if (control || aboveFifty(s, h, voting != PercentUnits.ABSENT ? voting : capital)) {
                uf.union(s.owner[h], s.owned[h]);
                // voting rights not given, taken to follow a majority of the capital
                if (!control && voting == PercentUnits.ABSENT) {
                    assumedVotes.add(h);
                }
            }
        }
        // Consolidated line by line: controlled, hence linked.
        for (int i = 0; s.structure.anyConsolidatedAccounts() && i < s.n; i++) {
            ConsolidatedAccounts accounts = s.enterprises.get(i).consolidatedAccounts();
            if (accounts != null) {
                for (String included : accounts.includes()) {
                    uf.union(i, s.structure.indexOf(included));
                }
            }
        }
        // Natural persons: link only on the same or adjacent markets.
        java.util.Set<Long> controlFromCapital = new java.util.HashSet<>();
        // (person, enterprise) pairs where the person links the enterprise with another one it controls
        java.util.Set<Long> personLinked = new java.util.HashSet<>();
        // every union the natural persons make, for the linkage without assumed voting rights below
        List<int[]> naturalUnions = new ArrayList<>();
        Map<Integer, List<Integer>> controlledByPerson = controlledByNaturalPersons(s, controlFromCapital);
        if (!controlledByPerson.isEmpty()) {
            List<List<String>> markets = s.structure.sameOrAdjacentMarkets();
            List<List<Integer>> marketsOf = null;
            if (markets != null) {
                marketsOf = new ArrayList<>(s.n);
                for (int i = 0; i < s.n; i++) {
                    marketsOf.add(null);
                }
                for (int g = 0; g < markets.size(); g++) {
                    for (String key : markets.get(g)) {
                        int i = s.structure.indexOf(key);
                        if (marketsOf.get(i) == null) {
                            marketsOf.set(i, new ArrayList<>(2));
                        }
                        marketsOf.get(i).add(g);
                    }
                }
            }
            for (Map.Entry<Integer, List<Integer>> e : controlledByPerson.entrySet()) {
                List<Integer> controlled = e.getValue();
                if (controlled.size() < 2) {
                    continue;
                }
                if (marketsOf == null) {
                    marketsUnknownUsed = true;
                    for (int k = 1; k < controlled.size(); k++) {
                        uf.union(controlled.get(0), controlled.get(k));
                        naturalUnions.add(new int[] {controlled.get(0), controlled.get(k)});
                        naturalLinks.add(new int[] {e.getKey(), controlled.get(0), controlled.get(k)});
                    }
                    for (int x : controlled) {
                        personLinked.add(((long) e.getKey() << 32) | x);
                    }
                } else {
                    Map<Integer, Integer> firstOnMarket = new HashMap<>();
                    for (int x : controlled) {
                        List<Integer> ms = marketsOf.get(x);
                        if (ms == null) {
                            continue;
                        }
                        // the enterprises met before on x's markets, in key order (the one controlled first on each
                        // market is the one of smallest key), so that the step names the same pair whatever the
                        // order of the market groups
                        java.util.TreeSet<Integer> firsts =
                                new java.util.TreeSet<>(java.util.Comparator.comparing(s::key));
                        for (int g : ms) {
                            Integer first = firstOnMarket.putIfAbsent(g, x);
                            if (first != null && first != x) {
                                firsts.add(first);
                            }
                        }
                        for (int first : firsts) {
                            // both are linked through the person, whether or not they already were otherwise
                            personLinked.add(((long) e.getKey() << 32) | first);
                            personLinked.add(((long) e.getKey() << 32) | x);
                            naturalUnions.add(new int[] {first, x});
                            if (uf.union(first, x)) {
                                naturalLinks.add(new int[] {e.getKey(), first, x});
                            }
                        }
                    }
                }
            }
        }
        // Voting rights held directly and through linked enterprises are added up, until nothing changes.
        jointMajorities(s, uf, false);

        int[] rootToComponent = new int[s.n];
        java.util.Arrays.fill(rootToComponent, -1);
        int[] component = new int[s.n];
        int count = 0;
        for (int i = 0; i < s.n; i++) {
            int r = uf.find(i);
            if (rootToComponent[r] < 0) {
                rootToComponent[r] = count++;
            }
            component[i] = rootToComponent[r];
        }
        Linkage linkage = new Linkage(component, count);
        for (int[] link : naturalLinks) {
            int c = component[link[1]];
            linkage.steps.computeIfAbsent(c, k -> new ArrayList<>()).add(ReasoningStep.of(RULE,
                    "linked through a natural person",
                    "'" + s.key(link[1]) + "' and '" + s.key(link[2]) + "' are both controlled by the natural person '"
                            + s.key(link[0]) + "'" + (marketsUnknownUsed
                            ? " and are assumed to operate on the same or adjacent markets"
                            : " and operate on the same or adjacent markets") + ": they are linked.",
                    REC_ART_3_3_FOURTH));
            if (marketsUnknownUsed) {
                addOnce(linkage.assumptions.computeIfAbsent(c, k -> new ArrayList<>()), "Markets not given: enterprises"
                        + " controlled by the same natural person are assumed to operate on the same or adjacent markets"
                        + " and hence to be linked (Rec 2003/361 Annex Art 3(3) fourth subparagraph).");
            }
        }
        // in a fixed order (by the person's key, then the enterprise's), whatever the order of the input
        java.util.TreeSet<Long> byKeys = new java.util.TreeSet<>(java.util.Comparator
                .<Long, String>comparing(pair -> s.key((int) (pair >>> 32)))
                .thenComparing(pair -> s.key((int) (long) pair)));
        byKeys.addAll(controlFromCapital);
        for (long pair : byKeys) {
            if (personLinked.contains(pair)) {
                int person = (int) (pair >>> 32);
                int x = (int) pair;
                addOnce(linkage.assumptions.computeIfAbsent(component[x], key -> new ArrayList<>()), "Voting rights of"
                        + " the natural person '" + s.key(person) + "' in '" + s.key(x) + "' not given: assumed to follow"
                        + " the capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3) fourth"
                        + " subparagraph).");
            }
        }
        jointAssumptions(s, linkage, naturalUnions);
        // by the held enterprise's key, then the holder's, not in input order
        assumedVotes.sort(java.util.Comparator.<Integer, String>comparing(h -> s.key(s.owned[h]))
                .thenComparing(h -> s.key(s.owner[h])));
        for (int h : assumedVotes) {
            int c = component[s.owned[h]];
            Holding holding = s.holdings.get(h);
            linkage.assumptions.computeIfAbsent(c, k -> new ArrayList<>()).add("Voting rights of '" + holding.owner()
                    + "' in '" + holding.owned() + "' not given: assumed to follow its capital share of "
                    + holding.capitalPercent().toPlainString() + " %, a majority that links them (Rec 2003/361 Annex"
                    + " Art 3(3)(a)).");
        }
        return linkage;
    }

    /**
     * The enterprises each natural person controls; the (person, enterprise) pairs whose control rests on capital taken
     * for voting rights not given go to {@code fromCapital}.
     */
    private static Map<Integer, List<Integer>> controlledByNaturalPersons(IndexedStructure s,
                                                                          java.util.Set<Long> fromCapital) {
        Map<Long, BigDecimal> votes = new HashMap<>();
        Map<Long, Boolean> rights = new HashMap<>();
        java.util.Set<Long> capitalOnly = new java.util.HashSet<>();
        Map<Long, BigDecimal> givenVotes = new HashMap<>();
        for (int h = 0; h < s.m; h++) {
            if (!s.natural[s.owner[h]]) {
                continue;
            }
            long pair = ((long) s.owner[h] << 32) | s.owned[h];
            Holding holding = s.holdings.get(h);
            if (holding.votesForControl() != null) {
                votes.merge(pair, holding.votesForControl(), BigDecimal::add);
                if (holding.votingPercent() == null) {
                    if (holding.capitalPercent().signum() > 0) {
                        capitalOnly.add(pair);
                    }
                } else {
                    givenVotes.merge(pair, holding.votingPercent(), BigDecimal::add);
                }
            }
            if (!holding.controlRights().isEmpty()) {
                rights.put(pair, Boolean.TRUE);
            }
        }
        // persons and their enterprises by key, so that the links (and their steps) do not depend on the input order
        Map<Integer, List<Integer>> controlled = new java.util.TreeMap<>(java.util.Comparator.comparing(s::key));
        java.util.Set<Long> pairs = new java.util.TreeSet<>(votes.keySet());
        pairs.addAll(rights.keySet());
        for (long pair : pairs) {
            BigDecimal v = votes.get(pair);
            if (rights.containsKey(pair) || (v != null && v.compareTo(FIFTY) > 0)) {
                controlled.computeIfAbsent((int) (pair >>> 32), k -> new ArrayList<>()).add((int) pair);
                BigDecimal given = givenVotes.get(pair);
                if (!rights.containsKey(pair) && capitalOnly.contains(pair)
                        && (given == null || given.compareTo(FIFTY) <= 0)) {
                    fromCapital.add(pair); // the majority needs the capital taken for votes
                }
            }
        }
        for (List<Integer> enterprises : controlled.values()) {
            enterprises.sort(java.util.Comparator.comparing(s::key));
        }
        return controlled;
    }

    /**
     * The assumption lines for holdings of 50 % of the capital or less whose voting rights are not given, where the
     * link rests on voting rights assumed to follow the capital: enterprises linked with those assumptions but not
     * without them (the linkage is worked out again on the voting rights given). Worked out from the linked groups
     * alone, so that the lines do not depend on the order of the input; only when such a holding exists.
     */
    private static void jointAssumptions(IndexedStructure s, Linkage linkage, List<int[]> naturalUnions) {
        boolean anyCapitalOnly = false;
        for (int k = 0; k < s.m && !anyCapitalOnly; k++) {
            // the packed percentages first: most structures give voting rights wherever they give capital
            anyCapitalOnly = s.inVoting[k] == PercentUnits.ABSENT && s.inCapital[k] != PercentUnits.ABSENT
                    && s.inCapital[k] != 0;
        }
        if (!anyCapitalOnly) {
            return;
        }
        List<Integer> candidates = new ArrayList<>();
        for (int h = 0; h < s.m; h++) {
            Holding holding = s.holdings.get(h);
            if (!s.natural[s.owner[h]] && holding.votingPercent() == null && holding.capitalPercent() != null
                    && holding.capitalPercent().signum() > 0 && !holding.votesAssumedFromCapital()
                    && linkage.component[s.owner[h]] == linkage.component[s.owned[h]]) {
                candidates.add(h);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        UnionFind given = new UnionFind(s.n);
        for (int h = 0; h < s.m; h++) {
            Holding holding = s.holdings.get(h);
            if (!s.natural[s.owner[h]] && (!holding.controlRights().isEmpty()
                    || holding.votingPercent() != null && holding.votingPercent().compareTo(FIFTY) > 0)) {
                given.union(s.owner[h], s.owned[h]);
            }
        }
        for (int i = 0; i < s.n; i++) {
            ConsolidatedAccounts accounts = s.enterprises.get(i).consolidatedAccounts();
            if (accounts != null) {
                for (String included : accounts.includes()) {
                    given.union(i, s.structure.indexOf(included));
                }
            }
        }
        for (int[] pair : naturalUnions) {
            given.union(pair[0], pair[1]);
        }
        jointMajorities(s, given, true);
        candidates.sort(java.util.Comparator.<Integer, String>comparing(h -> s.key(s.owned[h]))
                .thenComparing(h -> s.key(s.owner[h])));
        for (int h : candidates) {
            if (given.find(s.owner[h]) != given.find(s.owned[h])) {
                addOnce(linkage.assumptions.computeIfAbsent(linkage.component[s.owned[h]], k -> new ArrayList<>()),
                        "Voting rights of '" + s.key(s.owner[h]) + "' in '" + s.key(s.owned[h]) + "' not given: assumed"
                                + " to follow its capital share; the link between them rests on voting rights assumed in"
                                + " this way, added up with those of linked enterprises (Rec 2003/361 Annex Art 3(3)(a)).");
            }
        }
    }

    /**
     * Links the enterprises whose voting rights, with those of their linked enterprises, add up to a majority; with
     * {@code givenOnly}, voting rights not given count for nothing (instead of following the capital).
     */
    private static void jointMajorities(IndexedStructure s, UnionFind uf, boolean givenOnly) {
        List<Integer> candidates = new ArrayList<>();
        for (int x = 0; x < s.n; x++) {
            if (s.inStart[x + 1] - s.inStart[x] >= 2) {
                candidates.add(x);
            }
        }
        int[] roots = new int[8];
        // per owning linked group: the votes in exact units, or in BigDecimal once a percentage has no unit value
        long[] sums = new long[8];
        BigDecimal[] exact = new BigDecimal[8];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int x : candidates) {
                int from = s.inStart[x];
                int to = s.inStart[x + 1];
                int degree = to - from;
                if (roots.length < degree) {
                    roots = new int[degree];
                    sums = new long[degree];
                    exact = new BigDecimal[degree];
                }
                int groups = 0;
                int rx = uf.find(x);
                java.util.Map<Integer, Integer> slots = degree > LINEAR_SCAN ? new HashMap<>() : null;
                for (int k = from; k < to; k++) {
                    int o = s.inOwner[k];
                    long v = givenOnly ? s.inVoting[k] : s.inVotes[k];
                    if (s.natural[o] || v == PercentUnits.ABSENT) {
                        continue;
                    }
                    int r = uf.find(o);
                    if (r == rx) {
                        continue;
                    }
                    int g = slot(slots, roots, groups, r, degree);
                    if (g == groups) {
                        if (slots != null) {
                            slots.put(r, groups);
                        }
                        roots[groups] = r;
                        sums[groups] = 0;
                        exact[groups++] = null;
                    }
                    if (v != PercentUnits.INEXACT && exact[g] == null) {
                        sums[g] += v;
                    } else {
                        BigDecimal sum = exact[g] != null ? exact[g] : PercentUnits.value(sums[g]);
                        Holding holding = s.holdings.get(s.inHoldings[k]);
                        exact[g] = sum.add(givenOnly ? holding.votingPercent() : holding.votesForControl());
                    }
                }
                for (int g = 0; g < groups; g++) {
                    boolean majority = exact[g] != null ? exact[g].compareTo(FIFTY) > 0 : sums[g] > PercentUnits.FIFTY;
                    if (majority && uf.union(roots[g], x)) {
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /** Below this many holdings into one enterprise a linear scan is faster than a map. */
    static final int LINEAR_SCAN = 16;

    /** The slot of {@code key} among the first {@code count} keys, or {@code count} when new. */
    static int slot(java.util.Map<Integer, Integer> slots, int[] keys, int count, int key, int degree) {
        if (slots != null) {
            Integer g = slots.get(key);
            return g == null ? count : g;
        }
        int g = 0;
        while (g < count && keys[g] != key) {
            g++;
        }
        return g;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
