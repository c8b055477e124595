package eu.nis2assessor.bootstrap.startup;

/**
 * A setting that makes the service unsafe or unable to start (a malformed {@code NIS2_BOOTSTRAP_TOKEN}, a missing
 * {@code NIS2_TOKEN_SECRET} in the {@code prod} profile). Its message is one line for the operator; the startup
 * failure reporter logs just that line and the process exits with a non-zero code.
 */
public class StartupConfigurationException extends RuntimeException {

    public StartupConfigurationException(String message) {
        super(message);
    }
}
