package eu.nis2assessor.bootstrap.security;

import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import eu.nis2assessor.domain.access.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the authentication benchmark only ({@code nis2.bench.unauthenticated=true}; refused in the {@code prod}
 * profile): a request without credentials runs as the system caller of the default tenant, so that the same
 * server code answers it without any token check. Everything else of the filter chain stays, so the benchmark
 * measures exactly what authentication costs.
 */
final class BenchUnauthenticatedFilter extends OncePerRequestFilter {

    private final DefaultTenant defaultTenant;

    BenchUnauthenticatedFilter(DefaultTenant defaultTenant) {
        this.defaultTenant = defaultTenant;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null && !SecurityConfiguration.hasBearer(request)) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new CallerAuthentication(Caller.system(defaultTenant.id())));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
