package eu.nis2assessor.application.port.out;

import java.time.Instant;
import java.util.UUID;

/** One stored line of the audit log, as read back ({@link AuditEntry} plus id, position and time). */
public record AuditRecord(UUID id, long sequence, Instant occurredAt, String actor, String action, String target,
                          AuditOutcome outcome, String detail) {
}
