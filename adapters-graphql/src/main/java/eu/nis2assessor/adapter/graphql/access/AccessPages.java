package eu.nis2assessor.adapter.graphql.access;

import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.Connection.Edge;
import eu.nis2assessor.adapter.graphql.relay.Connection.PageInfo;
import java.util.List;
import java.util.function.Function;

/** Pages of tokens, members and audit records as {@link Connection}s; the cursor is the item's global ID or position. */
final class AccessPages {

    private AccessPages() {
    }

    /** A page from {@code items} fetched with {@code limit + 1}: the extra item only says that there is a next page. */
    static <S, T> Connection<T> of(List<S> items, int limit, boolean afterGiven, Function<S, String> cursor,
                                   Function<S, T> node) {
        boolean hasNext = items.size() > limit;
        List<S> page = hasNext ? items.subList(0, limit) : items;
        List<Edge<T>> edges = page.stream().map(item -> new Edge<>(cursor.apply(item), node.apply(item))).toList();
        return new Connection<>(edges, new PageInfo(hasNext, afterGiven,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    /** {@code first} checked like every connection's: 1-100 (default 20), else invalid input naming it. */
    static int limit(Integer first) {
        return Connection.request(first, null).first();
    }
}
