package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Ends a holding: not valid from {@code validTo} on. @param version the version the caller read */
public record EndHoldingCommand(UUID id, long version, LocalDate validTo) {

    public EndHoldingCommand {
        Objects.requireNonNull(id, "id");
        Check.required(validTo, "validTo");
    }
}
