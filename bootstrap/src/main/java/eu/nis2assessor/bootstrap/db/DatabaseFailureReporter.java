package eu.nis2assessor.bootstrap.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Reports a {@link DatabaseUnreachableException} or a {@code StartupConfigurationException} (a malformed
 * {@code NIS2_BOOTSTRAP_TOKEN}, a missing token secret in prod) at startup as one log line, instead of Spring Boot's
 * "Application run failed" with a wall of stack frames. Registered in {@code META-INF/spring.factories}
 * and ordered before Spring Boot's failure analyzers; every other failure is left to them.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatabaseFailureReporter implements SpringBootExceptionReporter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFailureReporter.class);

    @Override
    public boolean reportException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DatabaseUnreachableException
                    || t instanceof eu.nis2assessor.bootstrap.startup.StartupConfigurationException) {
                log.error(t.getMessage());
                return true;
            }
        }
        return false;
    }
}
