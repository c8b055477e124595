package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.reasoning.LegalBasis.REC_ART_3_2;
import static eu.nis2assessor.domain.reasoning.LegalBasis.REC_ART_3_2_SECOND;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rec 2003/361 Annex Art 3(2): partner enterprises. An enterprise that, alone or jointly with its linked
 * enterprises, holds 25 % or more of the capital or voting rights of another (the greater of the two
 * counts) is its partner, unless it is linked to it. The investors of the second subparagraph do not make
 * the enterprise a partner while they are not linked to it (business angels only below a total investment
 * of EUR 1 250 000 in the enterprise). The exception removes the relationship in both directions.
 *
 * <p>Partnerships are found between linked groups: the data of a partner include its linked enterprises
 * (Art 6(3)), and the partners of a linked enterprise count for every enterprise linked to it. Where two
 * linked groups are partners through several holdings (cross-holdings included), the greater percentage
 * counts, so that no group is counted twice.
 */
final class PartnershipPolicy {

    static final String RULE = "Partner enterprises";
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    /** Partnerships between linked groups, with the share counted. */
    static final class Partnerships {
        /**
         * The partners of linked group c are partner[start[c] .. start[c+1]), in ascending order, each once, with
         * the share counted (a fraction: 0.3 for 30 %; the greater one where several holdings make them partners).
         */
        int[] start;
        int[] partner;
        BigDecimal[] share;
        final Map<Integer, List<ReasoningStep>> steps = new HashMap<>();
        final Map<Integer, List<String>> assumptions = new HashMap<>();
        /** The investor exceptions noted, in the order found. */
        private final List<Exempt> exempt = new ArrayList<>(0);

        /** Partnerships found, in any order and possibly more than once. */
        private int[] pairA = new int[16];
        private int[] pairB = new int[16];
        private BigDecimal[] pairShare = new BigDecimal[16];
        private int pairs;

        int pairCount() {
            return partner.length / 2;
        }

        private void add(int a, int b, BigDecimal value) {
            if (pairs == pairA.length) {
                pairA = java.util.Arrays.copyOf(pairA, pairs * 2);
                pairB = java.util.Arrays.copyOf(pairB, pairs * 2);
                pairShare = java.util.Arrays.copyOf(pairShare, pairs * 2);
            }
            pairA[pairs] = a;
            pairB[pairs] = b;
            pairShare[pairs++] = value;
        }

        /** Both directions of every pair, grouped by linked group (a counting sort: linear), sorted and merged. */
        private void index(int groups) {
            int[] from = new int[groups + 1];
            for (int k = 0; k < pairs; k++) {
                from[pairA[k] + 1]++;
                from[pairB[k] + 1]++;
            }
            for (int c = 0; c < groups; c++) {
                from[c + 1] += from[c];
            }
            int[] other = new int[from[groups]];
            BigDecimal[] value = new BigDecimal[from[groups]];
            int[] fill = new int[groups];
            for (int k = 0; k < pairs; k++) {
                int a = pairA[k];
                int b = pairB[k];
                other[from[a] + fill[a]] = b;
                value[from[a] + fill[a]++] = pairShare[k];
                other[from[b] + fill[b]] = a;
                value[from[b] + fill[b]++] = pairShare[k];
            }
            start = new int[groups + 1];
            int out = 0;
            for (int c = 0; c < groups; c++) {
                start[c] = out;
                sort(other, value, from[c], from[c + 1]);
                for (int k = from[c]; k < from[c + 1]; k++) {
                    if (out > start[c] && other[out - 1] == other[k]) {
                        value[out - 1] = value[out - 1].max(value[k]);
                    } else {
                        other[out] = other[k];
                        value[out++] = value[k];
                    }
                }
            }
            start[groups] = out;
            partner = java.util.Arrays.copyOf(other, out);
            share = java.util.Arrays.copyOf(value, out);
        }

        /** Sorts one group's entries by partner, stable (the first found stays first among equals). */
        private static void sort(int[] other, BigDecimal[] value, int from, int to) {
            if (to - from > 32) {
                // many partners (a hub): sort (partner, position) pairs, O(d log d)
                long[] keys = new long[to - from];
                for (int k = from; k < to; k++) {
                    keys[k - from] = ((long) other[k] << 32) | (k - from);
                }
                java.util.Arrays.sort(keys);
                BigDecimal[] values = java.util.Arrays.copyOfRange(value, from, to);
                for (int k = 0; k < keys.length; k++) {
                    other[from + k] = (int) (keys[k] >>> 32);
                    value[from + k] = values[(int) keys[k]];
                }
                return;
            }
            for (int i = from + 1; i < to; i++) {
                int o = other[i];
                BigDecimal v = value[i];
                int j = i - 1;
                while (j >= from && other[j] > o) {
                    other[j + 1] = other[j];
                    value[j + 1] = value[j];
                    j--;
                }
                other[j + 1] = o;
                value[j + 1] = v;
            }
        }
    }

    Partnerships find(IndexedStructure s, LinkagePolicy.Linkage linkage) {
        Partnerships result = new Partnerships();
        int[] groupOf = linkage.component;
        int[] groups = new int[8];
        // per holding linked group: capital and votes in exact units; a slot that meets a percentage without a unit
        // value is summed again from the holdings, in BigDecimal
        long[] capital = new long[8];
        long[] votes = new long[8];
        boolean[] inexact = new boolean[8];
        boolean[] allExempt = new boolean[8];
        boolean[] anyAngel = new boolean[8];
        // what the loop below needs of each holding's owner, read first in one tight pass (the owners lie anywhere in
        // the structure: here their reads are in flight together): its linked group, -1 for a natural person
        int[] ownerGroup = new int[s.m];
        InvestorCategory[] ownerCategory = new InvestorCategory[s.m];
        for (int k = 0; k < s.m; k++) {
            int o = s.inOwner[k];
            ownerGroup[k] = s.natural[o] ? -1 : groupOf[o];
            ownerCategory[k] = s.investor[o];
        }
        for (int x = 0; x < s.n; x++) {
            int from = s.inStart[x];
            int to = s.inStart[x + 1];
            if (from == to || s.natural[x]) {
                continue;
            }
            int degree = to - from;
            if (groups.length < degree) {
                groups = new int[degree];
                capital = new long[degree];
                votes = new long[degree];
                inexact = new boolean[degree];
                allExempt = new boolean[degree];
                anyAngel = new boolean[degree];
            }
            int cx = groupOf[x];
            int count = 0;
            Map<Integer, Integer> slots = degree > LinkagePolicy.LINEAR_SCAN ? new HashMap<>() : null;
            BigDecimal angelTotal = BigDecimal.ZERO;
            boolean angelAmountUnknown = false;
            for (int k = from; k < to; k++) {
                InvestorCategory category = ownerCategory[k];
                // The ceiling is on the total invested by business angels in the enterprise, linked ones included.
                // a record of 0 % (or without a figure) holds nothing: its angel is not one of those investing
                boolean holds = !holdsNothing(s.inCapital[k], s.inVoting[k]);
                if (category == InvestorCategory.BUSINESS_ANGEL && holds) {
                    BigDecimal invested = s.holdings.get(s.inHoldings[k]).investedAmount();
                    if (invested == null) {
                        angelAmountUnknown = true;
                    } else {
                        angelTotal = angelTotal.add(invested);
                    }
                }
                int og = ownerGroup[k];
                if (og < 0 || og == cx) {
                    continue;
                }
                int g = LinkagePolicy.slot(slots, groups, count, og, degree);
                if (g == count) {
                    if (slots != null) {
                        slots.put(og, count);
                    }
                    groups[count] = og;
                    capital[count] = PercentUnits.ABSENT;
                    votes[count] = PercentUnits.ABSENT;
                    inexact[count] = false;
                    allExempt[count] = true;
                    anyAngel[count] = false;
                    count++;
                }
                capital[g] = add(capital[g], s.inCapital[k]);
                // voting rights not given follow the capital (as for linkage): the same holding, read the same way
                votes[g] = add(votes[g], s.inVotes[k]);
                inexact[g] |= s.inCapital[k] == PercentUnits.INEXACT || s.inVotes[k] == PercentUnits.INEXACT;
                // a record of 0 % (or without a figure) holds nothing of the joint holding, so it does not decide
                // whether all its holders are exempt investors
                allExempt[g] &= category != null || holdsNothing(s.inCapital[k], s.inVoting[k]);
                anyAngel[g] |= category == InvestorCategory.BUSINESS_ANGEL && holds;
            }
            for (int g = 0; g < count; g++) {
                int cg = groups[g];
                BigDecimal share;
                BigDecimal percent = null;
                if (inexact[g]) {
                    percent = exactPercent(s, linkage, from, to, cg);
                    if (percent == null || percent.compareTo(TWENTY_FIVE) < 0) {
                        continue;
                    }
                    share = percent.movePointLeft(2).stripTrailingZeros();
                } else {
                    long units = Math.max(capital[g], votes[g]);
                    if (units < PercentUnits.TWENTY_FIVE) {
                        continue;
                    }
                    // the same number as the percentage moved two places, whatever its scale: stripped alike
                    share = BigDecimal.valueOf(units, PercentUnits.SCALE + 2).stripTrailingZeros();
                }
                if (allExempt[g]) {
                    if (percent == null) {
                        percent = exactPercent(s, linkage, from, to, cg);
                    }
                    if (!anyAngel[g]) {
                        exempt(result, s, linkage, x, cg, percent, "an investor of the listed categories not linked"
                                + " to it");
                        continue;
                    }
                    if (!angelAmountUnknown && angelTotal.compareTo(InvestorCategory.BUSINESS_ANGEL_CEILING) < 0) {
                        exempt(result, s, linkage, x, cg, percent, "business angels whose total investment in it (EUR "
                                + angelTotal.toPlainString() + ") is below EUR 1 250 000");
                        continue;
                    }
                    String why = angelAmountUnknown
                            ? "the business angels' invested amount is not given, so the EUR 1 250 000 ceiling cannot be"
                            + " shown to be respected"
                            : "the business angels' total investment in it (EUR " + angelTotal.toPlainString()
                            + ") is not below EUR 1 250 000";
                    note(result.steps, cx, cg, ReasoningStep.of(RULE, "investor exception not applicable",
                            "The holding of " + percent.toPlainString() + " % in '" + s.key(x) + "' is by business angels,"
                                    + " but " + why + ": they count as a partner.", REC_ART_3_2_SECOND));
                    if (angelAmountUnknown) {
                        noteAssumption(result.assumptions, cx, cg, "Invested amount of a business angel in '" + s.key(x)
                                + "' not given: the business angel exception is not applied.");
                    }
                }
                result.add(cx, cg, share);
            }
        }
        result.index(linkage.count);
        for (Exempt e : result.exempt) {
            int a = linkage.component[e.x()];
            if (java.util.Arrays.binarySearch(result.partner, result.start[a], result.start[a + 1], e.investorGroup()) < 0) {
                continue;
            }
            // partners all the same, through another holding (the other direction of a cross-holding, or another
            // enterprise of either group): the step must not say that they are not
            ReasoningStep partners = ReasoningStep.of(RULE, "investor exception for this holding only",
                    e.investors() + " hold " + e.percent().toPlainString() + " % of '" + s.key(e.x()) + "' as " + e.who()
                            + ": this holding does not make them partners, but another holding between the two does,"
                            + " so they are counted for each other.", REC_ART_3_2_SECOND);
            replace(result.steps.get(a), e.step(), partners);
            replace(result.steps.get(e.investorGroup()), e.step(), partners);
        }
        return result;
    }

    /** An investor exception noted for one holding; whether the two groups are partners anyway is known at the end. */
    private record Exempt(int x, int investorGroup, BigDecimal percent, String who, String investors,
                          ReasoningStep step) {
    }

    private static void replace(List<ReasoningStep> steps, ReasoningStep step, ReasoningStep with) {
        for (int k = 0; k < steps.size(); k++) {
            if (steps.get(k) == step) {
                steps.set(k, with);
            }
        }
    }

    /**
     * The percentage that one linked group holds in enterprise x (whose holdings are inHoldings[from..to)), summed
     * from the holdings as written (the greater of capital and votes, with BigDecimal's scale), for the texts and for
     * percentages without a unit value. {@code null} when neither is given.
     */
    private static BigDecimal exactPercent(IndexedStructure s, LinkagePolicy.Linkage linkage, int from, int to,
                                           int group) {
        BigDecimal capital = null;
        BigDecimal votes = null;
        for (int k = from; k < to; k++) {
            int o = s.inOwner[k];
            if (s.natural[o] || linkage.component[o] != group) {
                continue;
            }
            Holding holding = s.holdings.get(s.inHoldings[k]);
            capital = add(capital, holding.capitalPercent());
            votes = add(votes, holding.votesForControl());
        }
        return Holding.greater(capital, votes);
    }

    /** Neither capital nor votes above zero (each 0 % or not given). */
    private static boolean holdsNothing(long capital, long votes) {
        return (capital == 0 || capital == PercentUnits.ABSENT) && (votes == 0 || votes == PercentUnits.ABSENT);
    }

    private static void exempt(Partnerships result, IndexedStructure s, LinkagePolicy.Linkage linkage, int x, int investorGroup,
                               BigDecimal percent, String who) {
        String investors = holdersOf(s, linkage, x, investorGroup);
        ReasoningStep step = ReasoningStep.of(RULE, "investor exception",
                investors + " hold " + percent.toPlainString() + " % of '" + s.key(x) + "' as " + who
                        + ": '" + s.key(x) + "' is not their partner, and they are not counted for each other.",
                REC_ART_3_2_SECOND);
        note(result.steps, linkage.component[x], investorGroup, step);
        result.exempt.add(new Exempt(x, investorGroup, percent, who, investors, step));
    }

    /**
     * The enterprises of linked group {@code group} that hold something of enterprise {@code x}, by key (so that the
     * text does not depend on the order of the input): {@code 'F'}, or {@code 'F', 'G'}.
     */
    private static String holdersOf(IndexedStructure s, LinkagePolicy.Linkage linkage, int x, int group) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        for (int k = s.inStart[x]; k < s.inStart[x + 1]; k++) {
            int o = s.inOwner[k];
            if (!s.natural[o] && linkage.component[o] == group && !holdsNothing(s.inCapital[k], s.inVoting[k])) {
                keys.add(s.key(o));
            }
        }
        StringBuilder text = new StringBuilder();
        for (String key : keys) {
            text.append(text.isEmpty() ? "'" : ", '").append(key).append('\'');
        }
        return text.toString();
    }

    private static void note(Map<Integer, List<ReasoningStep>> steps, int a, int b, ReasoningStep step) {
        steps.computeIfAbsent(a, k -> new ArrayList<>()).add(step);
        if (b != a) {
            steps.computeIfAbsent(b, k -> new ArrayList<>()).add(step);
        }
    }

    private static void noteAssumption(Map<Integer, List<String>> assumptions, int a, int b, String text) {
        assumptions.computeIfAbsent(a, k -> new ArrayList<>()).add(text);
        if (b != a) {
            assumptions.computeIfAbsent(b, k -> new ArrayList<>()).add(text);
        }
    }

    /** Sum of units where {@link PercentUnits#ABSENT} is "not given" (an inexact term makes the slot inexact). */
    private static long add(long sum, long units) {
        if (units == PercentUnits.ABSENT) {
            return sum;
        }
        long u = units == PercentUnits.INEXACT ? 0 : units;
        return sum == PercentUnits.ABSENT ? u : sum + u;
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }

    static String legalBasis() {
        return REC_ART_3_2;
    }
}
