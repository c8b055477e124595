package eu.nis2assessor.domain.assessment;

import static eu.nis2assessor.domain.assessment.Profiles.*;
import static eu.nis2assessor.domain.scope.EntityType.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.penalty.FinePolicy;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeDetermination;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.supervision.SupervisionRegime;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfileAssessorTest {

    private final ProfileAssessor assessor = new ProfileAssessor();

    @Test
    @DisplayName("Ex. 1 Nimbus: 180 AWU, EUR 62 m, EUR 38 m cloud provider is medium and important")
    void workedExample1() {
        Assessment a = assessor.assess(profile(SizeFigures.of("180", "62000000", "38000000"),
                CLOUD_COMPUTING_SERVICE_PROVIDER));
        assertThat(a.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(a.entityClass()).isEqualTo(EntityClass.IMPORTANT);
        assertThat(a.legalBasis()).containsExactly("NIS2 Art 2(1)", "NIS2 Art 3(2)");
        assertThat(a.supervision().regime()).isEqualTo(SupervisionRegime.EX_POST);
        assertThat(a.fineExposure().fixedAmount()).isEqualByComparingTo("7000000");
        assertThat(a.fineExposure().turnoverPercentage()).isEqualByComparingTo("1.4");
        assertThat(a.fineExposure().maximum()).isEqualByComparingTo("7000000");
        assertThat(a.rulesVersion()).isEqualTo(RulesVersion.CURRENT);
        assertThat(a.assumptions()).contains(ProfileAssessor.UNDERTAKING_TURNOVER_ASSUMPTION);
    }

    @Test
    @DisplayName("Ex. 2 Granum: small despite a large balance sheet; the variant with EUR 11 m turnover is important")
    void workedExample2() {
        Assessment base = assessor.assess(profile(SizeFigures.of("35", "9500000", "14000000"), FOOD_BUSINESS));
        assertThat(base.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(base.entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
        assertThat(base.fineExposure()).isNull();
        assertThat(base.managementObligations()).isEmpty();
        assertThat(base.supervision().regime()).isEqualTo(SupervisionRegime.NONE);
        Assessment variant = assessor.assess(profile(SizeFigures.of("35", "11000000", "14000000"), FOOD_BUSINESS));
        assertThat(variant.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(variant.entityClass()).isEqualTo(EntityClass.IMPORTANT);
    }

    @Test
    @DisplayName("Ex. 5 Aqua: 56 AWU after 47 AWU stays small at FY2025 under the two-period rule")
    void workedExample5() {
        EntityProfile fy2025 = withPrevious(profile(SizeFigures.of("56.0", "7000000", "6000000"),
                DRINKING_WATER_SUPPLIER), SizeFigures.of("47", "7000000", "6000000"));
        Assessment a = assessor.assess(fy2025);
        assertThat(a.sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(a.entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
        EntityProfile fy2026 = withPrevious(profile(SizeFigures.of("56.0", "7000000", "6000000"),
                DRINKING_WATER_SUPPLIER), SizeFigures.of("56.0", "7000000", "6000000"));
        assertThat(assessor.assess(fy2026).entityClass()).isEqualTo(EntityClass.IMPORTANT);
    }

    @Test
    @DisplayName("two-period rule downwards: a large entity that is medium for one period stays large and essential")
    void twoPeriodRuleDownwards() {
        EntityProfile p = withPrevious(profile(SizeFigures.of("200", "40000000", "30000000"), HEALTHCARE_PROVIDER),
                SizeFigures.of("260", "40000000", "30000000"));
        Assessment a = assessor.assess(p);
        assertThat(a.sizeClass()).isEqualTo(SizeClass.LARGE);
        assertThat(a.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
    }

    @Test
    @DisplayName("Ex. 6 Stadtwerk: a municipal DSO with 120 AWU and EUR 30 m turnover is medium and important")
    void workedExample6() {
        Assessment a = assessor.assess(profile(SizeFigures.of("120", "30000000", "60000000"),
                ELECTRICITY_DISTRIBUTION_SYSTEM_OPERATOR));
        assertThat(a.sizeClass()).isEqualTo(SizeClass.MEDIUM);
        assertThat(a.entityClass()).isEqualTo(EntityClass.IMPORTANT);
    }

    @Test
    @DisplayName("§12 #13: fines are the higher of the fixed amount and the percentage of the undertaking's turnover")
    void fineUsesTheUndertakingTurnoverWhicheverIsHigher() {
        Assessment essential = assessor.assess(withUndertakingTurnover(profile(LARGE, HEALTHCARE_PROVIDER),
                "3000000000"));
        assertThat(essential.fineExposure().maximum()).isEqualByComparingTo("60000000");
        assertThat(essential.fineExposure().legalBasis()).containsExactly("NIS2 Art 34(4)");
        assertThat(essential.assumptions()).doesNotContain(ProfileAssessor.UNDERTAKING_TURNOVER_ASSUMPTION);
        Assessment important = assessor.assess(withUndertakingTurnover(profile(MEDIUM, HEALTHCARE_PROVIDER),
                "200000000"));
        assertThat(important.fineExposure().maximum()).isEqualByComparingTo("7000000");
        Assessment exactly500m = assessor.assess(withUndertakingTurnover(profile(LARGE, HEALTHCARE_PROVIDER),
                "500000000"));
        assertThat(exactly500m.fineExposure().maximum()).isEqualByComparingTo("10000000");
        Assessment above500m = assessor.assess(withUndertakingTurnover(profile(LARGE, HEALTHCARE_PROVIDER),
                "500000001"));
        assertThat(above500m.fineExposure().maximum()).isEqualByComparingTo("10000000.02");
    }

    @Test
    void publicAdministrationFineCarriesArt34_7AndAnAssumption() {
        Assessment a = assessor.assess(profile(MICRO, CENTRAL_GOVERNMENT_ENTITY));
        assertThat(a.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(a.fineExposure()).isNotNull();
        assertThat(a.fineExposure().legalBasis()).contains("NIS2 Art 34(7)");
        assertThat(a.assumptions()).anyMatch(s -> s.contains("Art 34(7)"));
        assertThat(a.supervision().authorityPowers()).noneMatch(p -> p.contains("Art 32(5)"));
        assertThat(a.managementObligations()).extracting(Obligation::code)
                .doesNotContain("ART32_5_MANAGEMENT_BAN_EXPOSURE");
    }

    @Test
    @DisplayName("Art 2(7) excludes public administration entities in national security; one that acts as a trust"
            + " service provider stays in scope and is still a public administration entity (Art 32(5), Art 34(7))")
    void nationalSecurityPublicAdministrationActingAsTrustServiceProviderIsPublicAdministration() {
        Assessment a = assessor.assess(profile(LARGE, List.of(new Activity(TRUST_SERVICE_PROVIDER, true, false)),
                List.of(), Set.of(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION), true));
        assertThat(a.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(a.supervision().authorityPowers()).noneMatch(p -> p.contains("Art 32(5)"));
        assertThat(a.managementObligations()).extracting(Obligation::code)
                .doesNotContain("ART32_5_MANAGEMENT_BAN_EXPOSURE");
        assertThat(a.fineExposure().legalBasis()).contains("NIS2 Art 34(7)");
        assertThat(a.assumptions()).contains(FinePolicy.PUBLIC_ADMINISTRATION_ASSUMPTION);
    }

    @Test
    @DisplayName("A public administration entity with an activity that is sized (a municipal waterworks) is classified on"
            + " its figures for that activity, and the size assumptions and texts say so")
    void publicAdministrationWithASizedActivityKeepsTheSizeAssumptions() {
        Assessment a = assessor.assess(new EntityProfile(null, List.of(Activity.of(REGIONAL_GOVERNMENT_ENTITY),
                Activity.of(DRINKING_WATER_SUPPLIER)), SizeFigures.of("300", "60000000", null), null,
                BigDecimal.ZERO, true, List.of(), Set.of()));
        assertThat(a.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(a.legalBasis()).contains("NIS2 Art 3(1)(a)");
        assertThat(a.assumptions()).contains(SizeDetermination.BALANCE_SHEET_ASSUMPTION)
                .anyMatch(s -> s.contains("count only for its activities other than public administration"))
                .noneMatch(s -> s.contains("do not enter the classification"));
    }

    @Test
    void doraCreditInstitutionKeepsItsLabelWithoutNis2SupervisionOrFine() {
        Assessment a = assessor.assess(profile(LARGE, CREDIT_INSTITUTION));
        assertThat(a.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(a.supervision().regime()).isEqualTo(SupervisionRegime.NONE);
        assertThat(a.supervision().legalBasis()).contains("NIS2 Art 4(1)");
        assertThat(a.fineExposure()).isNull();
        assertThat(a.legalBasis()).contains("NIS2 Art 4(1)");
        assertThat(a.registrationObligations()).isNotEmpty();
    }

    @Test
    void registrarOnlyIsReportedWithRegistrationObligations() {
        Assessment a = assessor.assess(profile(MICRO, DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER));
        assertThat(a.entityClass()).isEqualTo(EntityClass.NOT_IN_SCOPE);
        assertThat(a.supervision().regime()).isEqualTo(SupervisionRegime.NONE);
        assertThat(a.fineExposure()).isNull();
        assertThat(a.managementObligations()).isEmpty();
        assertThat(a.registrationObligations()).extracting(Obligation::code).containsExactly(
                "ART3_4_SUBMIT_TO_NATIONAL_LIST", "ART27_ENISA_REGISTRY", "ART28_DOMAIN_REGISTRATION_DATA");
    }

    @Test
    @DisplayName("§12 #15/#16: essential managers face the ban, important entities are audited ex post")
    void supervisionAndManagementDutiesDifferByClass() {
        Assessment essential = assessor.assess(profile(LARGE, MANAGED_SERVICE_PROVIDER));
        assertThat(essential.supervision().regime()).isEqualTo(SupervisionRegime.EX_ANTE);
        assertThat(essential.managementObligations()).extracting(Obligation::code)
                .contains("ART20_APPROVE_MEASURES", "ART20_MANAGEMENT_TRAINING", "ART32_5_MANAGEMENT_BAN_EXPOSURE");
        assertThat(essential.registrationObligations()).extracting(Obligation::code).contains("ART27_ENISA_REGISTRY");
        Assessment important = assessor.assess(profile(MEDIUM, MANAGED_SERVICE_PROVIDER));
        assertThat(important.supervision().regime()).isEqualTo(SupervisionRegime.EX_POST);
        assertThat(important.supervision().authorityPowers()).anyMatch(p -> p.contains("Targeted security audits"));
        assertThat(important.managementObligations()).extracting(Obligation::code)
                .doesNotContain("ART32_5_MANAGEMENT_BAN_EXPOSURE").contains("ART20_LIABILITY");
    }

    @Test
    void everyReasoningStepHasRuleOutcomeLegalBasisAndExplanation() {
        Assessment a = assessor.assess(withPrevious(profile(SizeFigures.of("300", "1", null), CLOUD_COMPUTING_SERVICE_PROVIDER,
                DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER), MEDIUM));
        assertThat(a.reasoning()).isNotEmpty().allSatisfy(step -> {
            assertThat(step.rule()).isNotBlank();
            assertThat(step.outcome()).isNotBlank();
            assertThat(step.explanation()).isNotBlank();
            assertThat(step.legalBasis()).isNotEmpty().allMatch(b -> b.startsWith("NIS2 Art ")
                    || b.startsWith("Rec 2003/361 Annex Art ") || b.startsWith("DORA Art ")
                    || b.startsWith("CIR 2024/2690 Art "));
        });
        assertThat(a.reasoning()).extracting(ReasoningStep::rule).startsWith("Size class", "Size class",
                "Two consecutive periods");
        assertThat(a.assumptions()).anyMatch(s -> s.startsWith("Balance sheet total not given"));
    }

    @Test
    void assumptionsDoNotMentionBalanceSheetForPublicAdministration() {
        Assessment a = assessor.assess(new EntityProfile(null, List.of(Activity.of(CENTRAL_GOVERNMENT_ENTITY)),
                SizeFigures.of("3000", "0", null), null, BigDecimal.ZERO, true, List.of(), Set.of()));
        assertThat(a.assumptions()).noneMatch(s -> s.startsWith("Balance sheet total not given"));
    }
}
