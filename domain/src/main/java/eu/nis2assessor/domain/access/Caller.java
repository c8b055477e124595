package eu.nis2assessor.domain.access;

import eu.nis2assessor.domain.tenant.TenantId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who a request runs for, once authenticated: the tenant, a loggable name of the actor (never a secret), the
 * scopes granted and, optionally, the only groups the caller may see.
 *
 * @param tenant  the tenant whose data the caller works on
 * @param actor   a loggable name: {@code token:<id>} for an API token, {@code user:<id>} for a user
 * @param scopes  what the caller may do
 * @param groups  the groups the caller is restricted to; empty = every group of the tenant
 */
public record Caller(TenantId tenant, String actor, Set<Scope> scopes, Optional<Set<UUID>> groups) {

    public Caller {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
        groups = Objects.requireNonNull(groups, "groups").map(Set::copyOf);
    }

    /** True when the caller holds {@code scope}. */
    public boolean has(Scope scope) {
        return scopes.contains(scope);
    }

    /** True when the caller may see the group {@code groupId} (no restriction, or the group is listed). */
    public boolean mayAccessGroup(UUID groupId) {
        return groups.map(allowed -> allowed.contains(groupId)).orElse(true);
    }

    /** The system itself acting for {@code tenant} (first start), with every scope. */
    public static Caller system(TenantId tenant) {
        return new Caller(tenant, "system", EnumSet.allOf(Scope.class), Optional.empty());
    }
}
