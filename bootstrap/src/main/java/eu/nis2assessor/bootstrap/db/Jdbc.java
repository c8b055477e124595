package eu.nis2assessor.bootstrap.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/** Small JDBC helpers for choosing a database before Spring's DataSource exists. */
final class Jdbc {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]+:)[^@/]*@");

    private Jdbc() {
    }

    /** Opens a connection with short timeouts, so that an unreachable server fails fast. */
    static Connection connect(String url, String user, String password, int timeoutSeconds) throws SQLException {
        Properties props = new Properties();
        if (user != null && !user.isBlank()) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
        props.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
        props.setProperty("socketTimeout", Integer.toString(Math.max(timeoutSeconds, 10)));
        return DriverManager.getConnection(url, props);
    }

    /** True when a PostgreSQL answers at {@code url} with these credentials. */
    static boolean answers(String url, String user, String password, int timeoutSeconds) {
        try (Connection ignored = connect(url, user, password, timeoutSeconds)) {
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Connects once to check that the server answers; otherwise throws a {@link DatabaseUnreachableException}
     * whose message names the (redacted) URL, where it came from and the cause.
     */
    static void requireReachable(String url, String user, String password, String source) {
        try (Connection ignored = connect(url, user, password, 10)) {
            // reachable
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnreachableException("Cannot connect to PostgreSQL at " + redact(url) + " (set by "
                    + source + "): " + causeOf(e), e);
        }
    }

    /** The URL with any password replaced by {@code ***}. */
    static String redact(String url) {
        if (url == null) {
            return "";
        }
        return USER_INFO.matcher(PASSWORD_PARAM.matcher(url).replaceAll("$1***")).replaceAll("$1***@");
    }

    /** One line: the root cause first (e.g. "Connection refused"), then the driver's own words. */
    static String causeOf(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        messages.add(describe(root));
        for (Throwable t = failure; t != null && t != root; t = t.getCause()) {
            messages.add(describe(t));
        }
        String joined = String.join(" / ", messages);
        return joined.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
