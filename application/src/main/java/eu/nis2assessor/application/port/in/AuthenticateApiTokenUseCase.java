package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.access.Caller;

/**
 * Who an API token stands for. A malformed token or a wrong checksum is refused before any database look-up;
 * an unknown, expired or revoked token is refused too ({@code UnauthenticatedException}); the use of an expired
 * or revoked token is written to its tenant's audit log.
 */
public interface AuthenticateApiTokenUseCase {

    Caller authenticate(String token);
}
