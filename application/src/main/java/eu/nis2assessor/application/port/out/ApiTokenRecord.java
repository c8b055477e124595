package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A stored partner API token, without its secret (only its digest is stored, and it is not part of this record).
 *
 * @param prefix     the loggable start of the token ({@code nis2_} + 4 characters)
 * @param groups     the groups the token is limited to; empty = every group of the tenant
 * @param createdBy  the actor that created it
 * @param lastUsedAt null when never used (updated at most once a minute)
 * @param revokedAt  null while not revoked
 */
public record ApiTokenRecord(UUID id, TenantId tenant, String name, String prefix, Set<Scope> scopes,
                             Optional<Set<UUID>> groups, Instant expiresAt, Instant createdAt, String createdBy,
                             Instant lastUsedAt, Instant revokedAt) {

    public ApiTokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prefix, "prefix");
        scopes = Set.copyOf(scopes);
        groups = Objects.requireNonNull(groups, "groups").map(Set::copyOf);
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
