package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Add a user (by the issuer and subject of their identity provider's tokens) to the caller's tenant, or change
 * their role. {@code groups} restricts a compliance head to named groups (empty = every group).
 */
public record SetTenantMemberCommand(String issuer, String subject, String displayName, Role role,
                                     Optional<Set<UUID>> groups) {

    public SetTenantMemberCommand {
        issuer = required("issuer", issuer, 500);
        subject = required("subject", subject, 500);
        if (displayName != null) {
            displayName = displayName.strip();
            if (displayName.length() > 200) {
                throw InvalidInputException.of("displayName", "at most 200 characters");
            }
        }
        if (role == null) {
            throw InvalidInputException.of("role", "is required");
        }
        groups = groups == null ? Optional.empty() : groups.map(Set::copyOf);
        if (groups.isPresent() && role != Role.COMPLIANCE_HEAD) {
            throw InvalidInputException.of("groupIds", "only a COMPLIANCE_HEAD can be restricted to groups");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "must not be blank");
        }
        if (value.length() > max) {
            throw InvalidInputException.of(field, "at most " + max + " characters");
        }
        return value;
    }
}
