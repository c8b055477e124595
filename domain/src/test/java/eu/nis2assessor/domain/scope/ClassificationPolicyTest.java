package eu.nis2assessor.domain.scope;

import static eu.nis2assessor.domain.scope.EntityClass.*;
import static eu.nis2assessor.domain.scope.EntityType.*;
import static eu.nis2assessor.domain.size.SizeClass.LARGE;
import static eu.nis2assessor.domain.size.SizeClass.MEDIUM;
import static eu.nis2assessor.domain.size.SizeClass.MICRO;
import static eu.nis2assessor.domain.size.SizeClass.SMALL;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.size.SizeClass;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ClassificationPolicyTest {

    private final ClassificationPolicy policy = new ClassificationPolicy();

    /**
     * The common case (one activity, nothing else) is answered from a memo: the answer is the one worked out for the
     * same input by any policy, whatever was asked before, and the memo never mixes up sizes or activity flags.
     */
    @Test
    void oneActivityAnswersAreWorkedOutOnceAndAlwaysTheSame() {
        ClassificationPolicy warm = new ClassificationPolicy();
        for (EntityType type : EntityType.values()) {
            for (SizeClass size : SizeClass.values()) {
                for (Activity activity : List.of(new Activity(type, false, false), new Activity(type, true, false),
                        new Activity(type, false, true))) {
                    Classification first = warm.classify(List.of(activity), size, List.of(), Set.of(), true);
                    assertThat(warm.classify(List.of(activity), size, List.of(), Set.of(), true)).isSameAs(first);
                    assertThat(new ClassificationPolicy().classify(List.of(activity), size, List.of(), Set.of(), true))
                            .isEqualTo(first);
                    // the same activity with a second, identical one takes the general path: same class
                    assertThat(new ClassificationPolicy().classify(List.of(activity, activity), size, List.of(),
                            Set.of(), true).entityClass()).isEqualTo(first.entityClass());
                }
            }
        }
    }

    private Classification classify(SizeClass size, EntityType... types) {
        return policy.classify(java.util.Arrays.stream(types).map(Activity::of).toList(), size, List.of(), Set.of(), true);
    }

    private Classification classify(SizeClass size, List<Activity> activities, List<Identification> ids,
                                    Set<Exclusion> exclusions) {
        return policy.classify(activities, size, ids, exclusions, true);
    }

    @Nested
    class SizeCapTypes {

        @ParameterizedTest(name = "Annex I {0}: micro/small out, medium important, large essential")
        @EnumSource(value = EntityType.class, names = {"CLOUD_COMPUTING_SERVICE_PROVIDER", "ELECTRICITY_PRODUCER",
                "HEALTHCARE_PROVIDER", "MANAGED_SERVICE_PROVIDER", "SPACE_GROUND_INFRASTRUCTURE_OPERATOR",
                "INTERNET_EXCHANGE_POINT_PROVIDER", "DATA_CENTRE_SERVICE_PROVIDER"})
        void annexOne(EntityType type) {
            assertThat(classify(MICRO, type).entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(classify(SMALL, type).entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(classify(MEDIUM, type).entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(MEDIUM, type).legalBasis()).containsExactly("NIS2 Art 2(1)", "NIS2 Art 3(2)");
            assertThat(classify(LARGE, type).entityClass()).isEqualTo(ESSENTIAL);
            assertThat(classify(LARGE, type).legalBasis()).containsExactly("NIS2 Art 3(1)(a)");
        }

        @ParameterizedTest(name = "Annex II {0} is never essential by size")
        @EnumSource(value = EntityType.class, names = {"POSTAL_SERVICE_PROVIDER", "FOOD_BUSINESS",
                "ONLINE_MARKETPLACE_PROVIDER", "RESEARCH_ORGANISATION", "MACHINERY_MANUFACTURER"})
        void annexTwo(EntityType type) {
            assertThat(classify(SMALL, type).entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(classify(MEDIUM, type).entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(LARGE, type).entityClass()).isEqualTo(IMPORTANT);
        }

        @Test
        @DisplayName("§12 #8: a medium cloud provider is important, not essential")
        void mediumCloudIsImportant() {
            Classification c = classify(MEDIUM, CLOUD_COMPUTING_SERVICE_PROVIDER);
            assertThat(c.entityClass()).isEqualTo(IMPORTANT);
            assertThat(c.steps()).anyMatch(s -> s.explanation().contains("essential by size only when large"));
        }

        @Test
        void everyTypeOfTheCatalogueHasAnAnswerAtEverySize() {
            for (EntityType type : EntityType.values()) {
                for (SizeClass size : SizeClass.values()) {
                    Classification c = classify(size, type);
                    assertThat(c.entityClass()).isNotNull();
                    assertThat(c.legalBasis()).isNotEmpty();
                    assertThat(c.steps()).isNotEmpty();
                }
            }
        }
    }

    @Nested
    class SizeIndependentTypes {

        @Test
        @DisplayName("§12 #9: only qualified trust service providers are essential regardless of size")
        void trustServiceProviders() {
            Activity qualified = new Activity(TRUST_SERVICE_PROVIDER, true, false);
            assertThat(classify(MICRO, List.of(qualified), List.of(), Set.of()).entityClass()).isEqualTo(ESSENTIAL);
            assertThat(classify(MICRO, List.of(qualified), List.of(), Set.of()).legalBasis())
                    .containsExactly("NIS2 Art 3(1)(b)");
            assertThat(classify(MICRO, TRUST_SERVICE_PROVIDER).entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(MICRO, TRUST_SERVICE_PROVIDER).legalBasis()).contains("NIS2 Art 2(2)(a)(ii)");
            assertThat(classify(MEDIUM, TRUST_SERVICE_PROVIDER).entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(LARGE, TRUST_SERVICE_PROVIDER).entityClass()).isEqualTo(ESSENTIAL);
        }

        @Test
        @DisplayName("§12 #10: small telecom providers are in scope but important; medium and large essential")
        void telecom() {
            for (EntityType t : List.of(PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER,
                    PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER)) {
                assertThat(classify(MICRO, t).entityClass()).isEqualTo(IMPORTANT);
                assertThat(classify(SMALL, t).legalBasis()).contains("NIS2 Art 2(2)(a)(i)", "NIS2 Art 3(2)");
                assertThat(classify(MEDIUM, t).entityClass()).isEqualTo(ESSENTIAL);
                assertThat(classify(MEDIUM, t).legalBasis()).containsExactly("NIS2 Art 3(1)(c)");
                assertThat(classify(LARGE, t).legalBasis()).containsExactly("NIS2 Art 3(1)(a)");
            }
        }

        @ParameterizedTest
        @EnumSource(value = EntityType.class, names = {"DNS_SERVICE_PROVIDER", "TLD_NAME_REGISTRY"})
        void dnsAndTldAreAlwaysEssential(EntityType type) {
            assertThat(classify(MICRO, type).entityClass()).isEqualTo(ESSENTIAL);
            assertThat(classify(MICRO, type).legalBasis()).containsExactly("NIS2 Art 3(1)(b)");
            assertThat(classify(LARGE, type).legalBasis()).containsExactlyInAnyOrder("NIS2 Art 3(1)(b)",
                    "NIS2 Art 3(1)(a)");
        }

        @Test
        @DisplayName("§12 #22: small companies are not always out")
        void smallIsNotAlwaysOut() {
            assertThat(classify(MICRO, DNS_SERVICE_PROVIDER).inScope()).isTrue();
            assertThat(classify(MICRO, PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER).inScope()).isTrue();
            assertThat(classify(MICRO, CENTRAL_GOVERNMENT_ENTITY).inScope()).isTrue();
        }
    }

    @Nested
    class PublicAdministration {

        @Test
        void centralGovernmentIsEssentialWhateverItsSize() {
            Classification c = classify(MICRO, CENTRAL_GOVERNMENT_ENTITY);
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 3(1)(d)");
            assertThat(c.publicAdministration()).isTrue();
        }

        @Test
        void regionalGovernmentNeedsAPositiveRiskAssessmentAndIsThenImportantWhateverItsSize() {
            assertThat(classify(LARGE, REGIONAL_GOVERNMENT_ENTITY).entityClass()).isEqualTo(NOT_IN_SCOPE);
            Classification assessed = classify(LARGE, List.of(Activity.of(REGIONAL_GOVERNMENT_ENTITY)),
                    List.of(new Identification(IdentificationGround.REGIONAL_RISK_ASSESSMENT, EntityClass.ESSENTIAL)),
                    Set.of());
            assertThat(assessed.entityClass()).isEqualTo(IMPORTANT);
            assertThat(assessed.legalBasis()).containsExactly("NIS2 Art 2(2)(f)(ii)", "NIS2 Art 3(2)");
        }

        @Test
        void regionalRiskAssessmentWithoutTheRegionalTypeIsIgnored() {
            Classification c = classify(SMALL, List.of(Activity.of(FOOD_BUSINESS)),
                    List.of(new Identification(IdentificationGround.REGIONAL_RISK_ASSESSMENT, null)), Set.of());
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
        }

        @ParameterizedTest
        @EnumSource(value = EntityType.class, names = {"LOCAL_GOVERNMENT_ENTITY", "EDUCATION_INSTITUTION"})
        void memberStateExtensionsAreNotInTheEuBaseline(EntityType type) {
            Classification c = classify(LARGE, type);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.assumptions()).anyMatch(a -> a.contains("Art 2(5)"));
        }
    }

    @Nested
    class Identifications {

        @ParameterizedTest
        @CsvSource({"SOLE_PROVIDER, NIS2 Art 2(2)(b)", "PUBLIC_SAFETY_SECURITY_HEALTH_IMPACT, NIS2 Art 2(2)(c)",
                "SYSTEMIC_RISK, NIS2 Art 2(2)(d)", "NATIONAL_OR_REGIONAL_IMPORTANCE, NIS2 Art 2(2)(e)"})
        void memberStateIdentificationsGiveTheStatedClass(IdentificationGround ground, String basis) {
            List<Activity> food = List.of(Activity.of(FOOD_BUSINESS));
            Classification essential = classify(MICRO, food, List.of(new Identification(ground, ESSENTIAL)), Set.of());
            assertThat(essential.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(essential.legalBasis()).containsExactly("NIS2 Art 3(1)(e)");
            Classification important = classify(MICRO, food, List.of(new Identification(ground, IMPORTANT)), Set.of());
            assertThat(important.entityClass()).isEqualTo(IMPORTANT);
            assertThat(important.legalBasis()).containsExactly(basis, "NIS2 Art 3(2)");
            Classification unstated = classify(MICRO, food, List.of(new Identification(ground, null)), Set.of());
            assertThat(unstated.entityClass()).isEqualTo(IMPORTANT);
        }

        @Test
        void memberStateIdentificationNeedsAnAnnexType() {
            Classification c = classify(MICRO, List.of(), List.of(new Identification(IdentificationGround.SYSTEMIC_RISK,
                    ESSENTIAL)), Set.of());
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.steps()).anyMatch(s -> s.outcome().equals("not applicable"));
        }

        @Test
        void cerCriticalEntityIsEssentialWithoutAnAnnexTypeAndWhateverClassIsStated() {
            Classification c = classify(MICRO, List.of(), List.of(new Identification(
                    IdentificationGround.CER_CRITICAL_ENTITY, IMPORTANT)), Set.of());
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 3(1)(f)");
        }

        @Test
        void formerOperatorOfEssentialServicesIsEssential() {
            Classification c = classify(SMALL, List.of(Activity.of(RAILWAY_UNDERTAKING)), List.of(new Identification(
                    IdentificationGround.NIS1_OPERATOR_OF_ESSENTIAL_SERVICES, null)), Set.of());
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 3(1)(g)");
        }

        @Test
        void everyGroundThatHoldsIsPartOfTheLegalBasisWhateverTheOrder() {
            List<Activity> activities = new ArrayList<>(List.of(Activity.of(DNS_SERVICE_PROVIDER),
                    Activity.of(CLOUD_COMPUTING_SERVICE_PROVIDER), Activity.of(FOOD_BUSINESS)));
            List<Identification> ids = new ArrayList<>(List.of(
                    new Identification(IdentificationGround.CER_CRITICAL_ENTITY, null),
                    new Identification(IdentificationGround.SYSTEMIC_RISK, ESSENTIAL)));
            Classification first = classify(LARGE, activities, ids, Set.of());
            Collections.reverse(activities);
            Collections.reverse(ids);
            Classification second = classify(LARGE, activities, ids, Set.of());
            assertThat(first.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(first.legalBasis()).containsExactlyInAnyOrder("NIS2 Art 3(1)(f)", "NIS2 Art 3(1)(e)",
                    "NIS2 Art 3(1)(b)", "NIS2 Art 3(1)(a)");
            assertThat(second.legalBasis()).containsExactlyInAnyOrderElementsOf(first.legalBasis());
        }
    }

    @Nested
    class ExclusionsAndSpecialCases {

        @Test
        void nationalSecurityPublicAdministrationIsExcluded() {
            Classification c = classify(LARGE, List.of(Activity.of(CENTRAL_GOVERNMENT_ENTITY)), List.of(),
                    Set.of(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION));
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(7)");
        }

        @Test
        void nationalSecurityExclusionDoesNotApplyToTrustServices() {
            Classification c = classify(MICRO, List.of(Activity.of(CENTRAL_GOVERNMENT_ENTITY),
                            new Activity(TRUST_SERVICE_PROVIDER, true, false)), List.of(),
                    Set.of(Exclusion.NATIONAL_SECURITY_PUBLIC_ADMINISTRATION));
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 3(1)(b)");
            assertThat(c.steps()).anyMatch(s -> s.legalBasis().contains("NIS2 Art 2(9)"));
        }

        @Test
        void doraExemptedEntitiesAreOutside() {
            Classification c = classify(LARGE, List.of(Activity.of(CREDIT_INSTITUTION)), List.of(),
                    Set.of(Exclusion.DORA_EXEMPTED));
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(10)");
        }

        @Test
        void servicesOutsideTheUnionAreOutside() {
            Classification c = policy.classify(List.of(Activity.of(DNS_SERVICE_PROVIDER)), LARGE, List.of(), Set.of(),
                    false);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(1)");
        }

        @ParameterizedTest
        @EnumSource(value = EntityType.class, names = {"CREDIT_INSTITUTION", "TRADING_VENUE_OPERATOR",
                "CENTRAL_COUNTERPARTY"})
        void doraFinancialEntitiesKeepTheirLabelUnderArt4(EntityType type) {
            Classification large = classify(LARGE, type);
            assertThat(large.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(large.doraLexSpecialis()).isTrue();
            assertThat(large.legalBasis()).contains("NIS2 Art 3(1)(a)", "NIS2 Art 4(1)", "DORA Art 1(2)");
            assertThat(classify(MEDIUM, type).entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(SMALL, type).doraLexSpecialis()).isFalse();
        }

        @Test
        void registrarOnlyIsNeitherEssentialNorImportantButHasRegistrationDuties() {
            Classification c = classify(LARGE, DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.registrarDuties()).isTrue();
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(4)", "NIS2 Art 3(3)");
        }

        @Test
        void registrarThatAlsoRunsDnsIsEssentialWithRegistrarDuties() {
            Classification c = classify(MICRO, DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER, DNS_SERVICE_PROVIDER);
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
            assertThat(c.registrarDuties()).isTrue();
        }

        @Test
        void anIdentificationCannotStateThatTheEntityIsOutOfScope() {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> new Identification(IdentificationGround.SOLE_PROVIDER, NOT_IN_SCOPE))
                    .isInstanceOf(eu.nis2assessor.domain.validation.InvalidInputException.class)
                    .hasMessageStartingWith("entityClass: must be ESSENTIAL or IMPORTANT, or left out");
        }

        @Test
        void aSmallRegistrarWithABelowThresholdAnnexActivityStillCitesArt2_4() {
            Classification c = classify(SMALL, CLOUD_COMPUTING_SERVICE_PROVIDER, DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.registrarDuties()).isTrue();
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(1)", "NIS2 Art 2(4)", "NIS2 Art 3(3)");
        }

        @Test
        @DisplayName("Art 6(41): an education institution is not a research organisation")
        void anEducationInstitutionIsNotAResearchOrganisation() {
            Classification c = classify(LARGE, EDUCATION_INSTITUTION, RESEARCH_ORGANISATION);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.effectiveTypes()).containsExactly(EDUCATION_INSTITUTION);
            assertThat(c.steps()).anyMatch(s -> s.outcome().equals("RESEARCH_ORGANISATION not counted")
                    && s.legalBasis().contains("NIS2 Art 6(41)"));
            // education only as an ancillary activity does not make the entity an educational institution
            Classification research = classify(LARGE, List.of(Activity.of(RESEARCH_ORGANISATION),
                    new Activity(EDUCATION_INSTITUTION, false, true)), List.of(), Set.of());
            assertThat(research.entityClass()).isEqualTo(IMPORTANT);
            assertThat(classify(MEDIUM, RESEARCH_ORGANISATION).entityClass()).isEqualTo(IMPORTANT);
        }

        @Test
        @DisplayName("Step 5: CIR 2024/2690 is reported for its digital providers in scope, never changing the class")
        void theImplementingRegulationIsReportedForItsDigitalProviders() {
            Classification cloud = classify(MEDIUM, CLOUD_COMPUTING_SERVICE_PROVIDER, FOOD_BUSINESS);
            assertThat(cloud.entityClass()).isEqualTo(IMPORTANT);
            assertThat(cloud.steps()).filteredOn(s -> s.rule().equals("Implementing regulation")).singleElement()
                    .satisfies(s -> {
                        assertThat(s.legalBasis()).containsExactly("CIR 2024/2690 Art 1", "NIS2 Art 21(5)",
                                "NIS2 Art 23(11)");
                        assertThat(s.explanation()).startsWith("As CLOUD_COMPUTING_SERVICE_PROVIDER,");
                    });
            assertThat(classify(MICRO, TRUST_SERVICE_PROVIDER).steps())
                    .anyMatch(s -> s.rule().equals("Implementing regulation"));
            // not for other types, not below the threshold, not for registrars, not where DORA displaces Art 21
            assertThat(List.of(classify(LARGE, FOOD_BUSINESS), classify(SMALL, CLOUD_COMPUTING_SERVICE_PROVIDER),
                    classify(LARGE, DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER),
                    classify(LARGE, CREDIT_INSTITUTION, CLOUD_COMPUTING_SERVICE_PROVIDER),
                    classify(MEDIUM, PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER)))
                    .allSatisfy(c -> assertThat(c.steps()).noneMatch(s -> s.rule().equals("Implementing regulation")));
            for (EntityType type : EntityType.values()) {
                boolean expected = switch (type) {
                    case DNS_SERVICE_PROVIDER, TLD_NAME_REGISTRY, CLOUD_COMPUTING_SERVICE_PROVIDER,
                         DATA_CENTRE_SERVICE_PROVIDER, CONTENT_DELIVERY_NETWORK_PROVIDER, MANAGED_SERVICE_PROVIDER,
                         MANAGED_SECURITY_SERVICE_PROVIDER, ONLINE_MARKETPLACE_PROVIDER, ONLINE_SEARCH_ENGINE_PROVIDER,
                         SOCIAL_NETWORKING_PLATFORM_PROVIDER, TRUST_SERVICE_PROVIDER -> true;
                    default -> false;
                };
                assertThat(type.implementingRegulation2024_2690()).as(type.name()).isEqualTo(expected);
            }
        }

        @Test
        void theReasonNoEssentialGroundHoldsIsTrueForAnnexITypesToo() {
            Classification tsp = classify(MICRO, TRUST_SERVICE_PROVIDER);
            assertThat(tsp.entityClass()).isEqualTo(IMPORTANT);
            assertThat(tsp.steps()).filteredOn(s -> s.rule().equals("Essential entity grounds")).singleElement()
                    .satisfies(s -> assertThat(s.explanation()).doesNotContain("(Annex II types are never essential"
                            + " by size)").contains("Annex I type when large"));
        }

        @ParameterizedTest
        @EnumSource(value = EntityType.class, names = {"DRINKING_WATER_SUPPLIER", "WASTE_WATER_UNDERTAKING",
                "WASTE_MANAGEMENT_UNDERTAKING", "ROAD_AUTHORITY"})
        void ancillaryActivityIsExcludedForTheFourTypesThatSaySo(EntityType type) {
            Classification c = classify(LARGE, List.of(new Activity(type, false, true)), List.of(), Set.of());
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.effectiveTypes()).isEmpty();
        }

        @Test
        @DisplayName("§12 #12: no general principal-activity test: an ancillary cloud activity still counts")
        void ancillaryHasNoEffectOnOtherTypes() {
            Classification c = classify(LARGE, List.of(new Activity(CLOUD_COMPUTING_SERVICE_PROVIDER, false, true)),
                    List.of(), Set.of());
            assertThat(c.entityClass()).isEqualTo(ESSENTIAL);
        }

        @Test
        void noActivityMeansOutOfScopeWhateverTheSize() {
            Classification c = classify(LARGE);
            assertThat(c.entityClass()).isEqualTo(NOT_IN_SCOPE);
            assertThat(c.legalBasis()).containsExactly("NIS2 Art 2(1)");
        }
    }
}
