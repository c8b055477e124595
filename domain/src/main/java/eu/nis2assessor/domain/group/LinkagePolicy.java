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
 * the enterprises they control, directly or through enterprises they control (Art 3(3) third and fourth
 * subparagraphs, {@link NaturalPersonLinks}), only when these operate on the same or adjacent markets. Inclusion line
 * by line in consolidated accounts is taken as linkage (it presupposes control).
 *
 * <p>Linear in enterprises + holdings apart from the joint-majority fixpoint, which repeats only while
 * it finds new joint majorities, and the natural persons' walks, which overlap only where several persons control the
 * same enterprises (persons × (enterprises + holdings + market entries) at worst).
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
        List<Integer> assumedVotes = new ArrayList<>();

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
        // Natural persons: what each controls, directly or through enterprises it controls, linked on the same or
        // adjacent markets. The linkage on voting rights given (for the joint-majority assumption lines below) takes
        // the same unions; it is built here only when such lines may be needed and natural persons hold anything.
        boolean personsHold = NaturalPersonLinks.anyPersonHolds(s);
        UnionFind given = personsHold && anyCapitalOnlyMinority(s) ? givenLinkage(s) : null;
        NaturalPersonLinks persons = personsHold ? new NaturalPersonLinks(s, uf, given) : null;
        if (persons != null) {
            persons.link();
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
        if (persons != null) {
            naturalPersonTexts(s, linkage, persons);
        }
        jointAssumptions(s, linkage, given, personsHold);
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
     * The steps and lines of the natural persons' links: a step per union that links something (and, markets not given,
     * per pair of enterprises a person controls directly), the markets line, and the lines on control resting on
     * capital taken for voting rights not given: one per person and enterprise it controls directly (as before
     * 2026.12.4; their number is bounded by the holdings), one per person and linked group for those it controls
     * through enterprises, naming at most {@link #LISTED_KEYS} of them.
     */
    private static void naturalPersonTexts(IndexedStructure s, Linkage linkage, NaturalPersonLinks persons) {
        boolean marketsKnown = persons.marketsKnown();
        NaturalPersonLinks.IntList steps = persons.steps;
        for (int k = 0; k < steps.size(); k += 4) {
            int person = steps.get(k);
            int a = steps.get(k + 1);
            int b = steps.get(k + 2);
            int flags = steps.get(k + 3);
            int c = linkage.component[a];
            StringBuilder text = new StringBuilder(160);
            s.appendKey(text.append('\''), a).append('\'');
            if ((flags & NaturalPersonLinks.FIRST_THROUGH) != 0) {
                text.append(THROUGH);
            }
            s.appendKey(text.append(" and '"), b).append('\'');
            if ((flags & NaturalPersonLinks.SECOND_THROUGH) != 0) {
                text.append(THROUGH);
            }
            s.appendKey(text.append(" are both controlled by the natural person '"), person).append('\'')
                    .append(marketsKnown ? " and operate on the same or adjacent markets"
                            : " and are assumed to operate on the same or adjacent markets")
                    .append(": they are linked.");
            linkage.steps.computeIfAbsent(c, key -> new ArrayList<>()).add(ReasoningStep.of(RULE,
                    "linked through a natural person", text.toString(), REC_ART_3_3_FOURTH));
            if (!marketsKnown) {
                addOnce(linkage.assumptions.computeIfAbsent(c, key -> new ArrayList<>()), "Markets not given:"
                        + " enterprises controlled by the same natural person are assumed to operate on the same or"
                        + " adjacent markets and hence to be linked (Rec 2003/361 Annex Art 3(3) fourth"
                        + " subparagraph).");
            }
        }
        // by the person's key, then the enterprise's (the order they were found in)
        NaturalPersonLinks.IntList direct = persons.directCapital;
        for (int k = 0; k < direct.size(); k += 2) {
            int person = direct.get(k);
            int x = direct.get(k + 1);
            addOnce(linkage.assumptions.computeIfAbsent(linkage.component[x], key -> new ArrayList<>()), "Voting"
                    + " rights of the natural person '" + s.key(person) + "' in '" + s.key(x) + "' not given: assumed"
                    + " to follow the capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3) fourth"
                    + " subparagraph).");
        }
        // one line per person and linked group, the enterprises in key order
        NaturalPersonLinks.IntList through = persons.throughCapital;
        for (int k = 0; k < through.size(); ) {
            int person = through.get(k);
            Map<Integer, List<Integer>> byGroup = new java.util.LinkedHashMap<>();
            for (; k < through.size() && through.get(k) == person; k += 2) {
                int x = through.get(k + 1);
                byGroup.computeIfAbsent(linkage.component[x], key -> new ArrayList<>()).add(x);
            }
            for (Map.Entry<Integer, List<Integer>> e : byGroup.entrySet()) {
                List<Integer> xs = e.getValue();
                StringBuilder text = new StringBuilder("The natural person '");
                s.appendKey(text, person).append("' controls ");
                for (int j = 0; j < xs.size() && j < LISTED_KEYS; j++) {
                    s.appendKey(text.append(j == 0 ? "'" : ", '"), xs.get(j)).append('\'');
                }
                if (xs.size() > LISTED_KEYS) {
                    text.append(" and ").append(xs.size() - LISTED_KEYS).append(" more");
                }
                text.append(" through enterprises it controls only with voting rights not given (its own or theirs, on"
                        + " the way): assumed to follow the capital held (Rec 2003/361 Annex Art 3(3) third and fourth"
                        + " subparagraphs).");
                addOnce(linkage.assumptions.computeIfAbsent(e.getKey(), key -> new ArrayList<>()), text.toString());
            }
        }
    }

    /** How a step names an enterprise a natural person controls through other enterprises. */
    private static final String THROUGH = " (through enterprises it controls)";
    /** At most this many keys in one line; the rest are counted. */
    static final int LISTED_KEYS = 10;

    /**
     * Whether an enterprise holds 50 % of the capital or less of another, more than 0 %, without its voting rights
     * given: only then may {@link #jointAssumptions} have a line to give.
     */
    private static boolean anyCapitalOnlyMinority(IndexedStructure s) {
        for (int k = 0; k < s.m; k++) {
            // the packed percentages first: most structures give voting rights wherever they give capital
            if (s.inVoting[k] == PercentUnits.ABSENT && s.inCapital[k] != PercentUnits.ABSENT && s.inCapital[k] != 0
                    && !s.natural[s.inOwner[k]] && !s.holdings.get(s.inHoldings[k]).votesAssumedFromCapital()) {
                return true;
            }
        }
        return false;
    }

    /** The enterprises' links on voting rights given (control rights, given majorities, consolidation). */
    private static UnionFind givenLinkage(IndexedStructure s) {
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
        return given;
    }

    /**
     * The assumption lines for holdings of 50 % of the capital or less whose voting rights are not given, where the
     * link rests on voting rights assumed to follow the capital: enterprises linked with those assumptions but not
     * without them (the linkage is worked out again on the voting rights given). Worked out from the linked groups
     * alone, so that the lines do not depend on the order of the input; only when such a holding exists.
     */
    private static void jointAssumptions(IndexedStructure s, Linkage linkage, UnionFind prebuilt,
                                         boolean personsHold) {
        if (!anyCapitalOnlyMinority(s)) {
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
        // with natural persons, the linkage on votes given already holds their unions (made with the others)
        UnionFind given = personsHold ? prebuilt : givenLinkage(s);
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
