package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;

/**
 * First start: gives {@code tenant} an admin token with every scope. With a {@code configured} token
 * ({@code NIS2_BOOTSTRAP_TOKEN}) that token is stored unless a token with its digest exists already (a revoked
 * bootstrap token stays revoked). Without one, a token is generated only when the tenant has no token at all,
 * and returned (to be shown once). Runs as the system, not on behalf of a request.
 */
public interface EnsureBootstrapTokenUseCase {

    /** The generated token, when one was generated. */
    Optional<String> ensure(TenantId tenant, Optional<String> configured, Duration lifetime);
}
