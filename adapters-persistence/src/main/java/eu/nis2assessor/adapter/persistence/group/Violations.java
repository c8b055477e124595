package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.application.error.RefusedException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Constraint violations of the database translated into the application's refusals. The service checks keys, pairs and
 * periods before writing, but two concurrent transactions can both pass the check; the database's constraint then
 * stops the second one, and this turns that violation into the same user error the check would have given (never an
 * internal error). The violation is recognised by the constraint's name (PostgreSQL names it in the error) or, for
 * foreign keys, by SQL state {@code 23503}.
 */
final class Violations {

    static final String UNIQUE = "23505";
    static final String FOREIGN_KEY = "23503";
    private static final Pattern CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

    private Violations() {
    }

    /** A violation found in an exception's causes: the SQL state and the constraint's name (either may be null). */
    record Violation(String sqlState, String constraint) {

        boolean is(String name) {
            return name.equals(constraint);
        }

        boolean foreignKey() {
            return FOREIGN_KEY.equals(sqlState);
        }
    }

    /**
     * The refusal {@code mapping} gives for the violation in {@code e}'s causes, or {@code e} itself when there is no
     * violation or the mapping gives {@code null}.
     */
    static RuntimeException translate(RuntimeException e, Function<Violation, RefusedException> mapping) {
        Violation violation = find(e);
        if (violation == null) {
            return e;
        }
        RefusedException refused = mapping.apply(violation);
        if (refused == null) {
            return e;
        }
        refused.addSuppressed(e);
        return refused;
    }

    static Violation find(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        String state = null;
        String name = null;
        for (Throwable t = e; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException c && c.getConstraintName() != null
                    && name == null) {
                name = c.getConstraintName();
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) {
                state = s.getSQLState();
                if (name == null && s.getMessage() != null) {
                    Matcher m = CONSTRAINT.matcher(s.getMessage());
                    if (m.find()) {
                        name = m.group(1);
                    }
                }
            }
        }
        return state == null && name == null ? null : new Violation(state, name);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException s && s.getNextException() != null && s.getCause() == null) {
            return s.getNextException();
        }
        return t.getCause();
    }
}
