package eu.nis2assessor.domain.assessment;

import static eu.nis2assessor.domain.group.Groups.*;
import static eu.nis2assessor.domain.scope.EntityType.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupStructureAssessorTest {

    private final GroupStructureAssessor assessor = new GroupStructureAssessor();

    @Test
    @DisplayName("Ex. 3: the group pulls Cibus into NIS2 as an important entity; alone it would be small")
    void example3() {
        GroupStructure s = structure(List.of(
                e("CIBUS", "45", "9", "12", FOOD_BUSINESS),
                e("V", "10", "5", "100").withInvestorCategory(InvestorCategory.VENTURE_CAPITAL),
                e("K", "200", "40", "30")), List.of(votes("V", "CIBUS", "35"), votes("K", "CIBUS", "30")));
        GroupStructureAssessment result = assessor.assess(s);
        assertThat(result.enterprises()).extracting(EnterpriseAssessment::key).containsExactly("CIBUS", "V", "K");
        EnterpriseAssessment cibus = result.enterprises().get(0);
        assertThat(cibus.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(cibus.assessment().entityClass()).isEqualTo(EntityClass.IMPORTANT);
        assertThat(cibus.assessment().reasoning().get(0).rule()).isEqualTo("Enterprise relationships");
        assertThat(cibus.assessment().fineExposure().undertakingTurnover()).isEqualByComparingTo("9000000");
        assertThat(result.enterprises().get(1).assessment()).as("no activities: no assessment").isNull();
        assertThat(result.enterprises().get(2).sizeClass()).isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    @DisplayName("Ex. 4 / §12 #6: Helix is large through its group, essential, fined on the undertaking's turnover")
    void example4() {
        GroupStructure s = structure(List.of(
                e("HELIX", "40", "8", "6", MANAGED_SERVICE_PROVIDER),
                e("P", "20", "2", "80"), e("S", "300", "70", "50", CLOUD_COMPUTING_SERVICE_PROVIDER),
                e("C", "100", "20", "15"), e("D", "20", "5", "4"), e("E", "1000", "500", "500")), List.of(
                votes("P", "HELIX", "70"), votes("P", "S", "80"), votes("P", "C", "30"), votes("HELIX", "D", "40"),
                votes("D", "E", "30")));
        EnterpriseAssessment helix = assessor.assess(s).enterprises().get(0);
        assertThat(helix.sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(helix.assessment().entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(helix.undertakingWorldwideTurnover()).isEqualByComparingTo("80000000");
        assertThat(helix.assessment().fineExposure().maximum()).isEqualByComparingTo("10000000");
        assertThat(helix.contributions()).hasSize(5);
    }

    @Test
    @DisplayName("§4.6: a parent whose consolidated accounts give the previous period, and no accounts of its own, is"
            + " held to the two-period rule like its subsidiary")
    void consolidatedPreviousFiguresBringTheTwoPeriodRule() {
        ConsolidatedAccounts accounts = new ConsolidatedAccounts(SizeFigures.of("300", "60000000", "50000000"),
                SizeFigures.of("40", "8000000", "6000000"), List.of("S"));
        GroupStructure s = structure(List.of(
                e("P", "40", "8", "6", MANAGED_SERVICE_PROVIDER).withConsolidatedAccounts(accounts),
                e("S", "260", "52", "44", MANAGED_SERVICE_PROVIDER).withPreviousFigures(SizeFigures.of("0", "0", "0"))),
                List.of(votes("P", "S", "100")));
        GroupStructureAssessment result = assessor.assess(s);
        EnterpriseAssessment parent = result.enterprises().get(0);
        EnterpriseAssessment subsidiary = result.enterprises().get(1);

        // latest period LARGE, previous SMALL: with only two periods known the earlier class is kept
        assertThat(parent.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(parent.assessment().entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
        assertThat(parent.assessment().reasoning()).anyMatch(step -> step.rule().equals("Two consecutive periods"));
        assertThat(subsidiary.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(subsidiary.assessment().entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
    }

    @Test
    @DisplayName("§12 #7 / Ex. 6: a DSO 100 % owned by a city is sized on its figures, not made large by public control")
    void publicOwnershipDoesNotMakeLarge() {
        GroupStructure s = structure(List.of(e("STADTWERK", "120", "30", "60", ELECTRICITY_DISTRIBUTION_SYSTEM_OPERATOR),
                e("CITY", "0", "0", "0")), List.of(votes("CITY", "STADTWERK", "100")));
        EnterpriseAssessment dso = assessor.assess(s).enterprises().get(0);
        assertThat(dso.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(dso.assessment().entityClass()).isEqualTo(EntityClass.IMPORTANT);
        assertThat(dso.assessment().reasoning()).anyMatch(step -> step.legalBasis().contains(
                "Rec 2003/361 Annex Art 3(4)"));
    }

    @Test
    @DisplayName("§12 #5: headcount is AWU (fractions; apprentices and parental leave out), not payroll: 56.0, not 81")
    void headcountIsAnnualWorkUnits() {
        GroupStructure s = structure(List.of(e("AQUA", "56.0", "7", "6", DRINKING_WATER_SUPPLIER)), List.of());
        EnterpriseAssessment aqua = assessor.assess(s).enterprises().get(0);
        assertThat(aqua.aggregatedFigures().headcount()).isEqualByComparingTo("56");
        assertThat(aqua.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        GroupStructure fractional = structure(List.of(e("AQUA", "49.99", "7", "6", DRINKING_WATER_SUPPLIER)), List.of());
        assertThat(assessor.assess(fractional).enterprises().get(0).sizeClass()).isEqualTo(SizeClass.SMALL);
    }

    @Test
    void aNaturalPersonIsAssessedOnItsOwnFigures() {
        GroupStructure s = new GroupStructure(List.of(e("SOLE", "3", "1", "1", TRUST_SERVICE_PROVIDER).asNaturalPerson(),
                e("A", "300", "100", "100")), List.of(votes("SOLE", "A", "100")), null);
        EnterpriseAssessment sole = assessor.assess(s).enterprises().get(0);
        assertThat(sole.sizeClass()).isEqualTo(SizeClass.MICRO);
        assertThat(sole.assessment().entityClass()).isEqualTo(EntityClass.IMPORTANT);
    }
}
