package eu.nis2assessor.bootstrap.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the PostgreSQL a run uses, before any bean is created, and points {@code spring.datasource.*} at it.
 * Registered in {@code META-INF/spring.factories}, so it runs for the application and for every test context.
 *
 * <p>{@code nis2.db.selection} says which kind of run this is:
 * <ul>
 *   <li>{@code main} (default): {@code NIS2_DB_URL}/{@code NIS2_DB_USER}/{@code NIS2_DB_PASSWORD} when the URL
 *       is set (checked to answer; otherwise startup fails with one log line); else an embedded PostgreSQL 17
 *       whose data directory is {@code NIS2_DATA_DIR} (default {@code ./data}), kept across restarts and
 *       stopped with the application context.</li>
 *   <li>{@code test} (set by the test resources): see {@link TestDatabase}.</li>
 *   <li>{@code testcontainers} (set by the {@code -Ptestcontainers} Maven profile): nothing here; a container
 *       bean with {@code @ServiceConnection} supplies the connection.</li>
 * </ul>
 * It runs as an initializer rather than an environment post-processor so that logging is already set up:
 * a failure here is reported as one readable line.
 */
public class DatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** Which kind of run: {@code main}, {@code test} or {@code testcontainers}. */
    public static final String SELECTION = "nis2.db.selection";
    /** The one-line description of the chosen database (no password), for the startup log. */
    public static final String DESCRIPTION = "nis2.db.description";
    static final String PROPERTY_SOURCE = "nis2Database";
    static final String EMBEDDED_BEAN = "nis2EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(DatabaseInitializer.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        String selection = env.getProperty(SELECTION, "main").trim().toLowerCase(Locale.ROOT);
        DatabaseTarget target = switch (selection) {
            case "main" -> forMainRun(env, context);
            case "test" -> TestDatabase.select(env);
            case "testcontainers" -> new DatabaseTarget(
                    "Testcontainers PostgreSQL (@ServiceConnection, Maven profile -Ptestcontainers)", Map.of());
            default -> throw new IllegalStateException(
                    SELECTION + " must be main, test or testcontainers, not '" + selection + "'");
        };
        env.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE,
                target.with(Map.of(DESCRIPTION, target.description())).properties()));
        log.debug("Database selected: {}", target.description());
    }

    private static DatabaseTarget forMainRun(ConfigurableEnvironment env, ConfigurableApplicationContext context) {
        String url = env.getProperty("nis2.db.url");
        if (url != null && !url.isBlank()) {
            String user = env.getProperty("nis2.db.user");
            String password = env.getProperty("nis2.db.password");
            Jdbc.requireReachable(url, user, password, "NIS2_DB_URL");
            String appUser = env.getProperty("nis2.db.app-user");
            if (appUser == null || appUser.isBlank()) {
                throw new DatabaseUnreachableException("NIS2_DB_APP_USER is not set: with NIS2_DB_URL the service needs"
                        + " two roles, NIS2_DB_USER (owns the schema, runs the migrations) and NIS2_DB_APP_USER /"
                        + " NIS2_DB_APP_PASSWORD (owns nothing; the service connects as it, so that row-level security"
                        + " applies); see README, Database", null);
            }
            String appPassword = env.getProperty("nis2.db.app-password", "");
            Jdbc.requireReachable(url, appUser, appPassword, "NIS2_DB_APP_USER");
            return DatabaseTarget.of("external PostgreSQL at " + Jdbc.redact(url) + " (NIS2_DB_URL), migrations as "
                            + user + ", application as " + appUser, url, user, password)
                    .withAppRole(appUser, appPassword);
        }
        Path dataDir = Path.of(env.getProperty("nis2.data-dir", "./data")).toAbsolutePath().normalize();
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(dataDir, true);
        } catch (RuntimeException e) {
            // e.g. the directory is locked by another running instance, or not writable
            throw new DatabaseUnreachableException("Cannot start the embedded PostgreSQL "
                    + EmbeddedPostgresServer.MAJOR_VERSION + " at " + dataDir + " (NIS2_DATA_DIR): " + Jdbc.causeOf(e), e);
        }
        // Stopped with the context: destroyed after the DataSource, since it is registered before every bean.
        if (context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory) {
            beanFactory.registerSingleton(EMBEDDED_BEAN, server);
            beanFactory.registerDisposableBean(EMBEDDED_BEAN, server);
        }
        AppRole.createIfMissing(server.jdbcUrl(), "postgres", "", AppRole.EMBEDDED_NAME);
        return DatabaseTarget.of("embedded PostgreSQL " + EmbeddedPostgresServer.MAJOR_VERSION + " at " + dataDir
                + " (" + server.jdbcUrl() + ", NIS2_DATA_DIR), application role " + AppRole.EMBEDDED_NAME,
                server.jdbcUrl(), "postgres", "").withAppRole(AppRole.EMBEDDED_NAME, "");
    }
}
