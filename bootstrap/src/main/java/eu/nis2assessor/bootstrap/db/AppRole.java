package eu.nis2assessor.bootstrap.db;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The PostgreSQL role the application connects as: it owns no table and is neither superuser nor BYPASSRLS, so
 * that row-level security applies to every statement. Flyway (as the owner) grants it what it needs
 * ({@code afterMigrate.sql}). Created here for the embedded server ({@value #EMBEDDED_NAME}) and for each test
 * run ({@code nis2_app_<random>}); an external database brings its own ({@code NIS2_DB_APP_USER}).
 */
final class AppRole {

    static final String EMBEDDED_NAME = "nis2_app";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AppRole() {
    }

    static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Creates the login role {@code name} with {@code password}, connected as the owner. */
    static void create(String url, String user, String password, String name, String rolePassword) {
        requireName(name);
        try (Connection connection = Jdbc.connect(url, user, password, 10);
             Statement statement = connection.createStatement()) {
            statement.execute("create role \"" + name + "\" login nosuperuser nocreatedb nocreaterole nobypassrls"
                    + " password '" + rolePassword.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new DatabaseUnreachableException("Cannot create the application role " + name + " at "
                    + Jdbc.redact(url) + ": " + Jdbc.causeOf(e), e);
        }
    }

    /** Creates the login role {@code name} (no password: the embedded server trusts local connections) unless it exists. */
    static void createIfMissing(String url, String user, String password, String name) {
        requireName(name);
        try (Connection connection = Jdbc.connect(url, user, password, 10);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("create role \"" + name + "\" login nosuperuser nocreatedb nocreaterole nobypassrls");
            }
        } catch (SQLException e) {
            throw new DatabaseUnreachableException("Cannot create the application role " + name + " at "
                    + Jdbc.redact(url) + ": " + Jdbc.causeOf(e), e);
        }
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain role name: " + name);
        }
    }
}
