package eu.nis2assessor.application.audit;

import eu.nis2assessor.application.error.ForbiddenException;
import eu.nis2assessor.application.error.NotFoundException;
import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.out.AuditOutcome;

/** How a failed operation is written to the audit log. */
public final class AuditOutcomes {

    private AuditOutcomes() {
    }

    /** Refusals (nothing was attempted: invalid input, not found, forbidden) versus failures. */
    public static AuditOutcome outcomeOf(Throwable failure) {
        return failure instanceof IllegalArgumentException || failure instanceof NotFoundException
                || failure instanceof ForbiddenException || failure instanceof UnauthenticatedException
                ? AuditOutcome.REFUSED : AuditOutcome.FAILED;
    }

    /** A short, safe reason: the message of a refusal (written for the caller), only the kind of a failure. */
    public static String detailOf(Throwable failure) {
        String message = outcomeOf(failure) == AuditOutcome.REFUSED ? failure.getMessage() : null;
        String detail = message == null ? failure.getClass().getSimpleName() : message;
        return detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
