package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.ApiTokenRecord;

/**
 * Revokes an API token (scope {@code tokens:admin}); from the next request on it authenticates nobody. Revoking
 * a revoked token changes nothing. Another tenant's or a missing token is {@code NotFoundException}.
 */
public interface RevokeApiTokenUseCase {

    ApiTokenRecord revoke(RevokeApiTokenCommand command);
}
