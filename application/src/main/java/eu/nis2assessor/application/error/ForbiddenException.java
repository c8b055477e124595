package eu.nis2assessor.application.error;

/**
 * The caller is authenticated but lacks the scope (or role) the use case needs, or tries to grant more than it
 * holds. Adapters report it as {@code FORBIDDEN}. Objects the caller may not see are {@link NotFoundException}
 * instead, so that their existence does not leak.
 */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
