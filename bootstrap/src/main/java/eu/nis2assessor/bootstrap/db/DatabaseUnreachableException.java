package eu.nis2assessor.bootstrap.db;

/**
 * The configured database did not answer at startup (or the embedded one could not start). Its message is one line, written for the operator:
 * the URL (never the password) and the cause. {@link DatabaseFailureReporter} logs just that line.
 */
public class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
