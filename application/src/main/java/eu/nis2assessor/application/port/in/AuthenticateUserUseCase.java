package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Optional;

/**
 * Who a user authenticated by an OIDC identity provider (issuer + subject of a verified JWT) is in this service:
 * their membership in the tenant named by {@code tenant} (the token's tenant claim), or in their only tenant when
 * the claim is absent. No membership, or several without a claim: {@code UnauthenticatedException}.
 */
public interface AuthenticateUserUseCase {

    Caller authenticate(String issuer, String subject, Optional<TenantId> tenant);
}
