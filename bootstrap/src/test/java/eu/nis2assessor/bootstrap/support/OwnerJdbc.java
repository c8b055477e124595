package eu.nis2assessor.bootstrap.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * JDBC as the schema's owner (the role Flyway migrates as), for tests that must look past the application role:
 * set up or read test data of any tenant directly, read the token table's raw digests or the Flyway history. The
 * application itself never connects as the owner. One connection per database for the whole test run.
 */
public final class OwnerJdbc {

    private static final Map<String, JdbcTemplate> TEMPLATES = new ConcurrentHashMap<>();

    private OwnerJdbc() {
    }

    public static JdbcTemplate of(Environment environment) {
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getProperty("spring.flyway.user", "");
        return TEMPLATES.computeIfAbsent(url + "|" + user, key -> new JdbcTemplate(new SingleConnectionDataSource(url, user,
                environment.getProperty("spring.flyway.password", ""), true)));
    }
}
