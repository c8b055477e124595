package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Objects;

/**
 * One line of the audit log, as written.
 *
 * @param tenant  whose log it goes to
 * @param actor   who: {@code token:<id>}, {@code user:<id>} or {@code system}
 * @param action  what: the mutation's name (e.g. {@code createApiToken}) or an event ({@code apiToken.useFailed})
 * @param target  on what, e.g. the token's global or stored id; may be null
 * @param outcome {@link AuditOutcome}
 * @param detail  a short explanation (why it failed); never a secret; may be null
 */
public record AuditEntry(TenantId tenant, String actor, String action, String target, AuditOutcome outcome,
                         String detail) {

    public AuditEntry {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
