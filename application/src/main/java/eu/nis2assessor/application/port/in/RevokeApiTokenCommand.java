package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.UUID;

/** Revoke the API token {@code id} of the caller's tenant. */
public record RevokeApiTokenCommand(UUID id) {

    public RevokeApiTokenCommand {
        if (id == null) {
            throw InvalidInputException.of("id", "is required");
        }
    }
}
