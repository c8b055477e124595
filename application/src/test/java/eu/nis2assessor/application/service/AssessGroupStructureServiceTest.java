package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.port.in.AssessGroupStructureCommand;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AssessGroupStructureServiceTest {

    private final GroupStructureAssessor assessor = new GroupStructureAssessor();

    @Test
    void partnerPullsAnSmeIntoScope() {
        // nis2-rules.md §4.7 Ex. 3: Cibus with an exempt VC (35 %) and a 30 % industrial partner K.
        GroupStructure structure = new GroupStructure(List.of(
                Enterprise.of("CIBUS", SizeFigures.of("45", "9000000", "12000000"), Activity.of(EntityType.FOOD_BUSINESS)),
                Enterprise.of("V", SizeFigures.of("10", "5000000", "80000000")).withInvestorCategory(InvestorCategory.VENTURE_CAPITAL),
                Enterprise.of("K", SizeFigures.of("200", "40000000", "30000000"))),
                List.of(Holding.of("V", "CIBUS", "35"), Holding.of("K", "CIBUS", "30")), List.of());

        GroupStructureAssessment result = new AssessGroupStructureService(assessor)
                .assess(new AssessGroupStructureCommand(structure));

        assertThat(result.enterprises()).extracting(EnterpriseAssessment::key).containsExactly("CIBUS", "V", "K");
        EnterpriseAssessment cibus = result.enterprises().get(0);
        assertThat(cibus.aggregatedFigures().headcount()).isEqualByComparingTo("105");
        assertThat(cibus.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(cibus.assessment().entityClass()).isEqualTo(EntityClass.IMPORTANT);
        assertThat(result.enterprises().get(1).assessment()).isNull();
    }

    @Test
    void acceptsExactlyTheLimits() {
        AssessGroupStructureService service = new AssessGroupStructureService(assessor, new AssessmentLimits(3, 2, 0));

        GroupStructureAssessment result = service.assess(new AssessGroupStructureCommand(chain(3, 2)));

        assertThat(result.enterprises()).hasSize(3);
    }

    @Test
    void refusesMoreEnterprisesThanTheLimit() {
        AssessGroupStructureService service = new AssessGroupStructureService(assessor, new AssessmentLimits(3, 10, 0));

        assertThatThrownBy(() -> service.assess(new AssessGroupStructureCommand(chain(4, 0))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("enterprises: at most 3 enterprises per call (got 4)");
    }

    @Test
    void refusesMoreHoldingsThanTheLimit() {
        AssessGroupStructureService service = new AssessGroupStructureService(assessor, new AssessmentLimits(10, 2, 0));

        assertThatThrownBy(() -> service.assess(new AssessGroupStructureCommand(chain(4, 3))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("holdings: at most 2 holdings per call (got 3)");
    }

    @Test
    void acceptsExactlyTheListEntryLimitAndRefusesOneMore() {
        // market groups 2 + 3 (a duplicate counts) and A's includes 1: 6 entries
        GroupStructure six = withLists(List.of(List.of("A", "B"), List.of("B", "C", "C")), List.of("B"));

        GroupStructureAssessment result = new AssessGroupStructureService(assessor, new AssessmentLimits(3, 0, 6))
                .assess(new AssessGroupStructureCommand(six));
        assertThat(result.enterprises()).hasSize(3);

        assertThatThrownBy(() -> new AssessGroupStructureService(assessor, new AssessmentLimits(3, 0, 5))
                .assess(new AssessGroupStructureCommand(six)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("sameOrAdjacentMarkets"))
                .hasMessage("sameOrAdjacentMarkets: at most 5 entries in market groups and consolidated-accounts includes"
                        + " together per call (got 6)");
    }

    @Test
    void consolidatedAccountsIncludesAloneCountAgainstTheListEntryLimit() {
        GroupStructure includesOnly = withLists(null, List.of("B", "C"));
        AssessGroupStructureService service = new AssessGroupStructureService(assessor, new AssessmentLimits(3, 0, 1));

        assertThatThrownBy(() -> service.assess(new AssessGroupStructureCommand(includesOnly)))
                .hasMessage("sameOrAdjacentMarkets: at most 1 entries in market groups and consolidated-accounts includes"
                        + " together per call (got 2)");
        assertThat(AssessmentLimits.listEntries(withLists(null, List.of()))).isZero();
    }

    @Test
    void defaultListEntryLimitIsFiftyThousand() {
        AssessGroupStructureService service = new AssessGroupStructureService(assessor);
        List<String> half = IntStream.range(0, 25_000).mapToObj(i -> i % 2 == 0 ? "B" : "C").toList();

        assertThat(service.limits().maxListEntries()).isEqualTo(50_000);
        assertThat(service.assess(new AssessGroupStructureCommand(withLists(List.of(half), half))).enterprises()).hasSize(3);
        List<String> more = IntStream.range(0, 25_001).mapToObj(i -> "B").toList();
        assertThatThrownBy(() -> service.assess(new AssessGroupStructureCommand(withLists(List.of(half), more))))
                .hasMessage("sameOrAdjacentMarkets: at most 50000 entries in market groups and consolidated-accounts"
                        + " includes together per call (got 50001)");
    }

    @Test
    void defaultLimitsAreTenThousandEnterprisesAndFiftyThousandHoldings() {
        AssessGroupStructureService service = new AssessGroupStructureService(assessor);

        assertThat(service.limits()).isEqualTo(new AssessmentLimits(10_000, 50_000, 50_000));
        assertThatThrownBy(() -> service.assess(new AssessGroupStructureCommand(chain(10_001, 0))))
                .hasMessage("enterprises: at most 10000 enterprises per call (got 10001)");
        assertThat(service.assess(new AssessGroupStructureCommand(chain(10_000, 0))).enterprises()).hasSize(10_000);
    }

    @Test
    void limitsMustBeSensible() {
        assertThatThrownBy(() -> new AssessmentLimits(0, 10, 10)).hasMessageContaining("maxEnterprises");
        assertThatThrownBy(() -> new AssessmentLimits(10, -1, 10)).hasMessageContaining("maxHoldings");
        assertThatThrownBy(() -> new AssessmentLimits(10, 10, -1)).hasMessageContaining("maxListEntries");
        assertThat(new AssessmentLimits(1, 0, 0).maxListEntries()).isZero();
        assertThatThrownBy(() -> new AssessGroupStructureService(assessor, null)).isInstanceOf(NullPointerException.class);
    }

    /** Enterprises A, B and C (no holdings), with these market groups and A's consolidated accounts including these. */
    private static GroupStructure withLists(List<List<String>> markets, List<String> includes) {
        SizeFigures figures = new SizeFigures(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN);
        Activity activity = Activity.of(EntityType.MANAGED_SERVICE_PROVIDER);
        Enterprise a = Enterprise.of("A", figures, activity).withConsolidatedAccounts(new ConsolidatedAccounts(figures,
                null, includes));
        return new GroupStructure(List.of(a, Enterprise.of("B", figures, activity), Enterprise.of("C", figures, activity)),
                List.of(), markets);
    }

    /** {@code n} enterprises, each of the first {@code holdings} holding 10 % of the next. */
    private static GroupStructure chain(int n, int holdings) {
        List<Enterprise> enterprises = IntStream.range(0, n)
                .mapToObj(i -> Enterprise.of("E" + i, new SizeFigures(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN),
                        Activity.of(EntityType.MANAGED_SERVICE_PROVIDER)))
                .toList();
        List<Holding> links = new ArrayList<>();
        for (int i = 0; i < holdings; i++) {
            links.add(Holding.of("E" + i, "E" + (i + 1), "10"));
        }
        return new GroupStructure(enterprises, links, List.of());
    }
}
