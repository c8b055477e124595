package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.access.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Users and their memberships. All methods but {@link #findGrants} work on the current tenant, in a transaction. */
public interface MemberStore {

    /** Every membership of the user {@code issuer} + {@code subject}, in any tenant (the authentication look-up). */
    List<MembershipGrant> findGrants(String issuer, String subject);

    /** Adds the user to the current tenant, or changes their role, name and groups there. */
    MemberRecord upsert(String issuer, String subject, String displayName, Role role, Optional<Set<UUID>> groups);

    /** The current tenant's membership {@code id}. */
    Optional<MemberRecord> findById(UUID id);

    /** Removes the current tenant's membership {@code id}; false when there is none. */
    boolean remove(UUID id);

    /** Up to {@code limit} memberships of the current tenant in creation order, after {@code after} if given. */
    List<MemberRecord> list(int limit, Optional<UUID> after);
}
