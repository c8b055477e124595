package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.access.Scope;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Method security at the use-case boundary: every bean implementing a use case ({@code application.port.in})
 * is replaced by a proxy that checks {@link UseCaseAccess} before each call, whichever adapter calls it (GraphQL
 * query, mutation, {@code node(id:)}, batch loader). An unauthenticated call is {@code UnauthenticatedException},
 * a missing scope {@link ForbiddenException}. The application itself stays free of Spring.
 */
public final class UseCaseAuthorization implements BeanPostProcessor {

    static final String PORT_IN = "eu.nis2assessor.application.port.in";
    private static final Logger log = LoggerFactory.getLogger(UseCaseAuthorization.class);

    private final ObjectProvider<CurrentCallerPort> callers;

    public UseCaseAuthorization(ObjectProvider<CurrentCallerPort> callers) {
        this.callers = callers;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        List<Class<?>> useCases = useCasesOf(bean.getClass());
        if (useCases.isEmpty()) {
            return bean;
        }
        for (Class<?> useCase : useCases) {
            if (UseCaseAccess.declared(useCase).isEmpty()) {
                log.warn("Use case {} has no entry in UseCaseAccess: only callers holding every scope may run it",
                        useCase.getName());
            }
        }
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        collectInterfaces(bean.getClass(), interfaces);
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new),
                new Guard(bean, callers));
    }

    static List<Class<?>> useCasesOf(Class<?> type) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        collectInterfaces(type, interfaces);
        List<Class<?>> useCases = new ArrayList<>();
        for (Class<?> candidate : interfaces) {
            if (candidate.getPackageName().equals(PORT_IN)) {
                useCases.add(candidate);
            }
        }
        return useCases;
    }

    private static void collectInterfaces(Class<?> type, Set<Class<?>> into) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (into.add(i)) {
                    collectInterfaces(i, into);
                }
            }
        }
    }

    private record Guard(Object target, ObjectProvider<CurrentCallerPort> callers) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Class<?> declaring = method.getDeclaringClass();
            if (declaring == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "authorised " + target;
                    default -> method.invoke(target, args);
                };
            }
            if (declaring.getPackageName().equals(PORT_IN)) {
                check(UseCaseAccess.of(declaring), declaring);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void check(UseCaseAccess.Requirement requirement, Class<?> useCase) {
            if (requirement instanceof UseCaseAccess.Open) {
                return;
            }
            Caller caller = callers.getObject().currentCaller();
            if (requirement instanceof UseCaseAccess.Scoped scoped && !caller.scopes().containsAll(scoped.scopes())) {
                String missing = scoped.scopes().stream().filter(s -> !caller.has(s)).map(Scope::value).sorted()
                        .collect(Collectors.joining(", "));
                throw new ForbiddenException("Forbidden: this needs the scope " + missing);
            }
        }
    }
}
