package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The current caller and tenant, read from Spring Security's context (the authenticated principal). Nobody
 * authenticated: {@link UnauthenticatedException} (fail closed: no default tenant).
 */
@Component
public class SecurityContextCallers implements CurrentCallerPort, CurrentTenantPort {

    @Override
    public Caller currentCaller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication callerAuthentication && authentication.isAuthenticated()) {
            return callerAuthentication.caller();
        }
        throw new UnauthenticatedException("Authentication required: send Authorization: Bearer <API token or JWT>");
    }

    @Override
    public TenantId currentTenant() {
        return currentCaller().tenant();
    }

    /** Runs {@code work} as {@code caller} on this thread (startup work of the system; tests), then restores the context. */
    public static <T> T runAs(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
