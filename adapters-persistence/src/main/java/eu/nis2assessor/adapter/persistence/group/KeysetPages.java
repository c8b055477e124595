package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.model.SortKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import eu.nis2assessor.domain.validation.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Keyset pagination in SQL, one statement for any number of parents: the rows of each parent are numbered with
 * {@code row_number() over (partition by parent order by sort, id)} and cut at {@code first + 1} (the extra row only
 * says that there is a next page). The cursor is the sort value as PostgreSQL prints it ({@code ::text}) plus the id,
 * compared as a row value, so deep pages cost no OFFSET.
 */
final class KeysetPages {

    private KeysetPages() {
    }

    /**
     * A query over one table aliased {@code t}.
     *
     * @param table     e.g. {@code legal_entity}
     * @param parent    the parent column, e.g. {@code group_id}; {@code null} for a single list (no partition)
     * @param sort      the sort expression, e.g. {@code t.name}
     * @param sortType  its SQL type for the cursor value, e.g. {@code text}, {@code date}, {@code timestamptz}
     * @param desc      descending order
     * @param filter    extra SQL conditions ({@code and ...}) with their arguments, or empty
     */
    record Query(String table, String parent, String sort, String sortType, boolean desc, String filter, List<Object> filterArgs) {
    }

    static <T> Map<UUID, Page<T>> perParent(JdbcTemplate jdbc, Query q, UUID tenant, Collection<UUID> parents,
                                            PageRequest page, RowMapper<T> rows) {
        Map<UUID, Page<T>> result = new LinkedHashMap<>();
        if (parents.isEmpty()) {
            return result;
        }
        List<Object> args = new ArrayList<>();
        String dir = q.desc() ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select * from (select t.*, (").append(q.sort()).append(")::text as sort_value,")
                .append(" row_number() over (partition by t.").append(q.parent()).append(" order by ").append(q.sort())
                .append(' ').append(dir).append(", t.id ").append(dir).append(") as rn from ").append(q.table())
                .append(" t where t.tenant_id = ? and t.").append(q.parent()).append(" = any(?::uuid[]) ");
        args.add(tenant);
        args.add(uuidArray(parents));
        sql.append(q.filter());
        args.addAll(q.filterArgs());
        after(q, page, sql, args);
        sql.append(") x where rn <= ? order by ").append(q.parent()).append(", rn");
        args.add(page.first() + 1);
        Map<UUID, List<T>> rowsByParent = new HashMap<>();
        Map<UUID, List<SortKey>> keysByParent = new HashMap<>();
        query(jdbc, page, sql.toString(), rs -> {
            UUID parent = rs.getObject(q.parent(), UUID.class);
            rowsByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(rows.mapRow(rs, 0));
            keysByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(sortKey(rs));
        }, args.toArray());
        for (UUID parent : parents) {
            List<T> items = rowsByParent.getOrDefault(parent, List.of());
            List<SortKey> keys = keysByParent.getOrDefault(parent, List.of());
            boolean more = items.size() > page.first();
            int n = more ? page.first() : items.size();
            result.put(parent, new Page<>(items.subList(0, n), keys.subList(0, n), more, page.after() != null));
        }
        return result;
    }

    static <T> Page<T> single(JdbcTemplate jdbc, Query q, UUID tenant, PageRequest page, RowMapper<T> rows) {
        List<Object> args = new ArrayList<>();
        String dir = q.desc() ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select t.*, (").append(q.sort()).append(")::text as sort_value from ")
                .append(q.table()).append(" t where t.tenant_id = ? ");
        args.add(tenant);
        sql.append(q.filter());
        args.addAll(q.filterArgs());
        after(q, page, sql, args);
        sql.append(" order by ").append(q.sort()).append(' ').append(dir).append(", t.id ").append(dir).append(" limit ?");
        args.add(page.first() + 1);
        List<T> items = new ArrayList<>();
        List<SortKey> keys = new ArrayList<>();
        query(jdbc, page, sql.toString(), rs -> {
            items.add(rows.mapRow(rs, 0));
            keys.add(sortKey(rs));
        }, args.toArray());
        boolean more = items.size() > page.first();
        int n = more ? page.first() : items.size();
        return new Page<>(items.subList(0, n), keys.subList(0, n), more, page.after() != null);
    }

    /** Runs the query; a cursor the database cannot read (made up, or of another list) is invalid input. */
    private static void query(JdbcTemplate jdbc, PageRequest page, String sql, RowCallbackHandler handler, Object[] args) {
        try {
            jdbc.query(sql, handler, args);
        } catch (DataAccessException e) {
            if (page.after() == null) {
                throw e;
            }
            throw InvalidInputException.of("after", "is not a cursor of this list");
        }
    }

    private static void after(Query q, PageRequest page, StringBuilder sql, List<Object> args) {
        if (page.after() != null) {
            sql.append(" and (").append(q.sort()).append(", t.id) ").append(q.desc() ? "<" : ">")
                    .append(" (?::").append(q.sortType()).append(", ?::uuid) ");
            args.add(page.after().value());
            args.add(page.after().id());
        }
    }

    private static SortKey sortKey(ResultSet rs) throws SQLException {
        return new SortKey(rs.getString("sort_value"), rs.getObject("id", UUID.class));
    }

    /** A PostgreSQL array literal of UUIDs, bound as text and cast ({@code ?::uuid[]}). */
    static String uuidArray(Collection<UUID> ids) {
        StringJoiner joiner = new StringJoiner(",", "{", "}");
        for (UUID id : ids) {
            joiner.add(id.toString());
        }
        return joiner.toString();
    }
}
