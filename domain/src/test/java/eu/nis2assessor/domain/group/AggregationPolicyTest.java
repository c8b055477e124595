package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.group.Groups.*;
import static eu.nis2assessor.domain.scope.EntityType.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AggregationPolicyTest {

    private static void assertFigures(EnterpriseAggregation a, String awu, String turnover, String balance) {
        assertThat(a.figures().headcount()).isEqualByComparingTo(awu);
        assertThat(a.figures().annualTurnover()).isEqualByComparingTo(turnover);
        if (balance == null) {
            assertThat(a.figures().balanceSheetTotal()).isNull();
        } else {
            assertThat(a.figures().balanceSheetTotal()).isEqualByComparingTo(balance);
        }
    }

    @Test
    void autonomousEnterpriseCountsItsOwnDataOnly() {
        EnterpriseAggregation a = aggregate(structure(List.of(e("A", "40", "8", "6")), List.of())).get("A");
        assertFigures(a, "40", "8000000", "6000000");
        assertThat(a.contributions()).containsExactly(new Contribution("A", EnterpriseRelation.OWN, BigDecimal.ONE,
                List.of("Rec 2003/361 Annex Art 6(1)")));
        assertThat(a.steps().get(0).outcome()).isEqualTo("autonomous");
    }

    @Nested
    class WorkedExamples {

        @Test
        @DisplayName("Ex. 3 Cibus: a VC fund's 35 % is ignored, K's 30 % is added pro rata: 105 AWU, 21 m, 21 m")
        void example3() {
            GroupStructure s = structure(List.of(
                    e("CIBUS", "45", "9", "12", FOOD_BUSINESS),
                    e("V", "10", "5", "100").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL),
                    e("K", "200", "40", "30")), List.of(
                    votes("V", "CIBUS", "35"),
                    votes("K", "CIBUS", "30")));
            Map<String, EnterpriseAggregation> result = aggregate(s);
            EnterpriseAggregation cibus = result.get("CIBUS");
            assertFigures(cibus, "105", "21000000", "21000000");
            Map<String, Contribution> c = contributionsOf(cibus);
            assertThat(c.keySet()).containsExactly("CIBUS", "K");
            assertThat(c.get("K").relation()).isEqualTo(EnterpriseRelation.PARTNER);
            assertThat(c.get("K").share()).isEqualByComparingTo("0.3");
            assertThat(cibus.undertakingWorldwideTurnover()).isEqualByComparingTo("9000000");
            assertThat(cibus.steps()).anyMatch(step -> step.outcome().equals("investor exception"));
            // the exception works both ways: the VC fund does not count Cibus
            assertThat(contributionsOf(result.get("V")).keySet()).containsExactly("V");
            // K counts 30 % of Cibus
            assertFigures(result.get("K"), "213.5", "42700000", "33600000");
        }

        @Test
        @DisplayName("Ex. 3 variant: K with 24.9 % is not a partner")
        void example3Below25() {
            GroupStructure s = structure(List.of(e("CIBUS", "45", "9", "12"), e("K", "200", "40", "30")),
                    List.of(votes("K", "CIBUS", "24.9")));
            assertFigures(aggregate(s).get("CIBUS"), "45", "9000000", "12000000");
        }

        @Test
        @DisplayName("Ex. 4 Helix: parent, sister, partner of the parent, own partner, partner of a partner: 398 AWU")
        void example4() {
            GroupStructure s = structure(List.of(
                    e("HELIX", "40", "8", "6", MANAGED_SERVICE_PROVIDER),
                    e("P", "20", "2", "80"),
                    e("S", "300", "70", "50"),
                    e("C", "100", "20", "15"),
                    e("D", "20", "5", "4"),
                    e("E", "1000", "500", "500")), List.of(
                    votes("P", "HELIX", "70"),
                    votes("P", "S", "80"),
                    votes("P", "C", "30"),
                    votes("HELIX", "D", "40"),
                    votes("D", "E", "30")));
            EnterpriseAggregation helix = aggregate(s).get("HELIX");
            assertFigures(helix, "398", "88000000", "142100000");
            Map<String, Contribution> c = contributionsOf(helix);
            assertThat(c.keySet()).containsExactlyInAnyOrder("HELIX", "P", "S", "C", "D");
            assertThat(c.get("HELIX").relation()).isEqualTo(EnterpriseRelation.OWN);
            assertThat(c.get("P").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(c.get("S").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(c.get("C").share()).isEqualByComparingTo("0.3");
            assertThat(c.get("D").share()).isEqualByComparingTo("0.4");
            assertThat(c).doesNotContainKey("E");
            // the undertaking: Helix, P and S at 100 %, no partners
            assertThat(helix.undertakingWorldwideTurnover()).isEqualByComparingTo("80000000");
        }

        @Test
        @DisplayName("The outermost accounts are those covering the most distinct enterprises: a key listed twice, or"
                + " the parent listing itself, does not count")
        void outermostAccountsByDistinctCoverage() {
            GroupStructure selfListed = structure(List.of(
                    e("A", "10", "1", "1").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("15", "1500000", "1500000"), null, List.of("A"))),
                    e("Q", "100", "10", "10").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("400", "40000000", "40000000"), null, List.of("A"))),
                    e("X", "1", "1", "1")), List.of(votes("Q", "A", "100")));
            assertFigures(aggregate(selfListed).get("A"), "400", "40000000", "40000000");

            GroupStructure listedTwice = structure(List.of(
                    e("P", "10", "1", "1").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("30", "3000000", "3000000"), null, List.of("B", "B", "B"))),
                    e("Q", "100", "10", "10").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("400", "40000000", "40000000"), null, List.of("P", "B"))),
                    e("B", "20", "2", "2")), List.of(votes("Q", "P", "100"), votes("P", "B", "100")));
            Map<String, EnterpriseAggregation> r = aggregate(listedTwice);
            for (String key : List.of("P", "Q", "B")) {
                assertFigures(r.get(key), "400", "40000000", "40000000");
            }
        }

        @Test
        @DisplayName("Ex. 4 with consolidated accounts of P including Helix and S: used once, then partners added")
        void example4Consolidated() {
            GroupStructure s = structure(List.of(
                    e("HELIX", "40", "8", "6"),
                    e("P", "20", "2", "80").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("355", "75000000", "120000000"), null, List.of("HELIX", "S"))),
                    e("S", "300", "70", "50"),
                    e("C", "100", "20", "15"),
                    e("D", "20", "5", "4")), List.of(
                    votes("P", "HELIX", "70"),
                    votes("P", "S", "80"),
                    votes("P", "C", "30"),
                    votes("HELIX", "D", "40")));
            EnterpriseAggregation helix = aggregate(s).get("HELIX");
            // 355 + 30 % of C (30) + 40 % of D (8)
            assertFigures(helix, "393", "83000000", "126100000");
            assertThat(helix.undertakingWorldwideTurnover()).isEqualByComparingTo("75000000");
            assertThat(helix.steps()).anyMatch(step -> step.rule().equals("Consolidated accounts")
                    && step.outcome().equals("used"));
            assertThat(contributionsOf(helix).keySet()).containsExactlyInAnyOrder("HELIX", "P", "S", "C", "D");
        }
    }

    @Nested
    class Linkage {

        @Test
        void exactlyHalfOfTheVotesIsNotAMajority() {
            GroupStructure s = structure(List.of(e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    List.of(votes("A", "B", "50")));
            Contribution b = contributionsOf(aggregate(s).get("A")).get("B");
            assertThat(b.relation()).isEqualTo(EnterpriseRelation.PARTNER);
            assertThat(b.share()).isEqualByComparingTo("0.5");
        }

        @Test
        void capitalAloneNeverLinksWhenVotesAreKnown() {
            GroupStructure s = structure(List.of(e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    List.of(split("A", "B", "80", "40")));
            Contribution b = contributionsOf(aggregate(s).get("A")).get("B");
            assertThat(b.relation()).isEqualTo(EnterpriseRelation.PARTNER);
            assertThat(b.share()).as("the greater of capital and votes").isEqualByComparingTo("0.8");
        }

        @Test
        void unknownVotesFollowTheCapitalAndTheAssumptionIsStated() {
            GroupStructure s = structure(List.of(e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    List.of(capitalOnly("A", "B", "60")));
            EnterpriseAggregation a = aggregate(s).get("A");
            assertThat(contributionsOf(a).get("B").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(a.assumptions()).anyMatch(text -> text.contains("Voting rights of 'A' in 'B' not given"));
        }

        @ParameterizedTest
        @EnumSource(ControlRight.class)
        void everyControlRightLinks(ControlRight right) {
            GroupStructure s = structure(List.of(e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    List.of(rights("A", "B", right)));
            assertThat(contributionsOf(aggregate(s).get("B")).get("A").relation()).isEqualTo(EnterpriseRelation.LINKED);
        }

        @Test
        void chainsOfAnyDepthAndSistersAreLinked() {
            List<Enterprise> es = new java.util.ArrayList<>();
            List<Holding> hs = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                es.add(e("L" + i, "1", "1", "1"));
                if (i > 0) {
                    hs.add(votes("L" + (i - 1), "L" + i, "51"));
                }
            }
            es.add(e("SISTER", "1", "1", "1"));
            hs.add(votes("L0", "SISTER", "100"));
            EnterpriseAggregation last = aggregate(structure(es, hs)).get("L49");
            assertFigures(last, "51", "51000000", "51000000");
            assertThat(contributionsOf(last).get("SISTER").relation()).isEqualTo(EnterpriseRelation.LINKED);
        }

        @Test
        @DisplayName("votes held directly and through a linked enterprise are added up (20 % + 40 % = 60 %)")
        void jointMajorityThroughLinkedEnterprises() {
            GroupStructure s = structure(List.of(e("P", "1", "1", "1"), e("SUB", "1", "1", "1"),
                    e("T", "1", "1", "1")), List.of(votes("P", "SUB", "100"), votes("P", "T", "20"),
                    votes("SUB", "T", "40")));
            assertThat(contributionsOf(aggregate(s).get("T")).get("P").relation()).isEqualTo(EnterpriseRelation.LINKED);
        }

        @Test
        @DisplayName("User Guide Ex. 5: two linked exempt investors with 55 % together lose the exception")
        void linkedExemptInvestorsWithAMajorityAreLinked() {
            GroupStructure s = structure(List.of(
                    e("T", "10", "1", "1"),
                    e("VC1", "5", "1", "1").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL),
                    e("VC2", "5", "1", "1").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL)), List.of(
                    votes("VC1", "VC2", "100"), votes("VC1", "T", "30"), votes("VC2", "T", "25")));
            Map<String, Contribution> c = contributionsOf(aggregate(s).get("T"));
            assertThat(c.get("VC1").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(c.get("VC2").relation()).isEqualTo(EnterpriseRelation.LINKED);
        }

        @Test
        @DisplayName("A 0 % holding record of a non-investor linked to the investor does not take the exception away")
        void aZeroPercentRecordDoesNotDecideTheInvestorException() {
            List<Enterprise> enterprises = List.of(e("X", "40", "4", "4"),
                    e("V", "10", "1", "1").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL), e("P", "200", "20", "20"));
            GroupStructure withZero = structure(enterprises,
                    List.of(votes("P", "V", "60"), votes("V", "X", "30"), split("P", "X", "0", "0")));
            GroupStructure without = structure(enterprises, List.of(votes("P", "V", "60"), votes("V", "X", "30")));
            for (GroupStructure s : List.of(withZero, without)) {
                Map<String, EnterpriseAggregation> r = aggregate(s);
                assertFigures(r.get("X"), "40", "4000000", "4000000");
                assertFigures(r.get("V"), "210", "21000000", "21000000");
                assertFigures(r.get("P"), "210", "21000000", "21000000");
            }
        }

        @Test
        void cyclesOfHoldingsAreHandled() {
            GroupStructure s = structure(List.of(e("A", "1", "1", "1"), e("B", "1", "1", "1"), e("C", "1", "1", "1")),
                    List.of(votes("A", "B", "60"), votes("B", "C", "60"), votes("C", "A", "60")));
            Map<String, EnterpriseAggregation> r = aggregate(s);
            assertFigures(r.get("A"), "3", "3000000", "3000000");
            assertFigures(r.get("C"), "3", "3000000", "3000000");
        }
    }

    @Nested
    class Partners {

        @Test
        @DisplayName("cross-holdings: the greater percentage counts, once")
        void crossHoldings() {
            GroupStructure s = structure(List.of(e("A", "100", "10", "10"), e("B", "100", "10", "10")),
                    List.of(votes("A", "B", "30"), votes("B", "A", "40")));
            EnterpriseAggregation a = aggregate(s).get("A");
            assertFigures(a, "140", "14000000", "14000000");
            assertThat(contributionsOf(a).get("B").share()).isEqualByComparingTo("0.4");
        }

        @Test
        @DisplayName("a partner's linked enterprises count at 100 % then pro rata; partners of partners not at all")
        void partnersLinkedEnterprisesButNotPartnersOfPartners() {
            GroupStructure s = structure(List.of(
                    e("T", "10", "1", "1"), e("PARTNER", "10", "1", "1"), e("PARTNER_SUB", "90", "9", "9"),
                    e("PARTNER_PARTNER", "1000", "100", "100")), List.of(
                    votes("PARTNER", "T", "30"), votes("PARTNER", "PARTNER_SUB", "100"),
                    votes("PARTNER_PARTNER", "PARTNER", "30")));
            EnterpriseAggregation t = aggregate(s).get("T");
            assertFigures(t, "40", "4000000", "4000000");
            assertThat(contributionsOf(t).keySet()).containsExactlyInAnyOrder("T", "PARTNER", "PARTNER_SUB");
        }

        @Test
        void holdingsOfLinkedEnterprisesAreAddedForThe25PercentTest() {
            GroupStructure s = structure(List.of(e("P", "10", "1", "1"), e("SUB", "10", "1", "1"),
                    e("T", "10", "1", "1")), List.of(votes("P", "SUB", "100"), votes("P", "T", "15"),
                    votes("SUB", "T", "15")));
            EnterpriseAggregation t = aggregate(s).get("T");
            assertThat(contributionsOf(t).get("P").share()).isEqualByComparingTo("0.3");
            assertFigures(t, "16", "1600000", "1600000");
        }

        @ParameterizedTest
        @EnumSource(value = InvestorCategory.class, mode = EnumSource.Mode.EXCLUDE, names = "BUSINESS_ANGEL")
        void investorCategoriesAreNotPartners(InvestorCategory category) {
            GroupStructure s = structure(List.of(e("T", "10", "1", "1"),
                    e("I", "1000", "100", "100").withInvestorCategory(category)), List.of(votes("I", "T", "45")));
            assertFigures(aggregate(s).get("T"), "10", "1000000", "1000000");
        }

        @ParameterizedTest
        @EnumSource(InvestorCategory.class)
        void investorCategoriesWithAMajorityAreLinked(InvestorCategory category) {
            GroupStructure s = structure(List.of(e("T", "10", "1", "1"),
                    e("I", "1000", "100", "100").withInvestorCategory(category)), List.of(votes("I", "T", "51")));
            assertFigures(aggregate(s).get("T"), "1010", "101000000", "101000000");
        }

        @Test
        @DisplayName("business angels: exempt below EUR 1 250 000 in total, partners from it, partners when unknown")
        void businessAngelCeiling() {
            Enterprise t = e("T", "10", "1", "1");
            Enterprise ba1 = e("BA1", "100", "10", "10").withInvestorCategory(InvestorCategory.BUSINESS_ANGEL);
            Enterprise ba2 = e("BA2", "100", "10", "10").withInvestorCategory(InvestorCategory.BUSINESS_ANGEL);
            GroupStructure below = structure(List.of(t, ba1, ba2), List.of(angel("BA1", "T", "30", "600000"),
                    angel("BA2", "T", "30", "649999.99")));
            assertFigures(aggregate(below).get("T"), "10", "1000000", "1000000");
            GroupStructure atCeiling = structure(List.of(t, ba1, ba2), List.of(angel("BA1", "T", "30", "600000"),
                    angel("BA2", "T", "30", "650000")));
            assertFigures(aggregate(atCeiling).get("T"), "70", "7000000", "7000000");
            GroupStructure unknown = structure(List.of(t, ba1), List.of(angel("BA1", "T", "30", null)));
            EnterpriseAggregation a = aggregate(unknown).get("T");
            assertFigures(a, "40", "4000000", "4000000");
            assertThat(a.assumptions()).anyMatch(text -> text.contains("business angel"));
        }

        @Test
        void investorCategoryJointlyWithANonInvestorLosesTheException() {
            GroupStructure s = structure(List.of(e("T", "10", "1", "1"),
                    e("VC", "10", "1", "1").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL),
                    e("VC_SUB", "10", "1", "1")), List.of(votes("VC", "VC_SUB", "100"), votes("VC", "T", "20"),
                    votes("VC_SUB", "T", "10")));
            assertThat(contributionsOf(aggregate(s).get("T")).get("VC").share()).isEqualByComparingTo("0.3");
        }
    }

    @Nested
    class NaturalPersons {

        private final Enterprise person = e("PERSON", "0", "0", "0").asNaturalPerson();
        private final List<Holding> holdings = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "60"));

        @Test
        void linkOnlyOnTheSameOrAdjacentMarkets() {
            GroupStructure same = new GroupStructure(List.of(person, e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    holdings, List.of(List.of("A", "B")));
            EnterpriseAggregation a = aggregate(same).get("A");
            assertThat(contributionsOf(a).keySet()).containsExactlyInAnyOrder("A", "B");
            assertThat(a.steps()).anyMatch(step -> step.outcome().equals("linked through a natural person"));

            GroupStructure different = new GroupStructure(List.of(person, e("A", "10", "1", "1"),
                    e("B", "10", "1", "1")), holdings, List.of());
            assertThat(contributionsOf(aggregate(different).get("A")).keySet()).containsExactly("A");
        }

        @Test
        void unknownMarketsAreAssumedSharedAndSaid() {
            GroupStructure s = new GroupStructure(List.of(person, e("A", "10", "1", "1"), e("B", "10", "1", "1")),
                    holdings, null);
            EnterpriseAggregation a = aggregate(s).get("A");
            assertThat(contributionsOf(a).keySet()).containsExactlyInAnyOrder("A", "B");
            assertThat(a.assumptions()).anyMatch(text -> text.startsWith("Markets not given"));
        }

        /** X shares one market with P and another with Q; P and Q are linked anyway (a board right). */
        @Test
        void theStepNamesTheSamePairWhateverTheOrderOfTheMarkets() {
            List<Enterprise> es = List.of(person, e("P", "10", "1", "1"), e("Q", "10", "1", "1"),
                    e("X", "10", "1", "1"));
            List<Holding> hs = List.of(votes("PERSON", "P", "100"), votes("PERSON", "Q", "100"),
                    votes("PERSON", "X", "100"), rights("P", "Q", ControlRight.BOARD_MAJORITY_APPOINTMENT));
            for (List<List<String>> markets : List.of(List.of(List.of("P", "X"), List.of("Q", "X")),
                    List.of(List.of("Q", "X"), List.of("P", "X")))) {
                EnterpriseAggregation x = aggregate(new GroupStructure(es, hs, markets)).get("X");
                assertThat(x.steps()).as("markets %s", markets)
                        .filteredOn(step -> step.outcome().equals("linked through a natural person"))
                        .extracting(ReasoningStep::explanation)
                        .singleElement().asString().startsWith("'P' and 'X' are both controlled");
            }
        }

        /** Two persons whose controls rest on capital end up in one linked group: their lines in key order. */
        @Test
        void capitalLinesOfSeveralPersonsComeInKeyOrderWhateverTheInputOrder() {
            List<Enterprise> es = new java.util.ArrayList<>(List.of(e("P1", "0", "0", "0").asNaturalPerson(),
                    e("P2", "0", "0", "0").asNaturalPerson(), e("A", "10", "1", "1"), e("B", "10", "1", "1"),
                    e("C", "10", "1", "1"), e("D", "10", "1", "1")));
            List<Holding> hs = List.of(capitalOnly("P1", "A", "60"), votes("P1", "B", "100"),
                    capitalOnly("P2", "C", "60"), votes("P2", "D", "100"),
                    rights("B", "D", ControlRight.BOARD_MAJORITY_APPOINTMENT));
            List<String> inOrder = aggregate(new GroupStructure(es, hs, null)).get("A").assumptions();
            java.util.Collections.reverse(es);
            List<String> reversed = aggregate(new GroupStructure(es, hs, null)).get("A").assumptions();
            assertThat(inOrder).filteredOn(line -> line.startsWith("Voting rights of the natural person")).hasSize(2)
                    .first().asString().contains("'P1'");
            assertThat(reversed).containsExactlyElementsOf(inOrder);
        }

        // ---- control through enterprises the person controls (Annex Art 3(3) third and fourth subparagraphs) ----

        private static final String LINKED_THROUGH = "linked through a natural person";

        private List<String> naturalSteps(EnterpriseAggregation a) {
            return a.steps().stream().filter(step -> step.outcome().equals(LINKED_THROUGH))
                    .map(ReasoningStep::explanation).toList();
        }

        /** PERSON controls A, A controls A2; PERSON also controls B, which shares a market with A2 but not with A. */
        private List<Enterprise> throughEnterprises() {
            return List.of(person, e("A", "10", "1", "1"), e("A2", "20", "1", "1"), e("B", "30", "1", "1"));
        }

        @Test
        void anEnterpriseControlledThroughAnotherIsLinkedOnItsMarket() {
            List<Holding> hs = List.of(votes("PERSON", "A", "100"), votes("A", "A2", "60"), votes("PERSON", "B", "60"));
            EnterpriseAggregation b = aggregate(new GroupStructure(throughEnterprises(), hs,
                    List.of(List.of("A2", "B")))).get("B");
            assertThat(contributionsOf(b).keySet()).containsExactlyInAnyOrder("A", "A2", "B");
            assertThat(contributionsOf(b).get("A").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(naturalSteps(b)).containsExactly("'A2' (through enterprises it controls) and 'B' are both"
                    + " controlled by the natural person 'PERSON' and operate on the same or adjacent markets: they are"
                    + " linked.");
            assertThat(b.assumptions()).noneMatch(line -> line.contains("natural person"));
        }

        @Test
        void notLinkedWhereNothingThePersonControlsSharesAMarket() {
            List<Holding> hs = List.of(votes("PERSON", "A", "100"), votes("A", "A2", "60"), votes("PERSON", "B", "60"));
            for (List<List<String>> markets : List.of(List.<List<String>>of(), List.of(List.of("A2"), List.of("B")),
                    List.of(List.of("A2", "X"), List.of("B", "Y")))) {
                List<Enterprise> es = new java.util.ArrayList<>(throughEnterprises());
                es.add(e("X", "1", "1", "1"));
                es.add(e("Y", "1", "1", "1"));
                EnterpriseAggregation b = aggregate(new GroupStructure(es, hs, markets)).get("B");
                assertThat(contributionsOf(b).keySet()).as("markets %s", markets).containsExactly("B");
                assertThat(naturalSteps(b)).isEmpty();
            }
        }

        /** Annex Art 3(3)(a) read with the third subparagraph: PERSON's 30 % and A's 25 % of A2 add up to control. */
        @Test
        void votesOfThePersonAndOfItsEnterprisesAddUp() {
            List<Holding> hs = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "100"),
                    votes("PERSON", "A2", "30"), votes("A", "A2", "25"));
            Map<String, Contribution> a2 = contributionsOf(aggregate(new GroupStructure(throughEnterprises(), hs,
                    List.of(List.of("A2", "B")))).get("A2"));
            assertThat(a2.get("B").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(a2.get("A").relation()).as("A shares no market with A2: a partner through its 25 %%")
                    .isEqualTo(EnterpriseRelation.PARTNER);

            List<Holding> less = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "100"),
                    votes("PERSON", "A2", "30"), votes("A", "A2", "20"));
            assertThat(contributionsOf(aggregate(new GroupStructure(throughEnterprises(), less,
                    List.of(List.of("A2", "B")))).get("A2")).get("B")).as("30 %% + 20 %% is no majority").isNull();

            // two enterprises PERSON controls, 30 % each: PERSON controls A2 through them, without a holding of its own
            List<Enterprise> es = new java.util.ArrayList<>(throughEnterprises());
            es.add(e("C", "1", "1", "1"));
            List<Holding> two = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "100"),
                    votes("PERSON", "C", "100"), votes("A", "A2", "30"), votes("B", "A2", "30"));
            Map<String, Contribution> jointly = contributionsOf(aggregate(new GroupStructure(es, two,
                    List.of(List.of("A2", "C")))).get("C"));
            assertThat(jointly.get("A2").relation()).isEqualTo(EnterpriseRelation.LINKED);
            assertThat(jointly.get("A").relation()).as("30 %% of A2, no market shared")
                    .isEqualTo(EnterpriseRelation.PARTNER);
            assertThat(jointly.get("B").relation()).isEqualTo(EnterpriseRelation.PARTNER);
        }

        @Test
        void controlThroughAControlRightOrConsolidation() {
            List<Holding> right = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "60"),
                    rights("A", "A2", ControlRight.DOMINANT_INFLUENCE));
            EnterpriseAggregation b = aggregate(new GroupStructure(throughEnterprises(), right,
                    List.of(List.of("A2", "B")))).get("B");
            assertThat(contributionsOf(b).keySet()).containsExactlyInAnyOrder("A", "A2", "B");
            assertThat(naturalSteps(b)).singleElement().asString().startsWith("'A2' (through enterprises it controls)"
                    + " and 'B'");

            List<Enterprise> consolidating = List.of(person, e("A", "10", "1", "1").withConsolidatedAccounts(
                            new ConsolidatedAccounts(SizeFigures.of("30", "2000000", "2000000"), null, List.of("A2"))),
                    e("A2", "20", "1", "1"), e("B", "30", "1", "1"));
            List<Holding> consolidated = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "60"));
            EnterpriseAggregation viaAccounts = aggregate(new GroupStructure(consolidating, consolidated,
                    List.of(List.of("A2", "B")))).get("B");
            assertThat(contributionsOf(viaAccounts).keySet()).containsExactlyInAnyOrder("A", "A2", "B");
            assertThat(naturalSteps(viaAccounts)).singleElement().asString().startsWith("'A2' (through enterprises it"
                    + " controls) and 'B'");
        }

        private static final String THROUGH_ON_CAPITAL = "The natural person 'PERSON' controls 'A2' through"
                + " enterprises it controls only with voting rights not given (its own or theirs, on the way): assumed"
                + " to follow the capital held (Rec 2003/361 Annex Art 3(3) third and fourth subparagraphs).";

        @Test
        void controlThroughCapitalTakenForVotesIsSaid() {
            List<List<String>> market = List.of(List.of("A2", "B"));
            // the capital taken for votes is A's, in A2
            List<Holding> enterpriseOnCapital = List.of(votes("PERSON", "A", "100"), capitalOnly("A", "A2", "60"),
                    votes("PERSON", "B", "100"));
            EnterpriseAggregation b = aggregate(new GroupStructure(throughEnterprises(), enterpriseOnCapital, market))
                    .get("B");
            assertThat(contributionsOf(b).keySet()).containsExactlyInAnyOrder("A", "A2", "B");
            assertThat(b.assumptions()).contains(THROUGH_ON_CAPITAL);

            // the person's own, in the enterprise it controls directly (which it links to nothing itself: no line of
            // its own for A)
            List<Holding> personOnCapital = List.of(capitalOnly("PERSON", "A", "60"), votes("A", "A2", "60"),
                    votes("PERSON", "B", "100"));
            EnterpriseAggregation b2 = aggregate(new GroupStructure(throughEnterprises(), personOnCapital, market))
                    .get("B");
            assertThat(contributionsOf(b2).keySet()).containsExactlyInAnyOrder("A", "A2", "B");
            assertThat(b2.assumptions()).contains(THROUGH_ON_CAPITAL)
                    .noneMatch(line -> line.startsWith("Voting rights of the natural person"));

            // on the way to a joint majority: PERSON's 30 % given, A's 25 % of capital taken for votes
            List<Holding> joint = List.of(votes("PERSON", "A", "100"), votes("PERSON", "B", "100"),
                    votes("PERSON", "A2", "30"), capitalOnly("A", "A2", "25"));
            assertThat(aggregate(new GroupStructure(throughEnterprises(), joint, market)).get("B").assumptions())
                    .contains(THROUGH_ON_CAPITAL);

            List<Holding> allGiven = List.of(votes("PERSON", "A", "100"), votes("A", "A2", "60"),
                    votes("PERSON", "B", "100"));
            assertThat(aggregate(new GroupStructure(throughEnterprises(), allGiven, market)).get("B").assumptions())
                    .noneMatch(line -> line.contains("natural person"));
        }

        /** PERSON holds X on capital alone, but also controls it through A on voting rights given: no capital line. */
        @Test
        void noCapitalLineWhereThePersonAlsoControlsThroughEnterprisesOnVotesGiven() {
            List<Enterprise> es = List.of(person, e("A", "1", "1", "1"), e("B", "1", "1", "1"), e("X", "1", "1", "1"));
            List<Holding> hs = List.of(capitalOnly("PERSON", "X", "60"), votes("PERSON", "A", "100"),
                    split("A", "X", null, "60"), votes("PERSON", "B", "100"));
            EnterpriseAggregation x = aggregate(new GroupStructure(es, hs, List.of(List.of("B", "X")))).get("X");
            assertThat(contributionsOf(x).keySet()).containsExactlyInAnyOrder("A", "B", "X");
            assertThat(x.assumptions()).noneMatch(line -> line.contains("natural person"));

            List<Holding> alone = List.of(capitalOnly("PERSON", "X", "60"), votes("PERSON", "A", "100"),
                    split("A", "X", null, "40"), votes("PERSON", "B", "100"));
            assertThat(aggregate(new GroupStructure(es, alone, List.of(List.of("B", "X")))).get("X").assumptions())
                    .contains("Voting rights of the natural person 'PERSON' in 'X' not given: assumed to follow the"
                            + " capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3) fourth"
                            + " subparagraph).");
        }

        /**
         * PERSON controls twelve enterprises through A with capital taken for votes (its 30 % and A's 25 % of capital),
         * each linked to B on one market: one line for the person and the linked group, ten of them named.
         */
        @Test
        void theCapitalLineNamesAtMostTenEnterprises() {
            List<Enterprise> es = new java.util.ArrayList<>(List.of(person, e("A", "1", "1", "1"),
                    e("B", "1", "1", "1")));
            List<Holding> hs = new java.util.ArrayList<>(List.of(votes("PERSON", "A", "100"),
                    votes("PERSON", "B", "100")));
            List<String> market = new java.util.ArrayList<>(List.of("B"));
            for (int i = 0; i < 12; i++) {
                String key = "S" + (char) ('a' + i);
                es.add(e(key, "1", "1", "1"));
                hs.add(votes("PERSON", key, "30"));
                hs.add(capitalOnly("A", key, "25"));
                market.add(key);
            }
            EnterpriseAggregation b = aggregate(new GroupStructure(es, hs, List.of(market))).get("B");
            assertThat(naturalSteps(b)).hasSize(12);
            assertThat(b.assumptions()).filteredOn(line -> line.startsWith("The natural person")).containsExactly(
                    "The natural person 'PERSON' controls 'Sa', 'Sb', 'Sc', 'Sd', 'Se', 'Sf', 'Sg', 'Sh', 'Si',"
                            + " 'Sj' and 2 more through enterprises it controls only with voting rights not given (its"
                            + " own or theirs, on the way): assumed to follow the capital held (Rec 2003/361 Annex Art"
                            + " 3(3) third and fourth subparagraphs).");
        }

        @Test
        void enterprisesLinkedByControlAloneGetNoNaturalPersonStep() {
            GroupStructure s = new GroupStructure(List.of(person, e("A", "10", "1", "1"), e("A2", "20", "1", "1")),
                    List.of(votes("PERSON", "A", "100"), votes("A", "A2", "60")), null);
            EnterpriseAggregation a2 = aggregate(s).get("A2");
            assertThat(contributionsOf(a2).keySet()).containsExactlyInAnyOrder("A", "A2");
            assertThat(naturalSteps(a2)).isEmpty();
            assertThat(a2.assumptions()).noneMatch(text -> text.startsWith("Markets not given"));
        }

        /** P and Q (held directly) and A2 (through Q) share a market: the step names P and Q, not A2 (smaller key). */
        @Test
        void theStepPrefersTheEnterprisesHeldDirectly() {
            List<Enterprise> es = List.of(person, e("P", "10", "1", "1"), e("Q", "10", "1", "1"),
                    e("A2", "10", "1", "1"));
            List<Holding> hs = List.of(votes("PERSON", "P", "100"), votes("PERSON", "Q", "100"),
                    votes("Q", "A2", "60"));
            EnterpriseAggregation p = aggregate(new GroupStructure(es, hs, List.of(List.of("A2", "P", "Q")))).get("P");
            assertThat(contributionsOf(p).keySet()).containsExactlyInAnyOrder("A2", "P", "Q");
            assertThat(naturalSteps(p)).singleElement().asString().startsWith("'P' and 'Q' are both controlled");
        }

        /**
         * Two persons, enterprises controlled directly and through others (votes, joint votes, a control right,
         * consolidation, capital taken for votes), overlapping market groups: the same steps and lines, in the same
         * order, whatever the order of the enterprises, the holdings, the market groups and the keys in each.
         */
        @Test
        void throughEnterprisesTheTextsDoNotDependOnTheOrderOfTheInput() {
            List<Enterprise> es = new java.util.ArrayList<>(List.of(
                    e("N1", "0", "0", "0").asNaturalPerson(), e("N2", "0", "0", "0").asNaturalPerson(),
                    e("A", "1", "1", "1").withConsolidatedAccounts(new ConsolidatedAccounts(
                            SizeFigures.of("2", "2000000", "2000000"), null, List.of("K"))),
                    e("B", "1", "1", "1"), e("C", "1", "1", "1"), e("D", "1", "1", "1"), e("E", "1", "1", "1"),
                    e("F", "1", "1", "1"), e("G", "1", "1", "1"), e("H", "1", "1", "1"), e("K", "1", "1", "1"),
                    e("L", "1", "1", "1"), e("M", "1", "1", "1")));
            List<Holding> hs = new java.util.ArrayList<>(List.of(
                    votes("N1", "A", "100"), capitalOnly("N1", "B", "70"), votes("N1", "C", "60"),
                    votes("A", "D", "60"), capitalOnly("B", "E", "55"), votes("N1", "F", "30"), votes("C", "F", "25"),
                    rights("C", "G", ControlRight.BOARD_MAJORITY_APPOINTMENT), votes("N2", "H", "100"),
                    votes("N2", "L", "100"), votes("H", "M", "51"), rights("A", "B", ControlRight.DOMINANT_INFLUENCE)));
            List<List<String>> markets = new java.util.ArrayList<>(List.of(List.of("D", "E", "H"),
                    List.of("F", "K", "M"), List.of("G", "C", "L"), List.of("E", "G"), List.of("M", "L")));
            Map<String, List<String>> expected = texts(new GroupStructure(es, hs, markets));
            assertThat(expected.values().stream().flatMap(List::stream))
                    .anyMatch(line -> line.contains("(through enterprises it controls)"))
                    .anyMatch(line -> line.startsWith("The natural person 'N1' controls"));
            java.util.Random random = new java.util.Random(7);
            for (int round = 0; round < 25; round++) {
                java.util.Collections.shuffle(es, random);
                java.util.Collections.shuffle(hs, random);
                List<List<String>> shuffled = new java.util.ArrayList<>();
                for (List<String> market : markets) {
                    List<String> keys = new java.util.ArrayList<>(market);
                    java.util.Collections.shuffle(keys, random);
                    shuffled.add(keys);
                }
                java.util.Collections.shuffle(shuffled, random);
                assertThat(texts(new GroupStructure(es, hs, shuffled))).as("round %d", round).isEqualTo(expected);
            }
        }

        /**
         * Every enterprise's steps and lines, in their order; of the relationships step only the outcome (it lists the
         * linked group's members in input order, left as it is: see decisions.md, "Linkage texts in an order of their
         * own").
         */
        private Map<String, List<String>> texts(GroupStructure s) {
            Map<String, List<String>> texts = new java.util.TreeMap<>();
            for (EnterpriseAggregation a : new AggregationPolicy().aggregate(s)) {
                List<String> lines = new java.util.ArrayList<>();
                a.steps().forEach(step -> lines.add(step.outcome()
                        + (step.rule().equals(AggregationPolicy.RULE_RELATIONS) ? "" : ": " + step.explanation())));
                lines.addAll(a.assumptions());
                texts.put(a.key(), lines);
            }
            return texts;
        }

        /**
         * The largest shape of the review's denial of service the input limits allow: 4,999 persons, each with a
         * control right over the top of a chain of 5,000 enterprises; P0 also controls B, on one market with the
         * chain's end.
         * Each person controls the whole chain through its top; only P0 links B to it.
         */
        @Test
        void manyPersonsControllingALongChainThroughItsTop() {
            int persons = 4_999;
            int chain = 5_000;
            List<Enterprise> es = new java.util.ArrayList<>();
            List<Holding> hs = new java.util.ArrayList<>();
            for (int p = 0; p < persons; p++) {
                es.add(e("P" + p, "0", "0", "0").asNaturalPerson());
                hs.add(rights("P" + p, "C0", ControlRight.DOMINANT_INFLUENCE));
            }
            for (int i = 0; i < chain; i++) {
                es.add(e("C" + i, "1", "1", "1"));
                if (i > 0) {
                    hs.add(votes("C" + (i - 1), "C" + i, "60"));
                }
            }
            es.add(e("B", "1", "1", "1"));
            hs.add(votes("P0", "B", "100"));
            GroupStructure s = new GroupStructure(es, hs, List.of(List.of("C" + (chain - 1), "B")));
            LinkagePolicy.Linkage linkage = new LinkagePolicy().link(new IndexedStructure(s));
            assertThat(linkage.count).as("every person alone, the chain and B together").isEqualTo(persons + 1);
            assertThat(linkage.steps.values().stream().flatMap(List::stream).map(ReasoningStep::explanation))
                    .containsExactly("'B' and 'C4999' (through enterprises it controls) are both controlled by the"
                            + " natural person 'P0' and operate on the same or adjacent markets: they are linked.");
            assertThat(linkage.assumptions).isEmpty();
        }

        @Test
        void theNaturalPersonsOwnDataAreNeverAggregated() {
            Enterprise rich = e("PERSON", "0", "999", "999").asNaturalPerson();
            GroupStructure s = new GroupStructure(List.of(rich, e("A", "10", "1", "1")),
                    List.of(votes("PERSON", "A", "40")), null);
            assertFigures(aggregate(s).get("A"), "10", "1000000", "1000000");
        }

        // From the review of the change (2026-12-02): each of these fails when a part of the walk or the texts is
        // taken away (a direct pair not marked linked, the person's union left out of the linkage on votes given,
        // candidates or capital lines in input order, the walk stopping one level below the person).

        @Test
        void directCapitalLineAlsoWhereThePairIsLinkedOtherwise() {
            EnterpriseAggregation a = aggregate(new GroupStructure(List.of(natural("N"), plain("A"), plain("B")),
                    List.of(capitalOnly("N", "A", "60"), votes("N", "B", "60"),
                            rights("A", "B", ControlRight.DOMINANT_INFLUENCE)),
                    List.of(List.of("A", "B")))).get("A");
            assertThat(a.assumptions()).contains("Voting rights of the natural person 'N' in 'A' not given: assumed to"
                    + " follow the capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3) fourth"
                    + " subparagraph).");
        }

        @Test
        void aPersonsUnionCountsInTheLinkageOnVotesGiven() {
            EnterpriseAggregation x = aggregate(new GroupStructure(List.of(natural("N"), plain("A"), plain("B"),
                    plain("X")), List.of(votes("N", "A", "100"), votes("N", "B", "100"), capitalOnly("A", "X", "30"),
                    votes("B", "X", "60")), List.of(List.of("A", "B")))).get("X");
            assertThat(contributionsOf(x).keySet()).containsExactlyInAnyOrder("A", "B", "X");
            assertThat(x.assumptions()).noneMatch(line -> line.contains("the link between them rests"));
        }

        @Test
        void marketsNotGivenThroughStepsInKeyOrder() {
            EnterpriseAggregation a = aggregate(new GroupStructure(List.of(natural("N"), plain("A"), plain("Z"),
                    plain("Y")), List.of(votes("N", "A", "100"), votes("N", "Z", "30"), votes("A", "Z", "25"),
                    votes("N", "Y", "30"), votes("A", "Y", "25")), null)).get("A");
            assertThat(naturalSteps(a)).containsExactly(
                    "'A' and 'Y' (through enterprises it controls) are both controlled by the natural person 'N' and"
                            + " are assumed to operate on the same or adjacent markets: they are linked.",
                    "'A' and 'Z' (through enterprises it controls) are both controlled by the natural person 'N' and"
                            + " are assumed to operate on the same or adjacent markets: they are linked.");
        }

        @Test
        void onePersonsDirectCapitalLinesInKeyOrder() {
            EnterpriseAggregation c = aggregate(new GroupStructure(List.of(natural("N"), plain("D"), plain("C"),
                    plain("E")), List.of(capitalOnly("N", "D", "60"), capitalOnly("N", "C", "60"),
                    votes("N", "E", "60")), List.of(List.of("D", "C", "E")))).get("C");
            assertThat(c.assumptions()).filteredOn(l -> l.startsWith("Voting rights of the natural person"))
                    .containsExactly("Voting rights of the natural person 'N' in 'C' not given: assumed to follow the"
                            + " capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3) fourth"
                            + " subparagraph).", "Voting rights of the natural person 'N' in 'D' not given: assumed to"
                            + " follow the capital held, a majority that gives control (Rec 2003/361 Annex Art 3(3)"
                            + " fourth subparagraph).");
        }

        @Test
        void twoLevelsBelowThePerson() {
            EnterpriseAggregation b = aggregate(new GroupStructure(List.of(natural("N"), plain("A"), plain("A2"),
                    plain("A3"), plain("B")), List.of(votes("N", "A", "100"), votes("A", "A2", "60"),
                    rights("A2", "A3", ControlRight.DOMINANT_INFLUENCE), votes("N", "B", "100")),
                    List.of(List.of("A3", "B")))).get("B");
            assertThat(contributionsOf(b).keySet()).containsExactlyInAnyOrder("A", "A2", "A3", "B");
        }

        /**
         * Markets not given: the steps do not depend on which person's key comes first. J controls X directly and Y
         * through X (30 % + 25 %); R has control rights over X and Y. R's pair of enterprises it controls directly
         * gets its step whatever the keys; J's link through X then links nothing new.
         */
        @Test
        void marketsNotGivenStepsDoNotDependOnThePersonsKeys() {
            for (String[] names : new String[][] {{"P", "Q"}, {"Q", "P"}}) {
                String joint = names[0];
                String withRights = names[1];
                EnterpriseAggregation x = aggregate(new GroupStructure(List.of(natural(joint), natural(withRights),
                        plain("X"), plain("Y")), List.of(votes(joint, "X", "100"), votes(joint, "Y", "30"),
                        votes("X", "Y", "25"), rights(withRights, "X", ControlRight.DOMINANT_INFLUENCE),
                        rights(withRights, "Y", ControlRight.DOMINANT_INFLUENCE)), null)).get("X");
                assertThat(naturalSteps(x)).as("joint votes %s, control rights %s", joint, withRights)
                        .containsExactly("'X' and 'Y' are both controlled by the natural person '" + withRights
                                + "' and are assumed to operate on the same or adjacent markets: they are linked.");
            }
        }

        private static Enterprise natural(String key) {
            return e(key, "0", "0", "0").asNaturalPerson();
        }

        private static Enterprise plain(String key) {
            return e(key, "1", "1", "1");
        }
    }

    @Test
    @DisplayName("many holders of one enterprise: joint majorities and partners are still found")
    void manyHoldersIntoOneEnterprise() {
        List<Enterprise> es = new java.util.ArrayList<>(List.of(e("T", "1", "1", "1"), e("PARENT", "1", "1", "1"),
                e("PARTNER", "10", "1", "1")));
        List<Holding> hs = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            es.add(e("SUB" + i, "1", "1", "1"));
            hs.add(votes("PARENT", "SUB" + i, "100"));
            hs.add(votes("SUB" + i, "T", "2.55"));
        }
        for (int i = 0; i < 9; i++) {
            es.add(e("SMALL" + i, "1000", "1", "1"));
            hs.add(votes("SMALL" + i, "T", "2"));
        }
        hs.add(votes("PARTNER", "T", "30"));
        EnterpriseAggregation t = aggregate(structure(es, hs)).get("T");
        Map<String, Contribution> c = contributionsOf(t);
        assertThat(c.get("PARENT").relation()).as("20 x 2.55 %% = 51 %% through linked enterprises")
                .isEqualTo(EnterpriseRelation.LINKED);
        assertThat(c.get("PARTNER").share()).isEqualByComparingTo("0.3");
        assertThat(c.keySet()).noneMatch(k -> k.startsWith("SMALL"));
        assertFigures(t, "25", "22300000", "22300000");
    }

    @Test
    void linesOnVotesTakenFromCapitalComeInKeyOrderWhateverTheOrderOfTheHoldings() {
        List<Enterprise> es = List.of(e("A", "10", "1", "1"), e("B", "10", "1", "1"), e("C", "10", "1", "1"));
        List<Holding> hs = new java.util.ArrayList<>(List.of(capitalOnly("A", "C", "60"), capitalOnly("A", "B", "60")));
        List<String> lines = aggregate(structure(es, hs)).get("A").assumptions();
        assertThat(lines).hasSize(2).first().asString().startsWith("Voting rights of 'A' in 'B' not given");
        java.util.Collections.reverse(hs);
        assertThat(aggregate(structure(es, hs)).get("A").assumptions()).containsExactlyElementsOf(lines);
    }

    @Test
    void unknownBalanceSheetOfAContributorMakesTheTotalUnknown() {
        GroupStructure s = structure(List.of(e("A", "10", "1", "1"),
                Enterprise.of("B", SizeFigures.of("10", "1000000", null))), List.of(votes("A", "B", "30")));
        assertFigures(aggregate(s).get("A"), "13", "1300000", null);
    }

    @Test
    void previousFiguresAreAggregatedTooAndGapsAreSaid() {
        GroupStructure s = structure(List.of(
                e("A", "40", "1", "1").withPreviousFigures(SizeFigures.of("30", "1000000", "1000000")),
                e("B", "20", "1", "1")), List.of(votes("A", "B", "100")));
        EnterpriseAggregation a = aggregate(s).get("A");
        assertThat(a.previousFigures().headcount()).isEqualByComparingTo("50");
        assertThat(a.assumptions()).anyMatch(text -> text.startsWith("Previous-period figures are missing"));
        assertThat(aggregate(s).get("B").previousFigures()).as("B gave no previous figures").isNull();
    }
}
