package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.reasoning.PlainNumber;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rec 2003/361 Annex Art 6: the data that decide the size of every enterprise of a group.
 *
 * <ul>
 *   <li>Autonomous (6(1)): own accounts only.</li>
 *   <li>With partners or linked enterprises (6(2)): the own accounts, or the consolidated accounts where
 *       they exist, plus 100 % of every enterprise linked directly or indirectly, plus pro rata every partner
 *       immediately upstream or downstream.</li>
 *   <li>6(3): a partner's data include 100 % of its own linked enterprises; the partners of a linked
 *       enterprise are added pro rata; partners of partners are not added.</li>
 *   <li>Consolidated accounts cover the consolidating enterprise and the enterprises consolidated line by
 *       line; used once, nothing in them is added again.</li>
 *   <li>NIS2 Art 2(1) disapplies Annex Art 3(4): public ownership does not deny SME status, so the
 *       enterprise is sized on its real figures.</li>
 * </ul>
 *
 * <p>Every enterprise of one linked group has the same aggregated figures, so the work is done once per
 * group: linear in enterprises + holdings (plus the partnerships found), whatever the number of targets.
 * Contributions are a view over the group's members, not a copy per target.
 */
public final class AggregationPolicy {

    static final String RULE_RELATIONS = "Enterprise relationships";
    static final String RULE_AGGREGATION = "Aggregated figures";
    static final String RULE_CONSOLIDATED = "Consolidated accounts";
    private static final List<String> OWN_AUTONOMOUS = List.of(REC_ART_6_1);
    private static final List<String> OWN_BASIS = List.of(REC_ART_6_2);
    private static final List<String> LINKED_BASIS = List.of(REC_ART_3_3, REC_ART_6_2);
    private static final List<String> PARTNER_BASIS = List.of(REC_ART_3_2, REC_ART_6_2, REC_ART_6_3);
    /** The legal bases of the steps made once per linked group, shared rather than made per step. */
    private static final List<String> RELATIONS_BASIS = List.of(REC_ART_3_2, REC_ART_3_3);
    private static final List<String> AGGREGATION_AUTONOMOUS_BASIS = List.of(REC_ART_6_1);
    private static final List<String> AGGREGATION_BASIS = List.of(REC_ART_6_2, REC_ART_6_3);
    private static final int LISTED_KEYS = 10;
    private static final String PREVIOUS_GAP = "Previous-period figures are missing for some enterprises counted: their"
            + " latest figures stand in for the previous period (Rec 2003/361 Annex Art 4(2)).";
    private static final ReasoningStep PUBLIC_BODIES = ReasoningStep.of("Public bodies", "Annex Art 3(4) not applied",
            "NIS2 disapplies the rule that 25 % or more of the capital or voting rights controlled by public bodies"
                    + " denies SME status: public ownership does not make the enterprise large; it is sized on the"
                    + " aggregated figures.", NIS2_ART_2_1, REC_ART_3_4);

    private static final ReasoningStep AUTONOMOUS = ReasoningStep.of(RULE_RELATIONS, "autonomous",
            "No enterprise holds 25 % or more of it, it holds 25 % or more of none (investor exceptions aside),"
                    + " and it is linked to none: an autonomous enterprise counts its own data only.",
            REC_ART_3_1, REC_ART_6_1);

    private final LinkagePolicy linkagePolicy = new LinkagePolicy();
    private final PartnershipPolicy partnershipPolicy = new PartnershipPolicy();

    /** One aggregation per enterprise, in the order of the structure. */
    public List<EnterpriseAggregation> aggregate(GroupStructure structure) {
        return Arrays.asList(aggregateAll(structure, false, null));
    }

    /**
     * Receives the aggregations of each linked group as soon as they are worked out, while the group's data are still
     * at hand (in the processor's caches): the members of one linked group share their aggregated figures, previous
     * figures and undertaking turnover (the very same objects), so whatever follows from them alone can be worked out
     * once per group. A natural person is a group of its own.
     */
    @FunctionalInterface
    public interface LinkedGroupSink {
        /**
         * @param members    the members' positions in the structure are members[from .. to), ascending
         * @param byPosition the aggregations of this group's members, by position in the structure (only theirs: the
         *                   groups handed over before are cleared; the arrays belong to the policy: read them, do not
         *                   keep or change them)
         */
        void linkedGroup(int[] members, int from, int to, EnterpriseAggregation[] byPosition);
    }

    /**
     * One aggregation per enterprise, handed over linked group by linked group.
     *
     * @param reasoningForAssessedOnly build the reasoning steps only for the linked groups with a member that gets an
     *                                 assessment ({@link Enterprise#assessed()}): the only ones an assessment explains
     *                                 (an enterprise without activities or identifications gets none, so nobody reads
     *                                 its steps); the others get none. Figures, contributions and assumptions are the
     *                                 same either way.
     */
    public void aggregate(GroupStructure structure, boolean reasoningForAssessedOnly, LinkedGroupSink sink) {
        aggregateAll(structure, reasoningForAssessedOnly, java.util.Objects.requireNonNull(sink, "sink"));
    }

    /** One aggregation per enterprise, by position; each linked group handed to {@code sink} (if any) when done. */
    private EnterpriseAggregation[] aggregateAll(GroupStructure structure, boolean reasoningForAssessedOnly,
                                                 LinkedGroupSink sink) {
        IndexedStructure s = new IndexedStructure(structure);
        LinkagePolicy.Linkage linkage = linkagePolicy.link(s);
        PartnershipPolicy.Partnerships partnerships = partnershipPolicy.find(s, linkage);
        int groups = linkage.count;

        // The linked group's own data (consolidated where possible), latest and previous period.
        Figures input = Figures.of(s);
        Figures own = new Figures(groups);
        Figures ownPrevious = new Figures(groups);
        // the steps on consolidated accounts, by linked group (null for the many groups without)
        List<ReasoningStep>[] consolidationSteps = byGroup(groups);
        // whether a group's previous-period sums stand in the latest figures for someone
        boolean[] previousGap = new boolean[groups];
        // the enterprises included in consolidated accounts that give the previous period (null when none consolidates)
        boolean[] consolidatedPrevious = input.anyConsolidates ? new boolean[s.n] : null;
        // for the coverage of consolidated accounts (see coverage)
        int[] listedBy = input.anyConsolidates ? new int[s.n] : null;
        if (listedBy != null) {
            Arrays.fill(listedBy, -1);
        }
        // who did not give a balance sheet total ('key', quoted), by linked group (only groups with one)
        Map<Integer, List<String>> balanceGaps = new HashMap<>();
        long readAheadSum = 0;
        // scratch lists and text, reused from group to group: only what a group keeps is allocated for it
        List<ReasoningStep> scratchSteps = new ArrayList<>();
        List<String> scratchAssumptions = new ArrayList<>();
        StringBuilder scratchText = new StringBuilder(600);
        for (int c = 0; c < groups; c++) {
            if (c % ReadAhead.BATCH == 0 && c + ReadAhead.DISTANCE < groups) {
                readAheadSum += input.readAheadMembers(linkage, c + ReadAhead.DISTANCE,
                        Math.min(groups, c + ReadAhead.DISTANCE + ReadAhead.BATCH));
            }
            previousGap[c] = groupSums(s, linkage, c, input, own, ownPrevious, scratchSteps, consolidatedPrevious,
                    balanceGaps, listedBy);
            if (!scratchSteps.isEmpty()) {
                consolidationSteps[c] = List.copyOf(scratchSteps);
                scratchSteps.clear();
            }
        }

        // Partners per linked group (adjacency), with shares.
        int[] degree = partnerships.start;
        int[] partner = partnerships.partner;
        BigDecimal[] partnerShare = partnerships.share;
        long[] shareUnscaled = new long[partnerShare.length];
        int[] shareScale = new int[partnerShare.length];
        for (int k = 0; k < partnerShare.length; k++) {
            shareUnscaled[k] = DecimalRows.unscaled(partnerShare[k]);
            shareScale[k] = DecimalRows.scale(partnerShare[k]);
        }

        // the steps and assumptions of linkage and partnerships by linked group, side by side (null where none)
        List<ReasoningStep>[] linkageSteps = byGroup(linkage.steps, groups);
        List<ReasoningStep>[] partnershipSteps = byGroup(partnerships.steps, groups);
        List<String>[] linkageAssumptions = byGroup(linkage.assumptions, groups);
        List<String>[] partnershipAssumptions = byGroup(partnerships.assumptions, groups);
        // what the texts need of a partner group, side by side: its first member's key (from, to) and its size
        int[] groupText = new int[3 * groups];
        for (int c = 0; c < groups; c++) {
            int first = linkage.members[linkage.start[c]];
            groupText[3 * c] = s.keyStart[first];
            groupText[3 * c + 1] = s.keyStart[first + 1];
            groupText[3 * c + 2] = linkage.size(c);
        }
        ShareTexts shareTexts = new ShareTexts();

        // Group by group: the totals, the reasoning, then every member's aggregation while the group's data are at hand.
        EnterpriseAggregation[] result = new EnterpriseAggregation[s.n];
        Figures total = new Figures(1);
        Figures totalPrevious = new Figures(1);
        for (int c = 0; c < groups; c++) {
            if (c % ReadAhead.BATCH == 0 && c + ReadAhead.DISTANCE < groups) {
                readAheadSum += readAhead(s, linkage, c + ReadAhead.DISTANCE,
                        Math.min(groups, c + ReadAhead.DISTANCE + ReadAhead.BATCH), degree, partner, own, ownPrevious,
                        groupText);
            }
            int from = degree[c];
            int to = degree[c + 1];
            total.copy(0, own, c);
            totalPrevious.copy(0, ownPrevious, c);
            boolean partnerPreviousGap = false;
            for (int k = from; k < to; k++) {
                total.addShare(0, own, partner[k], partnerShare[k], shareUnscaled[k], shareScale[k]);
                totalPrevious.addShare(0, ownPrevious, partner[k], partnerShare[k], shareUnscaled[k], shareScale[k]);
                partnerPreviousGap |= previousGap[partner[k]];
            }
            SizeFigures aggregated = total.figures(0);
            SizeFigures aggregatedPrevious = totalPrevious.figures(0);
            BigDecimal undertakingTurnover = own.turnover(c);
            boolean autonomous = linkage.size(c) == 1 && from == to;
            List<ReasoningStep> steps = scratchSteps;
            if (!reasoningForAssessedOnly || anyAssessed(s, linkage, c)) {
                steps.add(relationsStep(s, linkage, c, partner, shareUnscaled, shareScale, partnerShare, from, to,
                        groupText, shareTexts, scratchText));
                addAll(steps, linkageSteps[c]);
                addAll(steps, partnershipSteps[c]);
                addAll(steps, consolidationSteps[c]);
                if (!autonomous) {
                    steps.add(PUBLIC_BODIES);
                }
                steps.add(aggregationStep(aggregated, undertakingTurnover, autonomous, scratchText));
            }
            List<ReasoningStep> groupSteps = List.copyOf(steps);
            steps.clear();
            List<String> assumptions = scratchAssumptions;
            addAll(assumptions, linkageAssumptions[c]);
            addAll(assumptions, partnershipAssumptions[c]);
            if (total.balanceUnknown[0]) {
                assumptions.add(balanceGap(balanceGaps, c, partner, from, to));
            }
            List<String> groupAssumptions = List.copyOf(assumptions);
            assumptions.clear();
            List<String> withPreviousGap = null;
            int[] offsets = null;
            for (int m = linkage.start[c]; m < linkage.start[c + 1]; m++) {
                int i = linkage.members[m];
                Enterprise e = s.enterprises.get(i);
                if (s.natural[i]) {
                    result[i] = naturalPerson(e);
                    continue;
                }
                if (offsets == null) {
                    offsets = Contributions.offsets(linkage, c, partner, from, to, groupText);
                }
                List<Contribution> contributions = new Contributions(s, linkage, i, m - linkage.start[c], c, partner,
                        partnerShare, from, offsets, autonomous);
                SizeFigures previous = null;
                List<String> memberAssumptions = groupAssumptions;
                if (givesPreviousPeriod(e, consolidatedPrevious, i)) {
                    previous = aggregatedPrevious;
                    if (previousGap[c] || partnerPreviousGap) {
                        if (withPreviousGap == null) {
                            String[] more = groupAssumptions.toArray(new String[groupAssumptions.size() + 1]);
                            more[more.length - 1] = PREVIOUS_GAP;
                            withPreviousGap = List.of(more);
                        }
                        memberAssumptions = withPreviousGap;
                    }
                }
                result[i] = new EnterpriseAggregation(e.key(), aggregated, previous, contributions, undertakingTurnover,
                        groupSteps, memberAssumptions);
            }
            if (sink != null) {
                sink.linkedGroup(linkage.members, linkage.start[c], linkage.start[c + 1], result);
                // handed over: not kept alive (and copied by the collector) while the other groups are worked out
                for (int m = linkage.start[c]; m < linkage.start[c + 1]; m++) {
                    result[linkage.members[m]] = null;
                }
            }
        }
        ReadAhead.keep(readAheadSum);
        return result;
    }

    /**
     * Reads what the work on linked groups {@code fromGroup .. toGroup - 1} will read first where it lies anywhere in
     * the structure, in tight loops, one per level of reads (see {@link ReadAhead}): their partner groups' sums and the
     * first character of their keys, their members' enterprises with their lists of activities and identifications,
     * the first character of their keys and their first activity.
     *
     * @return a value made of what was read
     */
    private static long readAhead(IndexedStructure s, LinkagePolicy.Linkage linkage, int fromGroup, int toGroup,
                                  int[] degree, int[] partner, Figures own, Figures ownPrevious, int[] groupText) {
        long sum = 0;
        int partnersFrom = degree[fromGroup];
        int partnersTo = degree[toGroup];
        for (int k = partnersFrom; k < partnersTo; k++) {
            int p = partner[k];
            sum += own.values.readAhead(p) + ownPrevious.values.readAhead(p) + groupText[3 * p];
        }
        for (int k = partnersFrom; k < partnersTo; k++) {
            sum += s.keyChars[groupText[3 * partner[k]]];
        }
        int membersFrom = linkage.start[fromGroup];
        int membersTo = linkage.start[toGroup];
        for (int m = membersFrom; m < membersTo; m++) {
            int i = linkage.members[m];
            sum += s.keyStart[i] + (s.enterprises.get(i).naturalPerson() ? 1 : 0);
        }
        for (int m = membersFrom; m < membersTo; m++) {
            int i = linkage.members[m];
            Enterprise e = s.enterprises.get(i);
            sum += e.activities().size() + e.identifications().size() + s.keyChars[s.keyStart[i]];
        }
        // the first activity of each member, which its assessment reads first
        for (int m = membersFrom; m < membersTo; m++) {
            List<eu.nis2assessor.domain.scope.Activity> activities = s.enterprises.get(linkage.members[m]).activities();
            if (!activities.isEmpty()) {
                sum += activities.getFirst().type().ordinal();
            }
        }
        return sum;
    }

    /**
     * Whether the enterprise gave figures for the previous period, so that the two-period rule applies to it: its own
     * previous accounts, or the previous figures of the consolidated accounts used for its group that it prepares or
     * is included in (Annex Art 6(2): its data are those accounts; a consolidating parent need not give its own
     * accounts as well). Accounts that are not used (they overlap accounts already used) give nothing.
     *
     * @param consolidatedPrevious by position, covered by used consolidated accounts that give the previous period
     *                             ({@code null} when nobody consolidates)
     */
    private static boolean givesPreviousPeriod(Enterprise e, boolean[] consolidatedPrevious, int i) {
        return e.previousFigures() != null || consolidatedPrevious != null && consolidatedPrevious[i];
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] byGroup(int groups) {
        return (List<T>[]) new List<?>[groups];
    }

    /** The lists of a map by linked group as an array by group ({@code null} where the map has none). */
    private static <T> List<T>[] byGroup(Map<Integer, List<T>> map, int groups) {
        List<T>[] array = byGroup(groups);
        for (Map.Entry<Integer, List<T>> e : map.entrySet()) {
            array[e.getKey()] = e.getValue();
        }
        return array;
    }

    private static <T> void addAll(List<T> to, List<T> from) {
        if (from != null) {
            to.addAll(from);
        }
    }

    /** Whether a member of linked group {@code c} gets an assessment ({@link Enterprise#assessed()}). */
    private static boolean anyAssessed(IndexedStructure s, LinkagePolicy.Linkage linkage, int c) {
        for (int k = linkage.start[c]; k < linkage.start[c + 1]; k++) {
            if (s.enterprises.get(linkage.members[k]).assessed()) {
                return true;
            }
        }
        return false;
    }

    private static EnterpriseAggregation naturalPerson(Enterprise e) {
        return new EnterpriseAggregation(e.key(), e.figures(), e.previousFigures(),
                List.of(new Contribution(e.key(), EnterpriseRelation.OWN, BigDecimal.ONE, OWN_AUTONOMOUS)),
                e.figures().annualTurnover(),
                List.of(ReasoningStep.of(RULE_RELATIONS, "natural person",
                        "A natural person links the enterprises it controls on the same or adjacent markets, but its own"
                                + " data are not aggregated with theirs; its own figures are shown.", REC_ART_3_3_FOURTH)),
                List.of());
    }

    /**
     * Names the enterprises whose missing balance sheet total makes the aggregated one unknown: the linked group's own
     * and its partners' (the target may well have given its own).
     */
    private static String balanceGap(Map<Integer, List<String>> balanceGaps, int c, int[] partner, int from, int to) {
        List<String> keys = new ArrayList<>(balanceGaps.getOrDefault(c, List.of()));
        for (int k = from; k < to; k++) {
            keys.addAll(balanceGaps.getOrDefault(partner[k], List.of()));
        }
        if (keys.isEmpty()) {
            return "Balance sheet total not given for an enterprise counted in the aggregated figures: the aggregated"
                    + " balance sheet total is unknown (Rec 2003/361 Annex Art 6).";
        }
        StringBuilder text = new StringBuilder("Balance sheet total not given for ");
        for (int k = 0; k < keys.size() && k < LISTED_KEYS; k++) {
            text.append(k > 0 ? ", " : "").append(keys.get(k));
        }
        if (keys.size() > LISTED_KEYS) {
            text.append(" and ").append(keys.size() - LISTED_KEYS).append(" more");
        }
        return text.append(", counted in the aggregated figures: the aggregated balance sheet total is unknown"
                + " (Rec 2003/361 Annex Art 6).").toString();
    }

    /**
     * Group {@code c}'s own data into row {@code c} of {@code latest} and {@code previous}: consolidated accounts where
     * they exist (the outermost first, never two that overlap), plus the own accounts of every member they do not
     * cover, read from the packed {@code input}. The steps on consolidated accounts go to {@code steps}.
     *
     * @return whether a member counted gave no previous figures (its latest figures stand in for them)
     */
    private static boolean groupSums(IndexedStructure s, LinkagePolicy.Linkage linkage, int c, Figures input,
                                     Figures latest, Figures previous, List<ReasoningStep> steps,
                                     boolean[] consolidatedPrevious, Map<Integer, List<String>> balanceGaps,
                                     int[] listedBy) {
        boolean previousGap = false;
        int from = linkage.start[c];
        int to = linkage.start[c + 1];
        List<Integer> consolidators = null;
        for (int k = from; k < to; k++) {
            int i = linkage.members[k];
            if (input.consolidates[i]) {
                if (consolidators == null) {
                    consolidators = new ArrayList<>(2);
                }
                consolidators.add(i);
            }
        }
        boolean[] covered = null;
        if (consolidators != null) {
            covered = new boolean[s.n];
            // the outermost accounts first: those covering the most distinct enterprises (a key listed twice, or the
            // consolidating enterprise listing itself, does not make accounts cover more)
            Map<Integer, int[]> coverages = new HashMap<>();
            for (int i : consolidators) {
                coverages.put(i, coverage(s, i, s.enterprises.get(i).consolidatedAccounts(), listedBy));
            }
            consolidators.sort(Comparator.<Integer>comparingInt(i -> -coverages.get(i).length).thenComparing(s::key));
            for (int i : consolidators) {
                ConsolidatedAccounts accounts = s.enterprises.get(i).consolidatedAccounts();
                int[] coverage = coverages.get(i);
                boolean overlaps = false;
                for (int j : coverage) {
                    overlaps |= covered[j];
                }
                if (overlaps) {
                    steps.add(ReasoningStep.of(RULE_CONSOLIDATED, "not used",
                            "The consolidated accounts of '" + s.key(i) + "' overlap accounts already used; using them as"
                                    + " well would count enterprises twice.", REC_ART_6_2));
                    continue;
                }
                for (int j : coverage) {
                    covered[j] = true;
                }
                latest.add(c, accounts.figures());
                if (!accounts.figures().balanceSheetKnown()) {
                    balanceGaps.computeIfAbsent(c, group -> new ArrayList<>(1))
                            .add("'" + s.key(i) + "' (its consolidated accounts)");
                }
                if (accounts.previousFigures() != null) {
                    previous.add(c, accounts.previousFigures());
                    for (int j : coverage) {
                        consolidatedPrevious[j] = true;
                    }
                } else {
                    for (int j : coverage) {
                        SizeFigures p = s.enterprises.get(j).previousFigures();
                        previousGap |= p == null;
                        previous.add(c, p != null ? p : s.enterprises.get(j).figures());
                    }
                }
                steps.add(ReasoningStep.of(RULE_CONSOLIDATED, "used",
                        "The consolidated accounts of '" + s.key(i) + "' cover it and " + (coverage.length - 1)
                                + " enterprise(s) consolidated line by line; they are used once instead of those"
                                + " enterprises' own accounts." + (accounts.previousFigures() == null
                                ? " No consolidated figures for the previous period: for it, the enterprises' own previous accounts stand"
                                + " in (their latest ones where none are given)." : ""),
                        REC_ART_6_2));
            }
        }
        for (int k = from; k < to; k++) {
            int i = linkage.members[k];
            if (covered != null && covered[i]) {
                continue;
            }
            latest.add(c, input, i);
            if (input.balanceUnknown[i]) {
                balanceGaps.computeIfAbsent(c, group -> new ArrayList<>(1)).add("'" + s.key(i) + "'");
            }
            if (input.previousGiven[i]) {
                previous.add(c, input.previous, i);
            } else {
                previousGap = true;
                previous.add(c, input, i);
            }
        }
        return previousGap;
    }

    /**
     * The distinct enterprises that consolidated accounts cover, the consolidating one first, then the included ones in
     * the order listed (a key listed twice, or the consolidating enterprise listing itself, counts once).
     *
     * @param listedBy by position, the last consolidator whose coverage listed the enterprise (-1 for none); shared by
     *                 the calls of one aggregation, so that a long list costs its length, not its length squared
     */
    private static int[] coverage(IndexedStructure s, int consolidator, ConsolidatedAccounts accounts, int[] listedBy) {
        int[] all = new int[accounts.includes().size() + 1];
        int count = 0;
        all[count++] = consolidator;
        listedBy[consolidator] = consolidator;
        for (String key : accounts.includes()) {
            int j = s.structure.indexOf(key);
            if (listedBy[j] != consolidator) {
                listedBy[j] = consolidator;
                all[count++] = j;
            }
        }
        return Arrays.copyOf(all, count);
    }

    private static ReasoningStep relationsStep(IndexedStructure s, LinkagePolicy.Linkage linkage, int c, int[] partner,
                                               long[] shareUnscaled, int[] shareScale, BigDecimal[] share, int from,
                                               int to, int[] groupText, ShareTexts shareTexts, StringBuilder text) {
        int linked = linkage.size(c) - 1;
        int partners = to - from;
        if (linked == 0 && partners == 0) {
            return AUTONOMOUS;
        }
        // one builder for every group's text (only the text itself is allocated per group)
        text.setLength(0);
        if (linked > 0) {
            text.append("Linked enterprises, counted at 100 %: ").append(linkage.size(c))
                    .append(" enterprises form the linked group (");
            int listed = 0;
            for (int k = linkage.start[c]; k < linkage.start[c + 1] && listed < LISTED_KEYS; k++, listed++) {
                s.appendKey(text.append(listed > 0 ? ", " : "").append('\''), linkage.members[k]).append('\'');
            }
            if (linkage.size(c) > LISTED_KEYS) {
                text.append(" and ").append(linkage.size(c) - LISTED_KEYS).append(" more");
            }
            text.append("). ");
        }
        if (partners > 0) {
            text.append("Partners immediately upstream or downstream of the enterprise or of an enterprise linked to it,"
                    + " counted pro rata with their own linked enterprises: ");
            for (int k = from; k < to && k - from < LISTED_KEYS; k++) {
                int p = 3 * partner[k];
                text.append(k > from ? ", " : "").append('\'')
                        .append(s.keyChars, groupText[p], groupText[p + 1] - groupText[p]).append('\'');
                if (groupText[p + 2] > 1) {
                    text.append(" with ").append(groupText[p + 2] - 1).append(" linked");
                }
                text.append(" (").append(shareTexts.percent(share[k], shareUnscaled[k], shareScale[k])).append(" %)");
            }
            if (partners > LISTED_KEYS) {
                text.append(" and ").append(partners - LISTED_KEYS).append(" more");
            }
            text.append(". Partners of partners are not counted.");
        }
        String outcome = linked + " linked, " + partners + " partner" + (partners == 1 ? "" : "s");
        if (text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1); // the text never starts with a blank: this is trim() without a copy
        }
        return new ReasoningStep(RULE_RELATIONS, outcome, RELATIONS_BASIS, text.toString());
    }

    private static ReasoningStep aggregationStep(SizeFigures total, BigDecimal undertakingTurnover, boolean autonomous,
                                                 StringBuilder text) {
        text.setLength(0); // the builder is shared from group to group: only the texts themselves are allocated
        text.append(autonomous ? "Own data only: " : "Own data, plus linked enterprises at 100 % and partners pro rata: ");
        int from = text.length();
        PlainNumber.append(text, total.headcount()).append(" AWU, turnover EUR ");
        PlainNumber.append(text, total.annualTurnover()).append(", balance sheet total ");
        if (total.balanceSheetKnown()) {
            PlainNumber.append(text.append("EUR "), total.balanceSheetTotal());
        } else {
            text.append("unknown");
        }
        String figures = text.substring(from);
        text.append(". The undertaking (the enterprise with its linked enterprises, without partners) has a worldwide"
                + " turnover of EUR ");
        PlainNumber.append(text, undertakingTurnover).append(", the base of the Art 34 fine ceiling.");
        return new ReasoningStep(RULE_AGGREGATION, figures, autonomous ? AGGREGATION_AUTONOMOUS_BASIS : AGGREGATION_BASIS,
                text.toString());
    }

    /**
     * The few distinct partner shares, each written as a percentage once rather than once per listing; found by the
     * share's unscaled value and scale (equal ones give the same text) without a look at the share's object.
     */
    private static final class ShareTexts {
        private long[] keys = new long[64];
        private int[] scales = new int[64];
        private String[] texts = new String[64];
        private int size;

        String percent(BigDecimal share, long unscaled, int scale) {
            if (scale == DecimalRows.NO_LONG) {
                return text(share);
            }
            int slot = slot(unscaled, scale);
            if (texts[slot] != null) {
                return texts[slot];
            }
            String text = text(share);
            keys[slot] = unscaled;
            scales[slot] = scale;
            texts[slot] = text;
            if (++size * 2 > keys.length) {
                grow();
            }
            return text;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldScales = scales;
            String[] oldTexts = texts;
            keys = new long[oldKeys.length * 2];
            scales = new int[oldKeys.length * 2];
            texts = new String[oldKeys.length * 2];
            size = 0;
            for (int k = 0; k < oldKeys.length; k++) {
                if (oldTexts[k] != null) {
                    int slot = slot(oldKeys[k], oldScales[k]);
                    keys[slot] = oldKeys[k];
                    scales[slot] = oldScales[k];
                    texts[slot] = oldTexts[k];
                    size++;
                }
            }
        }

        /** The slot holding (unscaled, scale), or the empty slot where it would go (linear probing). */
        private int slot(long unscaled, int scale) {
            int mask = keys.length - 1;
            int slot = (int) (unscaled * 0x9E3779B97F4A7C15L >>> 40) + scale & mask;
            while (texts[slot] != null && (keys[slot] != unscaled || scales[slot] != scale)) {
                slot = slot + 1 & mask;
            }
            return slot;
        }

        private static String text(BigDecimal share) {
            return share.movePointRight(2).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * Headcount, turnover and balance sheet total per cell (an enterprise or a linked group), exact, with the scales
     * BigDecimal arithmetic gives; an unknown balance sheet anywhere makes the cell's balance sheet total unknown.
     */
    private static final class Figures {
        private static final int HEADCOUNT = 0;
        private static final int TURNOVER = 1;
        private static final int BALANCE = 2;
        /** Per cell one row: headcount, turnover, balance sheet total side by side. */
        final DecimalRows values;
        final boolean[] balanceUnknown;
        /** For the enterprises' own figures only: the previous period, where given. */
        Figures previous;
        boolean[] previousGiven;
        boolean[] consolidates;
        boolean anyConsolidates;

        Figures(int size) {
            values = new DecimalRows(size, 3);
            balanceUnknown = new boolean[size];
        }

        /**
         * The enterprises' own figures, latest and previous period, read in one pass in the order of the structure:
         * the sums per linked group then read these arrays, not the enterprises spread over memory.
         */
        static Figures of(IndexedStructure s) {
            Figures latest = new Figures(s.n);
            latest.previous = new Figures(s.n);
            latest.previousGiven = new boolean[s.n];
            latest.consolidates = new boolean[s.n];
            for (int i = 0; i < s.n; i++) {
                Enterprise e = s.enterprises.get(i);
                latest.set(i, e.figures());
                if (e.previousFigures() != null) {
                    latest.previous.set(i, e.previousFigures());
                    latest.previousGiven[i] = true;
                }
                latest.consolidates[i] = e.consolidatedAccounts() != null;
                latest.anyConsolidates |= latest.consolidates[i];
            }
            return latest;
        }

        /**
         * Reads the rows of the members of linked groups {@code fromGroup .. toGroup - 1}, latest and previous period
         * (see {@link ReadAhead}).
         */
        long readAheadMembers(LinkagePolicy.Linkage linkage, int fromGroup, int toGroup) {
            long sum = 0;
            for (int m = linkage.start[fromGroup]; m < linkage.start[toGroup]; m++) {
                int i = linkage.members[m];
                sum += values.readAhead(i) + previous.values.readAhead(i);
            }
            return sum;
        }

        private void set(int i, SizeFigures f) {
            values.set(i, HEADCOUNT, f.headcount());
            values.set(i, TURNOVER, f.annualTurnover());
            if (f.balanceSheetTotal() == null) {
                balanceUnknown[i] = true;
            } else {
                values.set(i, BALANCE, f.balanceSheetTotal());
            }
        }

        void add(int i, SizeFigures f) {
            values.add(i, HEADCOUNT, f.headcount());
            values.add(i, TURNOVER, f.annualTurnover());
            if (f.balanceSheetTotal() == null) {
                balanceUnknown[i] = true;
            } else {
                values.add(i, BALANCE, f.balanceSheetTotal());
            }
        }

        void add(int i, Figures other, int j) {
            values.add(i, HEADCOUNT, other.values, j);
            values.add(i, TURNOVER, other.values, j);
            if (other.balanceUnknown[j]) {
                balanceUnknown[i] = true;
            } else {
                values.add(i, BALANCE, other.values, j);
            }
        }

        void addShare(int i, Figures other, int j, BigDecimal share, long shareUnscaled, int shareScale) {
            values.addProduct(i, HEADCOUNT, other.values, j, share, shareUnscaled, shareScale);
            values.addProduct(i, TURNOVER, other.values, j, share, shareUnscaled, shareScale);
            values.addProduct(i, BALANCE, other.values, j, share, shareUnscaled, shareScale);
            balanceUnknown[i] |= other.balanceUnknown[j];
        }

        void copy(int i, Figures other, int j) {
            values.copyRow(i, other.values, j);
            balanceUnknown[i] = other.balanceUnknown[j];
        }

        BigDecimal turnover(int i) {
            return values.get(i, TURNOVER);
        }

        SizeFigures figures(int i) {
            return new SizeFigures(values.get(i, HEADCOUNT), values.get(i, TURNOVER),
                    balanceUnknown[i] ? null : values.get(i, BALANCE));
        }
    }

    /** The contributions of one target: a view over its linked group and its partners' groups, built on demand. */
    private static final class Contributions extends AbstractList<Contribution> {
        private final IndexedStructure s;
        private final LinkagePolicy.Linkage linkage;
        private final int target;
        private final int group;
        private final int[] partner;
        private final BigDecimal[] share;
        private final int from;
        private final boolean autonomous;
        private final int[] offsets;
        private final int targetPosition;

        Contributions(IndexedStructure s, LinkagePolicy.Linkage linkage, int target, int targetPosition, int group,
                      int[] partner,
                      BigDecimal[] share, int from, int[] offsets, boolean autonomous) {
            this.s = s;
            this.linkage = linkage;
            this.target = target;
            this.group = group;
            this.partner = partner;
            this.share = share;
            this.from = from;
            this.autonomous = autonomous;
            this.targetPosition = targetPosition;
            this.offsets = offsets;
        }

        /** Where each partner group's members start in the list; shared by every member of the linked group. */
        static int[] offsets(LinkagePolicy.Linkage linkage, int group, int[] partner, int from, int to,
                             int[] groupText) {
            int[] offsets = new int[to - from + 1];
            offsets[0] = linkage.size(group);
            for (int k = from; k < to; k++) {
                // the partner group's size from the array the texts read (and the read-ahead has read)
                offsets[k - from + 1] = offsets[k - from] + groupText[3 * partner[k] + 2];
            }
            return offsets;
        }

        @Override
        public Contribution get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            if (index == 0) {
                return new Contribution(s.key(target), EnterpriseRelation.OWN, BigDecimal.ONE,
                        autonomous ? OWN_AUTONOMOUS : OWN_BASIS);
            }
            if (index < offsets[0]) {
                // the other members of the target's group, in group order, skipping the target
                int j = index - 1;
                int member = linkage.members[linkage.start[group] + (j < targetPosition ? j : j + 1)];
                return new Contribution(s.key(member), EnterpriseRelation.LINKED, BigDecimal.ONE, LINKED_BASIS);
            }
            int k = Arrays.binarySearch(offsets, index);
            int slot = k >= 0 ? k : -k - 2;
            int p = partner[from + slot];
            int member = linkage.members[linkage.start[p] + index - offsets[slot]];
            return new Contribution(s.key(member), EnterpriseRelation.PARTNER, share[from + slot], PARTNER_BASIS);
        }

        @Override
        public int size() {
            return offsets[offsets.length - 1];
        }
    }
}
