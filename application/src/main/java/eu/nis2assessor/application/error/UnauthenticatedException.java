package eu.nis2assessor.application.error;

/**
 * Credentials missing, malformed, unknown, expired or revoked. The message says which, for the caller; it never
 * contains the credential itself. Adapters report it as {@code UNAUTHORIZED}.
 */
public final class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
