package eu.nis2assessor.domain.accountability;

import static eu.nis2assessor.domain.supervision.SupervisionPolicyTest.classification;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.scope.EntityClass;
import org.junit.jupiter.api.Test;

class ManagementAccountabilityPolicyTest {

    private final ManagementAccountabilityPolicy policy = new ManagementAccountabilityPolicy();

    @Test
    void essentialEntitiesManagementDuties() {
        assertThat(policy.duties(classification(EntityClass.ESSENTIAL, false, false, false)))
                .extracting(Obligation::code).containsExactly("ART20_APPROVE_MEASURES", "ART20_OVERSEE_IMPLEMENTATION",
                        "ART20_LIABILITY", "ART20_MANAGEMENT_TRAINING", "ART20_STAFF_TRAINING_ENCOURAGED",
                        "ART32_6_PERSONAL_LIABILITY", "ART32_5_MANAGEMENT_BAN_EXPOSURE");
    }

    @Test
    void importantEntitiesHaveNoManagementBan() {
        assertThat(policy.duties(classification(EntityClass.IMPORTANT, false, false, false)))
                .extracting(Obligation::code).contains("ART20_APPROVE_MEASURES", "ART33_5_PERSONAL_LIABILITY")
                .doesNotContain("ART32_5_MANAGEMENT_BAN_EXPOSURE");
    }

    @Test
    void publicAdministrationLiabilityIsWithinNationalRulesAndHasNoBan() {
        assertThat(policy.duties(classification(EntityClass.ESSENTIAL, false, true, false)))
                .noneMatch(o -> o.code().equals("ART32_5_MANAGEMENT_BAN_EXPOSURE"))
                .anyMatch(o -> o.description().contains("public servants"));
    }

    @Test
    void forPublicAdministrationThePersonalLiabilityOfArt32_6KeepsTheNationalRulesForPublicServants() {
        // Art 32(6), applied to important entities by Art 33(5)
        for (EntityClass c : new EntityClass[] {EntityClass.ESSENTIAL, EntityClass.IMPORTANT}) {
            String code = c == EntityClass.ESSENTIAL ? "ART32_6_PERSONAL_LIABILITY" : "ART33_5_PERSONAL_LIABILITY";
            assertThat(policy.duties(classification(c, false, true, false)))
                    .filteredOn(o -> o.code().equals(code)).singleElement()
                    .satisfies(o -> assertThat(o.description()).contains("without prejudice to national rules"
                            + " on the liability of public servants"));
            assertThat(policy.duties(classification(c, false, false, false)))
                    .filteredOn(o -> o.code().equals(code)).singleElement()
                    .satisfies(o -> assertThat(o.description()).doesNotContain("public servants"));
        }
        assertThat(policy.explain(classification(EntityClass.ESSENTIAL, false, true, false)).legalBasis())
                .contains("NIS2 Art 32(6)");
    }

    @Test
    void noArt20DutiesOutsideScopeOrUnderDora() {
        assertThat(policy.duties(classification(EntityClass.NOT_IN_SCOPE, false, false, true))).isEmpty();
        assertThat(policy.duties(classification(EntityClass.ESSENTIAL, true, false, false))).isEmpty();
        assertThat(policy.explain(classification(EntityClass.ESSENTIAL, true, false, false)).outcome())
                .isEqualTo("governed by DORA");
        assertThat(ManagementAccountabilityPolicy.catalogue()).allSatisfy(o -> assertThat(o.legalBasis()).isNotEmpty());
    }
}
