package eu.nis2assessor.application.port.in;

import java.util.Objects;
import java.util.UUID;

/** Deletes a legal entity (with its financial years). */
public record DeleteLegalEntityCommand(UUID id) {

    public DeleteLegalEntityCommand {
        Objects.requireNonNull(id, "id");
    }
}
