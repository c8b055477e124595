package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.AuditOutcome;

/**
 * Writes the audit record of a mutation that no transaction recorded (refused before it reached one: invalid
 * input, missing scope, not found), in a transaction of its own, on behalf of the current caller.
 */
public interface RecordOperationUseCase {

    void record(String action, String target, AuditOutcome outcome, String detail);
}
