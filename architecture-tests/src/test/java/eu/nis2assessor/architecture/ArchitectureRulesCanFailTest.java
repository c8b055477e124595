package eu.nis2assessor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proof that every rule can fail: the same rules, rooted at {@code eu.nis2assessor.archviolations}, run over
 * the deliberately broken fixtures in test sources, and each must report the expected offender.
 */
class ArchitectureRulesCanFailTest {

    static final String ROOT = "eu.nis2assessor.archviolations";
    static JavaClasses fixtures;
    static final HexagonRules RULES = new HexagonRules(ROOT);

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages(ROOT);
    }

    private static void assertViolation(ArchRule rule, String... offenders) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertThat(result.hasViolation()).as("rule '%s' must report a violation", rule.getDescription()).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(report).as(rule.getDescription()).contains(offenders);
    }

    @Test
    void fixturesCoverEveryLayer() {
        assertThat(fixtures.stream().map(c -> c.getPackageName()).distinct())
                .contains(ROOT + ".domain.policy", ROOT + ".domain.model", ROOT + ".application.service",
                        ROOT + ".adapter.graphql", ROOT + ".adapter.persistence");
    }

    @Test
    void domainTouchingAFrameworkFails() {
        assertViolation(RULES.domainDependsOnJavaOnly(), "FrameworkTouchingPolicy", "jakarta.persistence.Entity");
        assertViolation(RULES.domainTouchesNoFramework(), "FrameworkTouchingPolicy", "org.springframework.stereotype.Component",
                "tools.jackson.databind.json.JsonMapper");
    }

    @Test
    void applicationTouchingAFrameworkOrAdapterFails() {
        assertViolation(RULES.applicationDependsOnDomainOnly(), "SpringAnnotatedService", "org.springframework");
        assertViolation(RULES.applicationKnowsNoAdapter(), "SpringAnnotatedService", "LeakyGraphqlController");
        List<ArchRule> annotationRules = RULES.applicationCarriesNoSpringAnnotations();
        assertViolation(annotationRules.get(0), "SpringAnnotatedService");
        assertViolation(annotationRules.get(1), "SpringAnnotatedService.handle");
    }

    @Test
    void oneAdapterImportingAnotherFails() {
        assertViolation(RULES.graphqlAdapterIgnoresPersistenceAdapter(), "LeakyGraphqlController", "LeakyRepository");
        assertViolation(RULES.persistenceAdapterIgnoresGraphqlAdapter(), "LeakyRepository", "LeakyGraphqlController");
    }

    @Test
    void packageCyclesFail() {
        assertViolation(RULES.noCyclesBetweenTopLevelPackages(), "application", "adapter");
        assertViolation(RULES.noCyclesBetweenSecondLevelPackages(), "CyclicModel", "FrameworkTouchingPolicy");
    }

    @Test
    void breakingTheOnionFails() {
        assertViolation(RULES.onion(), "FrameworkTouchingPolicy", "SpringAnnotatedService");
    }

    @Test
    void everyRuleIsProvenHere() {
        // The rules exercised above, counted, so that a new rule in HexagonRules needs a fixture here too.
        assertThat(RULES.all()).hasSize(11);
        assertThat(RULES.all()).allSatisfy(rule -> assertThat(rule.evaluate(fixtures).hasViolation())
                .as(rule.getDescription()).isTrue());
    }
}
