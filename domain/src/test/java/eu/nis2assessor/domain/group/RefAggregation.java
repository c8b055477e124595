package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Independent reference for Rec 2003/361 Annex Art 3-6 aggregation, written from nis2-rules.md §4 and the recorded
 * decisions in docs/decisions.md. Deliberately simple (quadratic loops, BigDecimal everywhere).
 */
final class RefAggregation {

    static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal CEILING = new BigDecimal("1250000");

    /** Options for ambiguous points (to probe which reading the engine took). */
    static boolean NATURAL_ANGELS_COUNT_IN_TOTAL = Boolean.parseBoolean(System.getProperty("diff.natAngels", "true"));
    /** Joint partner percentage: voting rights not given follow the capital (decisions.md) also in the votes sum. */
    static boolean JOINT_VOTES_FOLLOW_CAPITAL = !"false".equals(System.getProperty("diff.votesFollow"));
    /** Joint partner percentage: true = max(sum capital, sum votes); false = sum of per-holding greater(). */
    static boolean JOINT_PCT_MAX_OF_SUMS = Boolean.parseBoolean(System.getProperty("diff.maxOfSums", "true"));

    record Out(String key, SizeFigures latest, SizeFigures previous, Set<String> contributions, SizeClass sizeClass,
               BigDecimal undertaking) {
    }

    static String contrib(String key, EnterpriseRelation rel, BigDecimal share) {
        BigDecimal s = share.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return key + "/" + rel + "/" + s.toPlainString();
    }

    /** Mutable figures accumulator. */
    static final class Acc {
        BigDecimal h = BigDecimal.ZERO, t = BigDecimal.ZERO, b = BigDecimal.ZERO;
        boolean bUnknown;

        void add(SizeFigures f, BigDecimal factor) {
            h = h.add(f.headcount().multiply(factor));
            t = t.add(f.annualTurnover().multiply(factor));
            if (f.balanceSheetTotal() == null) {
                bUnknown = true;
            } else {
                b = b.add(f.balanceSheetTotal().multiply(factor));
            }
        }

        void add(Acc o, BigDecimal factor) {
            h = h.add(o.h.multiply(factor));
            t = t.add(o.t.multiply(factor));
            b = b.add(o.b.multiply(factor));
            bUnknown |= o.bUnknown;
        }

        SizeFigures figures() {
            return new SizeFigures(h, t, bUnknown ? null : b);
        }
    }

    static SizeClass classify(SizeFigures f) {
        BigDecimal h = f.headcount(), t = f.annualTurnover(), b = f.balanceSheetTotal();
        boolean bigB43 = b == null || b.compareTo(new BigDecimal("43000000")) > 0;
        boolean bigB10 = b == null || b.compareTo(new BigDecimal("10000000")) > 0;
        boolean bigB2 = b == null || b.compareTo(new BigDecimal("2000000")) > 0;
        if (h.compareTo(BigDecimal.valueOf(250)) >= 0 || (t.compareTo(new BigDecimal("50000000")) > 0 && bigB43)) {
            return SizeClass.LARGE;
        }
        if (h.compareTo(BigDecimal.valueOf(50)) >= 0 || (t.compareTo(new BigDecimal("10000000")) > 0 && bigB10)) {
            return SizeClass.MEDIUM;
        }
        if (h.compareTo(BigDecimal.valueOf(10)) >= 0 || (t.compareTo(new BigDecimal("2000000")) > 0 && bigB2)) {
            return SizeClass.SMALL;
        }
        return SizeClass.MICRO;
    }

    static BigDecimal nz(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    static BigDecimal votesForControl(Holding h) {
        return h.votingPercent() != null ? h.votingPercent() : nz(h.capitalPercent());
    }

    static boolean positive(Holding h) {
        return nz(h.capitalPercent()).signum() > 0 || nz(h.votingPercent()).signum() > 0;
    }

    final List<Enterprise> es;
    final List<Holding> hs;
    final List<List<String>> markets;
    final Map<String, Integer> idx = new HashMap<>();
    final int n;
    final int[] parent;
    final boolean[] natural;

    RefAggregation(List<Enterprise> es, List<Holding> hs, List<List<String>> markets) {
        this.es = es;
        this.hs = hs;
        this.markets = markets;
        this.n = es.size();
        parent = new int[n];
        natural = new boolean[n];
        for (int i = 0; i < n; i++) {
            idx.put(es.get(i).key(), i);
            parent[i] = i;
            natural[i] = es.get(i).naturalPerson();
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            x = parent[x];
        }
        return x;
    }

    boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) {
            return false;
        }
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
        return true;
    }

    int owner(Holding h) {
        return idx.get(h.owner());
    }

    int owned(Holding h) {
        return idx.get(h.owned());
    }

    List<Out> run() {
        // ---- linkage -------------------------------------------------------------------------------------------
        for (int i = 0; i < n; i++) {
            ConsolidatedAccounts a = es.get(i).consolidatedAccounts();
            if (a != null) {
                for (String k : a.includes()) {
                    union(i, idx.get(k));
                }
            }
        }
        for (Holding h : hs) {
            if (!natural[owner(h)] && !h.controlRights().isEmpty()) {
                union(owner(h), owned(h));
            }
        }
        // natural persons (Annex Art 3(3) third and fourth subparagraphs): the enterprises each one controls, directly
        // or through enterprises it controls, as a naive fixed point: an enterprise is controlled when the person or an
        // enterprise it controls has a control right over it or consolidates it, or when the voting rights held in it
        // by the person and by the enterprises it controls add up to more than 50 %
        for (int p = 0; p < n; p++) {
            if (!natural[p]) {
                continue;
            }
            Set<Integer> controlled = controlledBy(p);
            List<Integer> c = new ArrayList<>(controlled);
            for (int a = 0; a < c.size(); a++) {
                for (int b = a + 1; b < c.size(); b++) {
                    if (shareMarket(c.get(a), c.get(b))) {
                        union(c.get(a), c.get(b));
                    }
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int x = 0; x < n; x++) {
                if (natural[x]) {
                    continue;
                }
                Map<Integer, BigDecimal> sums = new HashMap<>();
                for (Holding h : hs) {
                    if (owned(h) != x || natural[owner(h)]) {
                        continue;
                    }
                    int r = find(owner(h));
                    if (r == find(x)) {
                        continue;
                    }
                    sums.merge(r, votesForControl(h), BigDecimal::add);
                }
                for (Map.Entry<Integer, BigDecimal> en : sums.entrySet()) {
                    if (en.getValue().compareTo(FIFTY) > 0 && union(en.getKey(), x)) {
                        changed = true;
                    }
                }
            }
        }
        // ---- partnership between linked groups ------------------------------------------------------------------
        Map<Long, BigDecimal> pairMax = new HashMap<>();
        for (int x = 0; x < n; x++) {
            if (natural[x]) {
                continue;
            }
            Map<Integer, List<Holding>> byGroup = new HashMap<>();
            for (Holding h : hs) {
                if (owned(h) != x || natural[owner(h)] || find(owner(h)) == find(x)) {
                    continue;
                }
                byGroup.computeIfAbsent(find(owner(h)), k -> new ArrayList<>()).add(h);
            }
            for (Map.Entry<Integer, List<Holding>> en : byGroup.entrySet()) {
                BigDecimal pct = jointPercent(en.getValue());
                if (exempt(en.getValue(), x)) {
                    continue;
                }
                long key = pairKey(en.getKey(), find(x));
                BigDecimal old = pairMax.get(key);
                if (old == null || old.compareTo(pct) < 0) {
                    pairMax.put(key, pct);
                }
            }
        }
        // ---- group sums -----------------------------------------------------------------------------------------
        Map<Integer, Acc> groupLatest = new HashMap<>();
        Map<Integer, Acc> groupPrev = new HashMap<>();
        boolean[] consolidatedPrev = new boolean[n];
        for (int r = 0; r < n; r++) {
            if (natural[r] || find(r) != r) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!natural[i] && find(i) == r) {
                    members.add(i);
                }
            }
            // accounts of the group, ranked by distinct coverage desc, then preparer key
            List<Integer> preparers = new ArrayList<>();
            for (int i : members) {
                if (es.get(i).consolidatedAccounts() != null) {
                    preparers.add(i);
                }
            }
            preparers.sort((a, b) -> {
                int c = Integer.compare(coverage(b).size(), coverage(a).size());
                return c != 0 ? c : es.get(a).key().compareTo(es.get(b).key());
            });
            Set<Integer> covered = new LinkedHashSet<>();
            Acc latest = new Acc(), prev = new Acc();
            for (int p : preparers) {
                Set<Integer> cov = coverage(p);
                boolean overlap = false;
                for (int c : cov) {
                    overlap |= covered.contains(c);
                }
                if (overlap) {
                    continue;
                }
                covered.addAll(cov);
                ConsolidatedAccounts a = es.get(p).consolidatedAccounts();
                latest.add(a.figures(), BigDecimal.ONE);
                if (a.previousFigures() != null) {
                    prev.add(a.previousFigures(), BigDecimal.ONE);
                    for (int c : cov) {
                        consolidatedPrev[c] = true;
                    }
                } else {
                    for (int c : cov) {
                        Enterprise e = es.get(c);
                        prev.add(e.previousFigures() != null ? e.previousFigures() : e.figures(), BigDecimal.ONE);
                    }
                }
            }
            for (int i : members) {
                if (!covered.contains(i)) {
                    Enterprise e = es.get(i);
                    latest.add(e.figures(), BigDecimal.ONE);
                    prev.add(e.previousFigures() != null ? e.previousFigures() : e.figures(), BigDecimal.ONE);
                }
            }
            groupLatest.put(r, latest);
            groupPrev.put(r, prev);
        }
        // ---- per enterprise -------------------------------------------------------------------------------------
        List<Out> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Enterprise e = es.get(i);
            if (natural[i]) {
                SizeFigures prev = e.previousFigures();
                out.add(new Out(e.key(), e.figures(), prev, Set.of(contrib(e.key(), EnterpriseRelation.OWN,
                        BigDecimal.ONE)), prev == null ? classify(e.figures()) : classify(prev),
                        e.figures().annualTurnover()));
                continue;
            }
            int r = find(i);
            Acc latest = new Acc(), prev = new Acc();
            latest.add(groupLatest.get(r), BigDecimal.ONE);
            prev.add(groupPrev.get(r), BigDecimal.ONE);
            Set<String> contributions = new TreeSet<>();
            contributions.add(contrib(e.key(), EnterpriseRelation.OWN, BigDecimal.ONE));
            for (int j = 0; j < n; j++) {
                if (j != i && !natural[j] && find(j) == r) {
                    contributions.add(contrib(es.get(j).key(), EnterpriseRelation.LINKED, BigDecimal.ONE));
                }
            }
            for (int q = 0; q < n; q++) {
                if (natural[q] || find(q) != q || q == r) {
                    continue;
                }
                BigDecimal pct = pairMax.get(pairKey(r, q));
                if (pct == null || pct.compareTo(TWENTY_FIVE) < 0) {
                    continue;
                }
                BigDecimal share = pct.movePointLeft(2);
                latest.add(groupLatest.get(q), share);
                prev.add(groupPrev.get(q), share);
                for (int j = 0; j < n; j++) {
                    if (!natural[j] && find(j) == q) {
                        contributions.add(contrib(es.get(j).key(), EnterpriseRelation.PARTNER, share));
                    }
                }
            }
            boolean hasPrev = e.previousFigures() != null || consolidatedPrev[i];
            SizeFigures lf = latest.figures();
            SizeFigures pf = hasPrev ? prev.figures() : null;
            out.add(new Out(e.key(), lf, pf, contributions, hasPrev ? classify(pf) : classify(lf),
                    groupLatest.get(r).t));
        }
        return out;
    }

    /** What natural person {@code p} controls, directly or through enterprises it controls (a naive fixed point). */
    Set<Integer> controlledBy(int p) {
        Set<Integer> controlled = new TreeSet<>();
        while (true) {
            Map<Integer, BigDecimal> votes = new HashMap<>();
            Set<Integer> next = new TreeSet<>(controlled);
            for (Holding h : hs) {
                if (owner(h) != p && !controlled.contains(owner(h))) {
                    continue;
                }
                votes.merge(owned(h), votesForControl(h), BigDecimal::add);
                if (!h.controlRights().isEmpty()) {
                    next.add(owned(h));
                }
            }
            votes.forEach((x, v) -> {
                if (v.compareTo(FIFTY) > 0) {
                    next.add(x);
                }
            });
            for (int o : controlled) {
                ConsolidatedAccounts a = es.get(o).consolidatedAccounts();
                if (a != null) {
                    for (String k : a.includes()) {
                        next.add(idx.get(k));
                    }
                }
            }
            if (next.equals(controlled)) {
                return controlled;
            }
            controlled = next;
        }
    }

    Set<Integer> coverage(int p) {
        Set<Integer> cov = new TreeSet<>();
        cov.add(p);
        for (String k : es.get(p).consolidatedAccounts().includes()) {
            cov.add(idx.get(k));
        }
        return cov;
    }

    boolean shareMarket(int a, int b) {
        if (markets == null) {
            return true;
        }
        String ka = es.get(a).key(), kb = es.get(b).key();
        for (List<String> g : markets) {
            if (g.contains(ka) && g.contains(kb)) {
                return true;
            }
        }
        return false;
    }

    static long pairKey(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    static BigDecimal jointPercent(List<Holding> holdings) {
        if (JOINT_PCT_MAX_OF_SUMS) {
            BigDecimal cap = BigDecimal.ZERO, votes = BigDecimal.ZERO;
            for (Holding h : holdings) {
                cap = cap.add(nz(h.capitalPercent()));
                votes = votes.add(JOINT_VOTES_FOLLOW_CAPITAL ? votesForControl(h) : nz(h.votingPercent()));
            }
            return cap.max(votes);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Holding h : holdings) {
            BigDecimal g = Holding.greater(h.capitalPercent(), h.votingPercent());
            sum = sum.add(nz(g));
        }
        return sum;
    }

    boolean exempt(List<Holding> holdings, int x) {
        boolean angel = false;
        for (Holding h : holdings) {
            if (!positive(h)) {
                continue;
            }
            InvestorCategory c = es.get(owner(h)).investorCategory();
            if (c == null) {
                return false;
            }
            angel |= c == InvestorCategory.BUSINESS_ANGEL;
        }
        return !angel || angelsBelowCeiling(x);
    }

    boolean angelsBelowCeiling(int x) {
        BigDecimal total = BigDecimal.ZERO;
        for (Holding h : hs) {
            if (owned(h) != x || !positive(h)) {
                continue;
            }
            Enterprise o = es.get(owner(h));
            if (o.investorCategory() != InvestorCategory.BUSINESS_ANGEL) {
                continue;
            }
            if (o.naturalPerson() && !NATURAL_ANGELS_COUNT_IN_TOTAL) {
                continue;
            }
            if (h.investedAmount() == null) {
                return false;
            }
            total = total.add(h.investedAmount());
        }
        return total.compareTo(CEILING) < 0;
    }
}
