package eu.nis2assessor.application.port.in;

/**
 * Creates a partner API token for the caller's tenant (scope {@code tokens:admin}). The caller can grant only
 * scopes it holds itself and, when it is restricted to groups, only some of those groups.
 */
public interface CreateApiTokenUseCase {

    CreatedApiToken create(CreateApiTokenCommand command);
}
