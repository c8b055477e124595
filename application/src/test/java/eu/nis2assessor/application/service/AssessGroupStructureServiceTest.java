package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.port.in.AssessGroupStructureCommand;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
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
        assertThatThrownBy(() -> new AssessGroupStructureService(assessor, null)).isInstanceOf(NullPointerException.class);
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
