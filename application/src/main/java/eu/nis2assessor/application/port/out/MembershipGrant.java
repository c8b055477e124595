package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What an authenticated user may do in one tenant (read at authentication, before a tenant is bound). */
public record MembershipGrant(UUID membershipId, TenantId tenant, Role role, Optional<Set<UUID>> groups) {
}
