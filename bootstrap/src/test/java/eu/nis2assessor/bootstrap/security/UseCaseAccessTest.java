package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.in.AssessProfileUseCase;
import eu.nis2assessor.application.port.in.DescribeRulesUseCase;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/** The authorisation table covers every use case, and the proxy applies it (fail closed). */
class UseCaseAccessTest {

    private static List<Class<?>> useCases() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*")));
        return scanner.findCandidateComponents(UseCaseAuthorization.PORT_IN).stream().<Class<?>>map(definition -> {
            try {
                return (Class<?>) Class.forName(definition.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void everyUseCaseHasAnEntry() {
        List<Class<?>> useCases = useCases();
        assertThat(useCases).contains(AssessProfileUseCase.class, DescribeRulesUseCase.class)
                .allSatisfy(useCase -> assertThat(useCase.isInterface()).isTrue());
        assertThat(useCases.stream().filter(useCase -> UseCaseAccess.declared(useCase).isEmpty()).map(Class::getName))
                .as("use cases without an entry in UseCaseAccess (they require every scope until listed)").isEmpty();
    }

    @Test
    void theProxyChecksTheScopeBeforeTheUseCaseRuns() {
        AtomicReference<Caller> current = new AtomicReference<>();
        CurrentCallerPort callers = () -> {
            if (current.get() == null) {
                throw new UnauthenticatedException("nobody");
            }
            return current.get();
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("callers", callers);
        UseCaseAuthorization authorization = new UseCaseAuthorization(beans.getBeanProvider(CurrentCallerPort.class));
        AtomicReference<Boolean> ran = new AtomicReference<>(false);
        DescribeRulesUseCase rules = () -> {
            ran.set(true);
            return "v";
        };
        DescribeRulesUseCase guarded = (DescribeRulesUseCase) authorization.postProcessAfterInitialization(rules, "rules");
        assertThatThrownBy(guarded::rulesVersion).isInstanceOf(UnauthenticatedException.class);
        assertThat(ran.get()).isFalse();
        TenantId tenant = new TenantId(UUID.randomUUID());
        current.set(new Caller(tenant, "t", EnumSet.of(Scope.GROUPS_READ), Optional.empty()));
        assertThat(guarded.rulesVersion()).isEqualTo("v");

        AssessProfileUseCase assess = command -> {
            throw new AssertionError("must not run");
        };
        AssessProfileUseCase guardedAssess = (AssessProfileUseCase) authorization.postProcessAfterInitialization(assess, "assess");
        assertThatThrownBy(() -> guardedAssess.assess(null)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("assess:read");
    }
}
