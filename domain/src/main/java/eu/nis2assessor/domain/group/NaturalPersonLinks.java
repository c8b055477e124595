package eu.nis2assessor.domain.group;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Rec 2003/361 Annex Art 3(3) third and fourth subparagraphs: enterprises controlled by the same natural person,
 * directly or through enterprises it controls, are linked when they operate on the same or adjacent markets.
 *
 * <p>What a natural person N controls: the enterprises it controls directly (a control right, or more than 50 % of the
 * voting rights; voting rights not given follow the capital), then, until nothing changes, every enterprise over which
 * one of those has a control right, which one of them consolidates line by line, or whose voting rights held by N and
 * by the enterprises N controls add up to more than 50 % (first subparagraph (a) read with the third). The set does not
 * depend on the order of the input.
 *
 * <p>Work: one walk per natural person over what it controls and the holdings, consolidations and market entries of
 * those enterprises, in primitive arrays reset by epoch; nothing is allocated per (person, enterprise) pair. Only the
 * unions that link something the person's walk found in different linked groups are sorted and kept (at most one per
 * market group and linked group met, and those only while they are not yet linked: their total is bounded by the
 * market entries), so the total is the sum of the walks: linear when each enterprise is controlled by few persons,
 * persons × (enterprises + holdings + market entries) at worst.
 *
 * <p>Texts: persons are taken in key order; within a person the unions are made in the order of the second
 * enterprise's key (those it controls directly first), then of the first's, the first on each market being the one
 * of smallest key among those it controls directly, else among the others. Which unions link something new, and so
 * which pairs the steps name, is then a function of the keys, the sets controlled and the market groups as sets, not
 * of the order of the input.
 */
final class NaturalPersonLinks {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    /** Step flags: the first / second enterprise of a step is controlled through other enterprises. */
    static final int FIRST_THROUGH = 1;
    static final int SECOND_THROUGH = 2;

    private final IndexedStructure s;
    private final UnionFind uf;
    /** The linkage on voting rights given (for the joint-majority assumption lines), or {@code null}. */
    private final UnionFind given;
    private final int n;

    // holdings by owner: for k in outStart[o] .. outStart[o+1]: the held enterprise, its votes for control (voting
    // rights, or the capital when they are not given), its voting rights given, whether it carries a control right,
    // whether its votes are capital taken for voting rights not given, and the holding
    private final int[] outStart;
    private final int[] outTo;
    private final long[] outVotes;
    private final long[] outVoting;
    private final boolean[] outRight;
    private final boolean[] outCapitalOnly;
    /** Whether the holding gives control by itself: a control right, or more than 50 % (of the votes given). */
    private final boolean[] outAlone;
    private final boolean[] outAloneGiven;
    private final int[] outHolding;
    private final boolean anyInexact;
    // the enterprises each enterprise consolidates line by line
    private final int[] consStart;
    private final int[] consTo;
    // the market groups of each enterprise ({@code null} when markets are not given)
    private final int[] marketStart;
    private final int[] marketOf;
    private final int markets;

    /** Position of each enterprise in key order, and the inverse; worked out when first needed. */
    private int[] rank;
    private int[] byRank;

    /** person, first, second, flags: the first and second in key order. */
    final IntList steps = new IntList();
    /** person, enterprise: controlled directly on capital taken for votes not given, and linked by the person. */
    final IntList directCapital = new IntList();
    /** person, enterprise: controlled through enterprises only on capital taken for votes, linked by the person. */
    final IntList throughCapital = new IntList();

    NaturalPersonLinks(IndexedStructure s, UnionFind uf, UnionFind given) {
        this.s = s;
        this.uf = uf;
        this.given = given;
        this.n = s.n;
        this.outStart = new int[n + 1];
        for (int h = 0; h < s.m; h++) {
            outStart[s.owner[h] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
        }
        this.outTo = new int[s.m];
        this.outVotes = new long[s.m];
        this.outVoting = new long[s.m];
        this.outRight = new boolean[s.m];
        this.outCapitalOnly = new boolean[s.m];
        this.outAlone = new boolean[s.m];
        this.outAloneGiven = new boolean[s.m];
        this.outHolding = new int[s.m];
        int[] fill = new int[n];
        boolean inexact = false;
        // read in the order of the packed percentages (by held enterprise), written by owner
        for (int q = 0; q < s.m; q++) {
            int h = s.inHoldings[q];
            int o = s.inOwner[q];
            int k = outStart[o] + fill[o]++;
            outTo[k] = s.owned[h];
            outVotes[k] = s.inVotes[q];
            outVoting[k] = s.inVoting[q];
            outRight[k] = !s.holdings.get(h).controlRights().isEmpty();
            outCapitalOnly[k] = s.inVoting[q] == PercentUnits.ABSENT && s.inCapital[q] != PercentUnits.ABSENT
                    && s.inCapital[q] != 0;
            outHolding[k] = h;
            // an inexact percentage is left to the sums (which fall back to BigDecimal)
            outAlone[k] = outRight[k] || s.inVotes[q] > PercentUnits.FIFTY;
            outAloneGiven[k] = outRight[k] || s.inVoting[q] > PercentUnits.FIFTY;
            inexact |= s.inVotes[q] == PercentUnits.INEXACT || s.inVoting[q] == PercentUnits.INEXACT;
        }
        this.anyInexact = inexact;
        // each enterprise's consolidated accounts: the distinct enterprises they include (a key listed twice is walked
        // once, by every person that reaches the consolidating enterprise)
        this.consStart = new int[n + 1];
        int[] cons = new int[0];
        int included = 0;
        if (s.structure.anyConsolidatedAccounts()) {
            int[] listedBy = new int[n];
            java.util.Arrays.fill(listedBy, -1);
            for (int i = 0; i < n; i++) {
                ConsolidatedAccounts accounts = s.enterprises.get(i).consolidatedAccounts();
                if (accounts != null) {
                    for (int j = 0; j < accounts.includes().size(); j++) {
                        int x = s.structure.indexOf(accounts.includes().get(j));
                        if (listedBy[x] != i) {
                            listedBy[x] = i;
                            if (included == cons.length) {
                                cons = Arrays.copyOf(cons, Math.max(16, 2 * included));
                            }
                            cons[included++] = x;
                        }
                    }
                }
                consStart[i + 1] = included;
            }
        }
        this.consTo = cons;
        java.util.List<java.util.List<String>> groups = s.structure.sameOrAdjacentMarkets();
        if (groups == null) {
            this.marketStart = null;
            this.marketOf = null;
            this.markets = 0;
        } else {
            // an enterprise listed twice in one market group is on it once
            this.markets = groups.size();
            this.marketStart = new int[n + 1];
            int[] last = new int[n];
            Arrays.fill(last, -1);
            int[][] positions = new int[markets][];
            for (int g = 0; g < markets; g++) {
                java.util.List<String> group = groups.get(g);
                positions[g] = new int[group.size()];
                for (int j = 0; j < group.size(); j++) {
                    int i = s.structure.indexOf(group.get(j));
                    positions[g][j] = i;
                    if (last[i] != g) {
                        last[i] = g;
                        marketStart[i + 1]++;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                marketStart[i + 1] += marketStart[i];
            }
            this.marketOf = new int[marketStart[n]];
            Arrays.fill(last, -1);
            Arrays.fill(fill, 0);
            for (int g = 0; g < markets; g++) {
                for (int i : positions[g]) {
                    if (last[i] != g) {
                        last[i] = g;
                        marketOf[marketStart[i] + fill[i]++] = g;
                    }
                }
            }
        }
    }

    /** Whether any natural person holds anything (else there is nothing to do). */
    static boolean anyPersonHolds(IndexedStructure s) {
        for (int h = 0; h < s.m; h++) {
            if (s.natural[s.owner[h]]) {
                return true;
            }
        }
        return false;
    }

    boolean marketsKnown() {
        return marketOf != null;
    }

    // ------------------------------------------------------------------------------------------------ the walks

    /** Everything one natural person controls; epoch-stamped arrays, so that one walk costs what it reaches. */
    private final class Walk {
        final boolean givenOnly;
        final int[] seen = new int[n];
        final int[] queue = new int[n];
        final int[] sumMark = new int[n];
        final long[] sum = new long[n];
        final BigDecimal[] exact = anyInexact ? new BigDecimal[n] : null;
        int epoch;
        /** queue[0 .. directCount) the person controls directly; queue[directCount .. count) through enterprises. */
        int count;
        int directCount;
        /** Whether capital taken for voting rights not given entered a sum of votes. */
        boolean capital;

        Walk(boolean givenOnly) {
            this.givenOnly = givenOnly;
        }

        /**
         * What {@code person} controls: directly (its control rights; its voting rights, which with {@code givenOnly}
         * are those given only), then through what it controls (their control rights and consolidation, and the
         * voting rights of the person and of those enterprises added up), until nothing changes.
         */
        void run(int person) {
            run(person, false);
        }

        /** With {@code directOnly}, only what the person controls directly (queue[0 .. directCount), count the same). */
        void run(int person, boolean directOnly) {
            epoch++;
            count = 0;
            capital = false;
            for (int k = outStart[person]; k < outStart[person + 1]; k++) {
                add(outTo[k], k);
            }
            for (int k = outStart[person]; k < outStart[person + 1]; k++) {
                int x = outTo[k];
                if (seen[x] != epoch && (outRight[k] || majority(x))) {
                    seen[x] = epoch;
                    queue[count++] = x;
                }
            }
            directCount = count;
            if (directOnly) {
                return;
            }
            boolean[] alone = givenOnly ? outAloneGiven : outAlone;
            for (int i = 0; i < count; i++) {
                int o = queue[i];
                for (int k = outStart[o]; k < outStart[o + 1]; k++) {
                    int x = outTo[k];
                    if (seen[x] == epoch) {
                        continue;
                    }
                    boolean control;
                    if (alone[k]) {
                        // no sum needed: the holding controls by itself (a majority of capital taken for votes is noted)
                        capital |= !givenOnly && outCapitalOnly[k] && !outRight[k];
                        control = true;
                    } else {
                        control = add(x, k) && majority(x);
                    }
                    if (control) {
                        seen[x] = epoch;
                        queue[count++] = x;
                    }
                }
                for (int j = consStart[o]; j < consStart[o + 1]; j++) {
                    int x = consTo[j];
                    if (seen[x] != epoch) {
                        seen[x] = epoch;
                        queue[count++] = x;
                    }
                }
            }
        }

        boolean reached(int x) {
            return seen[x] == epoch;
        }

        /** Adds the voting rights of holding {@code k} to those held in {@code x}; false when it gives none. */
        private boolean add(int x, int k) {
            long v = givenOnly ? outVoting[k] : outVotes[k];
            if (v == PercentUnits.ABSENT) {
                return false;
            }
            capital |= outCapitalOnly[k] && !givenOnly;
            if (sumMark[x] != epoch) {
                sumMark[x] = epoch;
                sum[x] = 0;
                if (exact != null) {
                    exact[x] = null;
                }
            }
            if (v != PercentUnits.INEXACT && (exact == null || exact[x] == null)) {
                sum[x] += v;
            } else {
                Holding holding = s.holdings.get(outHolding[k]);
                BigDecimal base = exact[x] != null ? exact[x] : PercentUnits.value(sum[x]);
                exact[x] = base.add(givenOnly ? holding.votingPercent() : holding.votesForControl());
            }
            return true;
        }

        private boolean majority(int x) {
            if (sumMark[x] != epoch) {
                return false;
            }
            return exact != null && exact[x] != null ? exact[x].compareTo(FIFTY) > 0 : sum[x] > PercentUnits.FIFTY;
        }
    }

    // ------------------------------------------------------------------------------------------------ the links

    /** Links, for every natural person in key order, what it controls on the same or adjacent markets. */
    void link() {
        int[] persons = persons();
        if (persons.length == 0) {
            return;
        }
        Walk walk = new Walk(false);
        Walk givenWalk = null;
        PersonState state = new PersonState();
        if (marketOf == null) {
            // markets not given: every person's pairs of enterprises it controls directly first (each pair gets a
            // step), then what the persons control through enterprises (a step only where it links something new), so
            // that whether such a union links something new does not depend on the order of the persons
            for (int person : persons) {
                walk.run(person, true);
                if (walk.directCount >= 2) {
                    ensureRank();
                    directPairs(person, walk);
                }
            }
        }
        for (int person : persons) {
            walk.run(person);
            if (walk.count < 2) {
                continue;
            }
            ensureRank();
            state.begin(walk);
            if (marketOf == null) {
                linkAll(person, walk, state);
            } else {
                linkOnMarkets(person, walk, state);
            }
            if (state.linkedCount == 0 || !walk.capital) {
                continue;
            }
            // the enterprises the person links whose control by it rests on capital taken for voting rights not given
            // (its own or its enterprises', anywhere on the way): those it does not reach on voting rights given
            givenWalk = givenWalk == null ? new Walk(true) : givenWalk;
            givenWalk.run(person);
            int[] direct = new int[state.linkedCount];
            int[] through = new int[state.linkedCount];
            int d = 0;
            int t = 0;
            for (int j = 0; j < state.linkedCount; j++) {
                int x = state.linked[j];
                if (!givenWalk.reached(x)) {
                    if (state.directMark[x] == state.mark) {
                        direct[d++] = rank[x];
                    } else {
                        through[t++] = rank[x];
                    }
                }
            }
            // in key order
            Arrays.sort(direct, 0, d);
            Arrays.sort(through, 0, t);
            for (int j = 0; j < d; j++) {
                directCapital.add(person, byRank[direct[j]]);
            }
            for (int j = 0; j < t; j++) {
                throughCapital.add(person, byRank[through[j]]);
            }
        }
    }

    /** The natural persons that hold anything, in key order. */
    private int[] persons() {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (s.natural[i] && outStart[i + 1] > outStart[i]) {
                count++;
            }
        }
        Integer[] persons = new Integer[count];
        count = 0;
        for (int i = 0; i < n; i++) {
            if (s.natural[i] && outStart[i + 1] > outStart[i]) {
                persons[count++] = i;
            }
        }
        Arrays.sort(persons, (a, b) -> s.key(a).compareTo(s.key(b)));
        int[] result = new int[count];
        for (int i = 0; i < count; i++) {
            result[i] = persons[i];
        }
        return result;
    }

    private void ensureRank() {
        if (rank != null) {
            return;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> s.key(a).compareTo(s.key(b)));
        rank = new int[n];
        byRank = new int[n];
        for (int k = 0; k < n; k++) {
            byRank[k] = order[k];
            rank[order[k]] = k;
        }
    }

    /** The order unions are made in: what the person controls directly first, each part in key order. */
    private int ord(int x, int[] directMark, int mark) {
        return directMark[x] == mark ? rank[x] : n + rank[x];
    }

    /** Per-person scratch: the enterprises the person links, and marks reset by a counter. */
    private final class PersonState {
        final int[] directMark = new int[n];
        final int[] linkedMark = new int[n];
        int[] linked = new int[16];
        int linkedCount;
        int mark;
        // per market group: the first enterprise (smallest order) and how many the person controls directly on it
        final int[] firstMark = markets == 0 ? null : new int[markets];
        final int[] first = markets == 0 ? null : new int[markets];
        final int[] directOn = markets == 0 ? null : new int[markets];
        final int[] bucket = markets == 0 ? null : new int[markets + 1];
        final IntList touched = new IntList();
        // per linked group: the member of smallest order met (for one union per market group and linked group)
        final int[] rootMark = new int[n];
        final int[] rootBest = new int[n];
        int rootStamp;
        final IntList entries = new IntList();
        final IntList roots = new IntList();
        long[] candidates = new long[16];

        /** A new person: marks what it controls directly. */
        void begin(Walk walk) {
            mark++;
            linkedCount = 0;
            for (int i = 0; i < walk.directCount; i++) {
                directMark[walk.queue[i]] = mark;
            }
        }

        void linked(int x) {
            if (linkedMark[x] != mark) {
                linkedMark[x] = mark;
                if (linkedCount == linked.length) {
                    linked = Arrays.copyOf(linked, linked.length * 2);
                }
                linked[linkedCount++] = x;
            }
        }

        int nextRootStamp() {
            if (++rootStamp == Integer.MAX_VALUE) {
                Arrays.fill(rootMark, 0);
                rootStamp = 1;
            }
            return rootStamp;
        }

        void candidate(int count, long value) {
            if (count == candidates.length) {
                candidates = Arrays.copyOf(candidates, candidates.length * 2);
            }
            candidates[count] = value;
        }
    }

    /**
     * Markets not given: everything the person controls is assumed to be on the same or adjacent markets. The pairs of
     * enterprises it controls directly each get a step (as before 2026.12.4); an enterprise controlled through others
     * only where the person links it to something it was not linked to.
     */
    private void linkAll(int person, Walk walk, PersonState st) {
        int directCount = walk.directCount;
        long[] direct = directByKey(walk);
        int f = (int) direct[0];
        for (int i = 1; i < directCount; i++) {
            // linked (with a step) before any person's enterprises controlled through others, by directPairs
            st.linked(f);
            st.linked((int) direct[i]);
        }
        if (walk.count == directCount) {
            return;
        }
        // one candidate per linked group met (the member of smallest key), none in the group of the first
        int stamp = st.nextRootStamp();
        int rf = uf.find(f);
        st.roots.clear();
        for (int i = directCount; i < walk.count; i++) {
            int x = walk.queue[i];
            if (given != null) {
                given.union(f, x);
            }
            int r = uf.find(x);
            if (r == rf) {
                continue;
            }
            if (st.rootMark[r] != stamp) {
                st.rootMark[r] = stamp;
                st.rootBest[r] = x;
                st.roots.add(r);
            } else if (rank[x] < rank[st.rootBest[r]]) {
                st.rootBest[r] = x;
            }
        }
        int count = st.roots.size();
        for (int j = 0; j < count; j++) {
            st.candidate(j, rank[st.rootBest[st.roots.get(j)]]);
        }
        Arrays.sort(st.candidates, 0, count);
        for (int j = 0; j < count; j++) {
            int x = byRank[(int) st.candidates[j]];
            if (uf.union(f, x)) {
                addStep(person, f, false, x, true);
                st.linked(f);
                st.linked(x);
            }
        }
    }

    /**
     * Markets given: on each market group, everything the person controls there is linked with the first of them
     * (smallest key among those it controls directly, else among the others). Steps for the unions that link something
     * new, made in order (second enterprise, then first); pairs of enterprises it controls directly on one market group
     * make them "linked by the person" whether or not they were linked before (as before 2026.12.4), others only
     * where the union links something new.
     */
    private void linkOnMarkets(int person, Walk walk, PersonState st) {
        int mark = st.mark;
        st.touched.clear();
        // everything the person controls on a market group already in one linked group (in the linkage on votes given
        // too, where it is kept): no union can link anything, only the pairs of enterprises it controls directly on one
        // market group are to be found. Those on no market group make no union either way.
        int reached = walk.count;
        int root = -1;
        int givenRoot = -1;
        boolean one = true;
        for (int i = 0; i < walk.count && one; i++) {
            int x = walk.queue[i];
            if (marketStart[x] == marketStart[x + 1]) {
                continue;
            }
            int r = uf.find(x);
            int g = given == null ? -1 : given.find(x);
            if (root < 0) {
                root = r;
                givenRoot = g;
            } else {
                one = r == root && g == givenRoot;
            }
        }
        if (one) {
            if (walk.directCount < 2) {
                return; // and no pair of enterprises it controls directly either
            }
            reached = walk.directCount;
        }
        for (int i = 0; i < reached; i++) {
            int x = walk.queue[i];
            boolean direct = i < walk.directCount;
            int ox = ord(x, st.directMark, mark);
            for (int j = marketStart[x]; j < marketStart[x + 1]; j++) {
                int g = marketOf[j];
                if (st.firstMark[g] != mark) {
                    st.firstMark[g] = mark;
                    st.first[g] = x;
                    st.directOn[g] = 0;
                    st.touched.add(g);
                } else if (ox < ord(st.first[g], st.directMark, mark)) {
                    st.first[g] = x;
                }
                if (direct) {
                    st.directOn[g]++;
                }
            }
        }
        // pairs of enterprises controlled directly on one market group; the unions for the linkage on votes given;
        // the entries (market group, enterprise) whose enterprise is not yet linked to the first on that group
        st.entries.clear();
        for (int i = 0; i < reached; i++) {
            int x = walk.queue[i];
            boolean direct = i < walk.directCount;
            int r = -1;
            for (int j = marketStart[x]; j < marketStart[x + 1]; j++) {
                int g = marketOf[j];
                int f = st.first[g];
                if (direct && st.directOn[g] >= 2) {
                    st.linked(x);
                }
                if (f == x) {
                    continue;
                }
                if (given != null) {
                    given.union(f, x);
                }
                if (r < 0) {
                    r = uf.find(x);
                }
                if (r != uf.find(f)) {
                    st.entries.add(g, x);
                }
            }
        }
        int entryCount = st.entries.size() / 2;
        if (entryCount == 0) {
            return;
        }
        // by market group (counting sort over the groups touched), then one per linked group: the member of smallest
        // order; every other member of that linked group would link nothing new after it
        int touched = st.touched.size();
        for (int t = 0; t < touched; t++) {
            st.bucket[st.touched.get(t)] = 0;
        }
        for (int e = 0; e < entryCount; e++) {
            st.bucket[st.entries.get(2 * e)]++;
        }
        int[] start = new int[touched + 1];
        int[] slot = new int[touched];
        for (int t = 0; t < touched; t++) {
            int g = st.touched.get(t);
            start[t + 1] = start[t] + st.bucket[g];
            st.bucket[g] = t; // from now on the touched index of the group
        }
        int[] byGroup = new int[entryCount];
        for (int e = 0; e < entryCount; e++) {
            int t = st.bucket[st.entries.get(2 * e)];
            byGroup[start[t] + slot[t]++] = st.entries.get(2 * e + 1);
        }
        int count = 0;
        for (int t = 0; t < touched; t++) {
            if (start[t + 1] == start[t]) {
                continue;
            }
            int f = st.first[st.touched.get(t)];
            long of = ord(f, st.directMark, mark);
            int stamp = st.nextRootStamp();
            st.roots.clear();
            for (int e = start[t]; e < start[t + 1]; e++) {
                int x = byGroup[e];
                int r = uf.find(x);
                if (st.rootMark[r] != stamp) {
                    st.rootMark[r] = stamp;
                    st.rootBest[r] = x;
                    st.roots.add(r);
                } else if (ord(x, st.directMark, mark) < ord(st.rootBest[r], st.directMark, mark)) {
                    st.rootBest[r] = x;
                }
            }
            for (int j = 0; j < st.roots.size(); j++) {
                long ox = ord(st.rootBest[st.roots.get(j)], st.directMark, mark);
                st.candidate(count++, (ox << 32) | of);
            }
        }
        Arrays.sort(st.candidates, 0, count);
        for (int j = 0; j < count; j++) {
            int ox = (int) (st.candidates[j] >>> 32);
            int of = (int) st.candidates[j];
            int x = byRank[ox >= n ? ox - n : ox];
            int f = byRank[of >= n ? of - n : of];
            if (uf.union(f, x)) {
                addStep(person, f, of >= n, x, ox >= n);
                st.linked(f);
                st.linked(x);
            }
        }
    }

    private void addStep(int person, int a, boolean aThrough, int b, boolean bThrough) {
        if (rank[a] < rank[b]) {
            steps.add(person, a, b, (aThrough ? FIRST_THROUGH : 0) | (bThrough ? SECOND_THROUGH : 0));
        } else {
            steps.add(person, b, a, (bThrough ? FIRST_THROUGH : 0) | (aThrough ? SECOND_THROUGH : 0));
        }
    }

    /** What the person controls directly, in key order: (rank, position) in each value. */
    private long[] directByKey(Walk walk) {
        long[] direct = new long[walk.directCount];
        for (int i = 0; i < walk.directCount; i++) {
            direct[i] = ((long) rank[walk.queue[i]] << 32) | walk.queue[i];
        }
        Arrays.sort(direct);
        return direct;
    }

    /** Markets not given: the pairs (first in key order, each other) of the enterprises the person controls directly. */
    private void directPairs(int person, Walk walk) {
        long[] direct = directByKey(walk);
        int f = (int) direct[0];
        for (int i = 1; i < direct.length; i++) {
            int x = (int) direct[i];
            uf.union(f, x);
            if (given != null) {
                given.union(f, x);
            }
            steps.add(person, f, x, 0);
        }
    }

    /** A growable list of {@code int}s. */
    static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void add(int a, int b) {
            add(a);
            add(b);
        }

        void add(int a, int b, int c, int d) {
            add(a);
            add(b);
            add(c);
            add(d);
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
