package eu.nis2assessor.bootstrap.db;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refuses to start when the role the application connects as could get around row-level security: a superuser,
 * a role with BYPASSRLS, or the owner of a table of the schema (tables are owned by the migrating role only).
 * {@code nis2.db.allow-privileged-app-role=true} turns the refusal into a warning (only for the opt-in
 * Testcontainers run, whose container has a single superuser).
 */
public final class AppRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(AppRoleCheck.class);

    private final JdbcTemplate jdbc;
    private final boolean allowPrivileged;

    public AppRoleCheck(JdbcTemplate jdbc, boolean allowPrivileged) {
        this.jdbc = jdbc;
        this.allowPrivileged = allowPrivileged;
    }

    public void verify() {
        Map<String, Object> role = jdbc.queryForMap("select current_user as name, r.rolsuper as super, r.rolbypassrls as bypass,"
                + " (select count(*) from pg_tables t where t.schemaname = current_schema() and t.tableowner = current_user) as owned"
                + " from pg_roles r where r.rolname = current_user");
        String problem = null;
        if (Boolean.TRUE.equals(role.get("super"))) {
            problem = "is a superuser";
        } else if (Boolean.TRUE.equals(role.get("bypass"))) {
            problem = "has BYPASSRLS";
        } else if (((Number) role.get("owned")).longValue() > 0) {
            problem = "owns tables of the schema";
        }
        if (problem == null) {
            log.info("Database: the application connects as role {} (owns no table; row-level security applies)", role.get("name"));
            return;
        }
        String message = "The application's database role " + role.get("name") + " " + problem
                + ": row-level security would not apply. Connect as a role that owns nothing (NIS2_DB_APP_USER)";
        if (allowPrivileged) {
            log.warn("{} (allowed by nis2.db.allow-privileged-app-role)", message);
            return;
        }
        throw new DatabaseUnreachableException(message, null);
    }
}
