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
        /** key = lower group << 32 | higher group; value = share as a fraction (0.3 for 30 %). */
        final Map<Long, BigDecimal> shares = new HashMap<>();
        final Map<Integer, List<ReasoningStep>> steps = new HashMap<>();
        final Map<Integer, List<String>> assumptions = new HashMap<>();
    }

    Partnerships find(IndexedStructure s, LinkagePolicy.Linkage linkage) {
        Partnerships result = new Partnerships();
        int[] groupOf = linkage.component;
        int[] groups = new int[8];
        BigDecimal[] capital = new BigDecimal[8];
        BigDecimal[] votes = new BigDecimal[8];
        boolean[] allExempt = new boolean[8];
        boolean[] anyAngel = new boolean[8];
        for (int x = 0; x < s.n; x++) {
            int from = s.inStart[x];
            int to = s.inStart[x + 1];
            if (from == to || s.natural[x]) {
                continue;
            }
            int degree = to - from;
            if (groups.length < degree) {
                groups = new int[degree];
                capital = new BigDecimal[degree];
                votes = new BigDecimal[degree];
                allExempt = new boolean[degree];
                anyAngel = new boolean[degree];
            }
            int cx = groupOf[x];
            int count = 0;
            Map<Integer, Integer> slots = degree > LinkagePolicy.LINEAR_SCAN ? new HashMap<>() : null;
            BigDecimal angelTotal = BigDecimal.ZERO;
            boolean angelAmountUnknown = false;
            for (int k = from; k < to; k++) {
                int h = s.inHoldings[k];
                int o = s.owner[h];
                Holding holding = s.holdings.get(h);
                InvestorCategory category = s.enterprises.get(o).investorCategory();
                // The ceiling is on the total invested by business angels in the enterprise, linked ones included.
                if (category == InvestorCategory.BUSINESS_ANGEL) {
                    if (holding.investedAmount() == null) {
                        angelAmountUnknown = true;
                    } else {
                        angelTotal = angelTotal.add(holding.investedAmount());
                    }
                }
                if (s.natural[o] || groupOf[o] == cx) {
                    continue;
                }
                int g = LinkagePolicy.slot(slots, groups, count, groupOf[o], degree);
                if (g == count) {
                    if (slots != null) {
                        slots.put(groupOf[o], count);
                    }
                    groups[count] = groupOf[o];
                    capital[count] = null;
                    votes[count] = null;
                    allExempt[count] = true;
                    anyAngel[count] = false;
                    count++;
                }
                capital[g] = add(capital[g], holding.capitalPercent());
                votes[g] = add(votes[g], holding.votingPercent());
                allExempt[g] &= category != null;
                anyAngel[g] |= category == InvestorCategory.BUSINESS_ANGEL;
            }
            for (int g = 0; g < count; g++) {
                BigDecimal percent = Holding.greater(capital[g], votes[g]);
                if (percent == null || percent.compareTo(TWENTY_FIVE) < 0) {
                    continue;
                }
                int cg = groups[g];
                if (allExempt[g]) {
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
                BigDecimal share = percent.movePointLeft(2).stripTrailingZeros();
                long key = cx < cg ? ((long) cx << 32) | cg : ((long) cg << 32) | cx;
                result.shares.merge(key, share, BigDecimal::max);
            }
        }
        return result;
    }

    private static void exempt(Partnerships result, IndexedStructure s, LinkagePolicy.Linkage linkage, int x, int investorGroup,
                               BigDecimal percent, String who) {
        String investors = keysOf(s, linkage, investorGroup);
        note(result.steps, linkage.component[x], investorGroup, ReasoningStep.of(RULE, "investor exception",
                investors + " hold " + percent.toPlainString() + " % of '" + s.key(x) + "' as " + who
                        + ": '" + s.key(x) + "' is not their partner, and they are not counted for each other.",
                REC_ART_3_2_SECOND));
    }

    private static String keysOf(IndexedStructure s, LinkagePolicy.Linkage linkage, int group) {
        int size = linkage.size(group);
        String first = "'" + s.key(linkage.members[linkage.start[group]]) + "'";
        return size == 1 ? first : first + " and " + (size - 1) + " linked enterprise(s)";
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
