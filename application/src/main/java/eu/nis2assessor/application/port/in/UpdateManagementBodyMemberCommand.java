package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Replace what the register says about a member (e.g. record that the member left, correct a name). Every field
 * is given: {@code role} and {@code leftOn} null mean none / still in office.
 *
 * @param memberId the member
 * @param version  the version read with the member; another stored version is a conflict
 */
public record UpdateManagementBodyMemberCommand(UUID memberId, long version, String name, String role,
                                                LocalDate appointedOn, LocalDate leftOn) {

    public UpdateManagementBodyMemberCommand {
        Check.required(memberId, "id");
        if (version < 0) {
            throw InvalidInputException.of("version", "must not be negative");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "is required");
        }
        Check.required(appointedOn, "appointedOn");
        if (leftOn != null && leftOn.isBefore(appointedOn)) {
            throw InvalidInputException.of("leftOn", "must not be before appointedOn (" + appointedOn + ")");
        }
    }
}
