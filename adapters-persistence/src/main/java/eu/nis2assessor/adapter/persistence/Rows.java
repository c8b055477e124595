package eu.nis2assessor.adapter.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small conversions between JDBC values and Java values for the hand-written SQL of this adapter. */
public final class Rows {

    private Rows() {
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** A {@code uuid[]} column: null = no restriction (empty optional). */
    public static Optional<Set<UUID>> uuids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(Arrays.asList((UUID[]) array.getArray())));
    }

    /** A PostgreSQL array literal of values that need no escaping beyond double quotes (UUIDs, scope names). */
    public static String arrayLiteral(Collection<?> values) {
        return values.stream().map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .sorted().collect(Collectors.joining(",", "{", "}"));
    }
}
