package eu.nis2assessor.application.port.out;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done and committed. */
    SUCCESS,
    /** Refused before anything was changed: invalid input, missing scope, not found, bad credentials. */
    REFUSED,
    /** Failed while running; nothing was written (rolled back). */
    FAILED
}
