package eu.nis2assessor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The hexagon's rules over all production classes of every module (this module depends on bootstrap,
 * which depends on everything). Test classes, including the violation fixtures, are not imported.
 */
class ArchitectureTest {

    static final String ROOT = "eu.nis2assessor";
    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void importsEveryModule() {
        assertThat(production.stream().map(c -> c.getName()))
                .contains("eu.nis2assessor.domain.reasoning.RulesVersion",
                        "eu.nis2assessor.application.service.DescribeRulesService",
                        "eu.nis2assessor.adapter.graphql.controller.RulesController",
                        "eu.nis2assessor.adapter.persistence.entity.TenantEntity",
                        "eu.nis2assessor.bootstrap.Nis2AssessorApplication")
                .noneMatch(name -> name.startsWith("eu.nis2assessor.archviolations"));
    }

    @TestFactory
    Stream<DynamicTest> productionCodeKeepsEveryRule() {
        return new HexagonRules(ROOT).all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> check(rule)));
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
