package eu.nis2assessor.bootstrap.support;

import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.domain.access.ApiTokenFormat;
import eu.nis2assessor.domain.access.Scope;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data set up as the schema's owner: further tenants and API tokens (stored as the service stores them). */
public final class Tenants {

    private final JdbcTemplate owner;
    private final TokenDigestPort digests;

    public Tenants(JdbcTemplate owner, TokenDigestPort digests) {
        this.owner = owner;
        this.digests = digests;
    }

    public UUID create(String name) {
        UUID id = UUID.randomUUID();
        owner.update("insert into tenant (id, name) values (?, ?)", id, name);
        return id;
    }

    /** A group of {@code tenant} (no entities); returns its ID. */
    public UUID group(UUID tenant, String name) {
        UUID id = UUID.randomUUID();
        owner.update("insert into nis2_group (id, tenant_id, name) values (?, ?, ?)", id, tenant, name);
        return id;
    }

    /** A token of {@code tenant}; returns its secret. */
    public String token(UUID tenant, Collection<Scope> scopes, Collection<UUID> groups, Instant expiresAt, Instant revokedAt) {
        String secret = ApiTokenFormat.generate();
        owner.update("insert into api_token (id, tenant_id, name, prefix, digest, scopes, group_ids, expires_at, created_by,"
                        + " revoked_at) values (?, ?, ?, ?, ?, ?::text[], ?::uuid[], ?, 'test', ?)",
                UUID.randomUUID(), tenant, "test token " + ApiTokenFormat.displayPrefix(secret),
                ApiTokenFormat.displayPrefix(secret), digests.digest(secret),
                scopes.stream().map(Scope::value).collect(Collectors.joining(",", "{", "}")),
                groups == null ? null : groups.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")),
                Timestamp.from(expiresAt), revokedAt == null ? null : Timestamp.from(revokedAt));
        return secret;
    }

    public String token(UUID tenant, Scope... scopes) {
        return token(tenant, Arrays.asList(scopes), null, Instant.now().plus(Duration.ofDays(1)), null);
    }
}
