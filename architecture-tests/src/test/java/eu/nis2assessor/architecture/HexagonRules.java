package eu.nis2assessor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The hexagon's rules, written once against a root package so that the same rules check the production
 * code ({@code eu.nis2assessor}) and the deliberately broken fixtures in test sources
 * ({@code eu.nis2assessor.archviolations}), which prove that each rule can fail.
 */
final class HexagonRules {

    /** Frameworks and libraries that the domain and the application must never touch. */
    static final String[] FRAMEWORKS = {
        "org.springframework..", "jakarta..", "javax.persistence..", "javax.validation..", "tools.jackson..",
        "com.fasterxml..", "graphql..", "org.hibernate..", "org.flywaydb..", "org.jmolecules..", "org.mapstruct..",
        "io.micrometer..", "io.zonky..", "org.postgresql..", "lombok..", "reactor.."
    };

    private final String root;

    HexagonRules(String root) {
        this.root = root;
    }

    private String pkg(String relative) {
        return root + "." + relative;
    }

    /** (a) domain depends on the JDK only. */
    ArchRule domainDependsOnJavaOnly() {
        return classes().that().resideInAPackage(pkg("domain.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("domain.."), "java..")
                .as("domain depends on nothing but java.* and itself");
    }

    /** (a) the same, naming the frameworks explicitly (a clearer report). */
    ArchRule domainTouchesNoFramework() {
        return noClasses().that().resideInAPackage(pkg("domain.."))
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .as("domain touches no framework (Spring, Jakarta/JPA, Jackson, GraphQL, Hibernate, ...)");
    }

    /** (b) application depends on domain and the JDK only: no framework, no adapter, no bootstrap. */
    ArchRule applicationDependsOnDomainOnly() {
        return classes().that().resideInAPackage(pkg("application.."))
                .should().onlyDependOnClassesThat().resideInAnyPackage(pkg("application.."), pkg("domain.."), "java..")
                .as("application depends on domain and java.* only");
    }

    /** (b) application never reaches into an adapter (or the wiring). */
    ArchRule applicationKnowsNoAdapter() {
        return noClasses().that().resideInAPackage(pkg("application.."))
                .should().dependOnClassesThat().resideInAnyPackage(pkg("adapter.."), pkg("bootstrap.."))
                .as("application knows no adapter and no bootstrap class");
    }

    /** (b) no Spring annotation on any class or method of the application. */
    List<ArchRule> applicationCarriesNoSpringAnnotations() {
        DescribedPredicate<JavaAnnotation<?>> spring = DescribedPredicate.describe("a Spring annotation",
                annotation -> annotation.getRawType().getPackageName().startsWith("org.springframework"));
        return List.of(
                noClasses().that().resideInAPackage(pkg("application..")).should().beAnnotatedWith(spring)
                        .as("application classes carry no Spring annotations"),
                noMethods().that().areDeclaredInClassesThat().resideInAPackage(pkg("application.."))
                        .should().beAnnotatedWith(spring)
                        .allowEmptyShould(true)
                        .as("application methods carry no Spring annotations"));
    }

    /** (c) the GraphQL adapter never imports the persistence adapter. */
    ArchRule graphqlAdapterIgnoresPersistenceAdapter() {
        return noClasses().that().resideInAPackage(pkg("adapter.graphql.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapter.persistence.."))
                .as("adapter.graphql never imports adapter.persistence");
    }

    /** (c) the persistence adapter never imports the GraphQL adapter. */
    ArchRule persistenceAdapterIgnoresGraphqlAdapter() {
        return noClasses().that().resideInAPackage(pkg("adapter.persistence.."))
                .should().dependOnClassesThat().resideInAPackage(pkg("adapter.graphql.."))
                .as("adapter.persistence never imports adapter.graphql");
    }

    /** (d) no cycles between the top-level packages (domain, application, adapter, bootstrap). */
    ArchRule noCyclesBetweenTopLevelPackages() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("no cycles between " + root + ".*");
    }

    /** (d) no cycles between second-level packages (domain.size, application.port, adapter.graphql, ...). */
    ArchRule noCyclesBetweenSecondLevelPackages() {
        return slices().matching(root + ".(*).(*)..").should().beFreeOfCycles()
                .as("no cycles between " + root + ".*.*");
    }

    /** The onion: domain at the centre, ports around it, services next, adapters outside and apart. */
    ArchRule onion() {
        return onionArchitecture()
                .domainModels(pkg("domain.."))
                // the read models the ports take and give (application.model) and the application's exceptions
                // (application.error) belong to the ports' ring (the audit context lives in application.service)
                .domainServices(pkg("application.port.."), pkg("application.model.."), pkg("application.error.."))
                .applicationServices(pkg("application.service.."))
                .adapter("graphql", pkg("adapter.graphql.."))
                .adapter("persistence", pkg("adapter.persistence.."))
                .withOptionalLayers(true)
                // bootstrap is the composition root: it may wire any layer.
                .ignoreDependency(JavaClass.Predicates.resideInAPackage(pkg("bootstrap..")), DescribedPredicate.alwaysTrue())
                .as("onion architecture: domain <- application.port/model <- application.service <- adapters");
    }

    List<ArchRule> all() {
        List<ArchRule> rules = new java.util.ArrayList<>(List.of(
                domainDependsOnJavaOnly(), domainTouchesNoFramework(),
                applicationDependsOnDomainOnly(), applicationKnowsNoAdapter(),
                graphqlAdapterIgnoresPersistenceAdapter(), persistenceAdapterIgnoresGraphqlAdapter(),
                noCyclesBetweenTopLevelPackages(), noCyclesBetweenSecondLevelPackages(), onion()));
        rules.addAll(applicationCarriesNoSpringAnnotations());
        return rules;
    }
}
