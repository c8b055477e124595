package eu.nis2assessor.bootstrap.support;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * JDBC as the schema's owner (the role Flyway migrates as), for tests that must look past the application role:
 * read the token table's raw digests, the Flyway history, or set up another tenant's rows. The application itself
 * never connects as the owner.
 */
public final class OwnerJdbc {

    private OwnerJdbc() {
    }

    public static JdbcTemplate of(Environment environment) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.flyway.user", ""),
                environment.getProperty("spring.flyway.password", ""), true);
        return new JdbcTemplate(dataSource);
    }
}
