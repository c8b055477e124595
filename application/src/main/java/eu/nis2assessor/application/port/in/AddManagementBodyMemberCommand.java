package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Add a member to a legal entity's management body (the Art 20 register).
 *
 * @param legalEntityId the entity (of the caller's tenant)
 * @param name          the person's name (required, at most 500 characters)
 * @param role          the role, e.g. {@code CEO}; optional
 * @param appointedOn   first day in office (required)
 * @param leftOn        the day the member left; null while in office; not before {@code appointedOn}
 * @throws InvalidInputException naming the field ({@code name: is required})
 */
public record AddManagementBodyMemberCommand(UUID legalEntityId, String name, String role, LocalDate appointedOn,
                                             LocalDate leftOn) {

    public AddManagementBodyMemberCommand {
        Check.required(legalEntityId, "legalEntityId");
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        Check.required(appointedOn, "appointedOn");
        if (leftOn != null && leftOn.isBefore(appointedOn)) {
            throw InvalidInputException.of("leftOn", "must not be before appointedOn (" + appointedOn + ")");
        }
    }
}
