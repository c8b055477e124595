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

    DatabaseTarget with(Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>(properties);
        merged.putAll(more);
        return new DatabaseTarget(description, merged);
    }
}
