package eu.nis2assessor.bootstrap.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * The database of a test run ({@code nis2.db.selection=test}), chosen once per JVM and shared by every test
 * context:
 * <ol>
 *   <li>{@code NIS2_TEST_DB_URL} (with optional {@code NIS2_TEST_DB_USER}, {@code NIS2_TEST_DB_PASSWORD}) when
 *       set;</li>
 *   <li>else the PostgreSQL answering on {@code 127.0.0.1:5432} (database {@code test}, user {@code postgres});</li>
 *   <li>else an embedded PostgreSQL 17 on a throwaway directory under {@code target/}.</li>
 * </ol>
 * On a shared server the run owns one fresh schema, {@code nis2_test_<random>}, and one application role,
 * {@code nis2_app_<random>}: Flyway migrates the schema as the server's user (the owner), the application connects
 * as the role (which owns nothing, so row-level security applies to it), and both are dropped when the JVM ends. Nothing else is touched, so
 * runs are repeatable and two runs on one server do not meet. The choice is logged once, as one line.
 */
final class TestDatabase {

    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static DatabaseTarget selected;

    private TestDatabase() {
    }

    /** The local server probed second; {@code nis2.test.db.local-url} replaces it (to test the fallback). */
    static String localUrl(Environment env) {
        return env.getProperty("nis2.test.db.local-url", LOCAL_URL);
    }

    static synchronized DatabaseTarget select(Environment env) {
        if (selected == null) {
            selected = choose(env);
            log.info("Test suite database: {}", selected.description());
        }
        return selected;
    }

    static DatabaseTarget choose(Environment env) {
        String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String schema = "nis2_test_" + suffix;
        String appRole = "nis2_app_" + suffix;
        String appPassword = AppRole.randomPassword();
        String url = env.getProperty("nis2.test.db.url");
        String user;
        String password;
        String description;
        boolean dropSchemaAtExit = true;
        if (url != null && !url.isBlank()) {
            user = env.getProperty("nis2.test.db.user", "");
            password = env.getProperty("nis2.test.db.password", "");
            Jdbc.requireReachable(url, user, password, "NIS2_TEST_DB_URL");
            description = "PostgreSQL at " + Jdbc.redact(url) + " (NIS2_TEST_DB_URL)";
        } else if (Jdbc.answers(localUrl(env), "postgres", "", 3)) {
            url = localUrl(env);
            user = "postgres";
            password = "";
            description = "local PostgreSQL at " + url + " (user postgres)";
        } else {
            Path dir = Path.of("target", "embedded-postgres-test-" + schema.substring("nis2_test_".length()));
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "nis2-test-postgres-stop"));
            url = server.jdbcUrl();
            user = "postgres";
            password = "";
            description = "embedded PostgreSQL " + EmbeddedPostgresServer.MAJOR_VERSION + " at "
                    + server.dataDirectory() + " (" + url + ")";
            dropSchemaAtExit = false; // the whole throwaway server goes
        }
        AppRole.create(url, user, password, appRole, appPassword);
        if (dropSchemaAtExit) {
            String dropUrl = url;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchemaAndRole(dropUrl, user, password, schema, appRole),
                    "nis2-test-schema-drop"));
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return DatabaseTarget.of(description + ", schema " + schema + ", application role " + appRole
                        + (dropSchemaAtExit ? " (both dropped at the end of the run)" : ""), schemaUrl, user, password)
                .withAppRole(appRole, appPassword)
                .with(Map.of(
                        "spring.flyway.schemas", schema,
                        "spring.flyway.default-schema", schema,
                        "spring.jpa.properties.hibernate.default_schema", schema));
    }

    private static void dropSchemaAndRole(String url, String user, String password, String schema, String appRole) {
        try (Connection connection = Jdbc.connect(url, user, password, 5);
             Statement statement = connection.createStatement()) {
            statement.execute("set lock_timeout = '10s'");
            statement.execute("drop schema if exists \"" + schema + "\" cascade");
            statement.execute("drop owned by \"" + appRole + "\"");
            statement.execute("drop role if exists \"" + appRole + "\"");
        } catch (Exception e) {
            System.err.println("nis2 tests: could not drop schema " + schema + " at " + Jdbc.redact(url) + ": "
                    + Jdbc.causeOf(e));
        }
    }
}
