package eu.nis2assessor.bootstrap.db;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The database a run uses: the Spring properties that point at it and a one-line description for the log
 * (never containing a password).
 */
record DatabaseTarget(String description, Map<String, Object> properties) {

    DatabaseTarget {
        properties = Map.copyOf(properties);
    }

    static DatabaseTarget of(String description, String url, String user, String password) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user == null ? "" : user);
        properties.put("spring.datasource.password", password == null ? "" : password);
        return new DatabaseTarget(description, properties);
    }

    /**
     * The application connects as {@code appRole} (which owns no table, so that row-level security applies to it);
     * Flyway keeps the owner's credentials (from {@link #of}) and grants the role what it needs (afterMigrate.sql).
     */
    DatabaseTarget withAppRole(String appRole, String appPassword) {
        Map<String, Object> merged = new LinkedHashMap<>(properties);
        // With its own URL Flyway builds its own DataSource (not derived from the application's, which may be wrapped).
        merged.put("spring.flyway.url", properties.get("spring.datasource.url"));
        merged.put("spring.flyway.user", properties.get("spring.datasource.username"));
        merged.put("spring.flyway.password", properties.get("spring.datasource.password"));
        merged.put("spring.flyway.placeholders.approle", appRole);
        merged.put("spring.datasource.username", appRole);
        merged.put("spring.datasource.password", appPassword == null ? "" : appPassword);
        merged.put(APP_ROLE, appRole);
        return new DatabaseTarget(description, merged);
    }

    /** The name of the role the application connects as. */
    static final String APP_ROLE = "nis2.db.app-role";

    DatabaseTarget with(Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(properties);
        merged.putAll(more);
        return new DatabaseTarget(description, merged);
    }
}
