package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.access.Role;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user's membership in the current tenant.
 *
 * @param id      the membership's id
 * @param userId  the user's id (one per issuer + subject, shared by the user's memberships in several tenants)
 * @param groups  the only groups the member may see; empty = every group
 */
public record MemberRecord(UUID id, UUID userId, String issuer, String subject, String displayName, Role role,
                           Optional<Set<UUID>> groups, Instant createdAt, Instant updatedAt) {

    public MemberRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        groups = Objects.requireNonNull(groups, "groups").map(Set::copyOf);
    }
}
