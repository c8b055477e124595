package eu.nis2assessor.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The append-only audit log of each tenant. */
public interface AuditPort {

    /** Appends in the current transaction: the record commits or rolls back with the work it records. */
    void append(AuditEntry entry);

    /**
     * Appends in a transaction of its own, bound to {@code entry.tenant()}: for failures whose own transaction
     * was rolled back, and for events outside any transaction (a revoked token presented).
     */
    void appendIndependently(AuditEntry entry);

    /** Up to {@code limit} records of the current tenant, oldest first, after position {@code afterSequence}. */
    List<AuditRecord> list(int limit, long afterSequence);

    /** The current tenant's record {@code id}, if any. */
    Optional<AuditRecord> findById(UUID id);
}
