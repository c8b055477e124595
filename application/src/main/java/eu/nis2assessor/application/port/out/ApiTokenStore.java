package eu.nis2assessor.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored API tokens. All methods but {@link #findByDigest} work on the current tenant only, inside a transaction. */
public interface ApiTokenStore {

    /**
     * The token whose digest is {@code digest}, of whatever tenant: the authentication look-up, made before any
     * tenant is known (the only cross-tenant read; it returns exactly the one row asked for).
     */
    Optional<ApiTokenRecord> findByDigest(byte[] digest);

    /** Stores a new token of the current tenant with its digest. */
    void insert(ApiTokenRecord token, byte[] digest);

    /** The current tenant's token {@code id}, if any. */
    Optional<ApiTokenRecord> findById(UUID id);

    /** Up to {@code limit} tokens of the current tenant in creation order, after the token {@code after} if given. */
    List<ApiTokenRecord> list(int limit, Optional<UUID> after);

    /** Whether the current tenant has any token at all (revoked and expired ones included). */
    boolean tenantHasTokens();

    /** Marks the current tenant's token revoked at {@code at}. */
    void markRevoked(UUID id, Instant at);

    /** Records that the token of {@code tenant} was used at {@code at} (in a transaction of its own, bound to that tenant). */
    void markUsed(ApiTokenRecord token, Instant at);
}
