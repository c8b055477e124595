package eu.nis2assessor.adapter.graphql.relay;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay cursor connection page as graphql-java reads it ({@code edges { cursor node }}, {@code pageInfo}).
 *
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfoView pageInfo) {

    /** One node with its cursor. */
    public record Edge<T>(String cursor, T node) {
    }

    /** {@code type PageInfo}. */
    public record PageInfoView(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * A page from {@code items} fetched with {@code limit + 1}: the extra item only says that there is a next page.
     */
    public static <S, T> Connection<T> of(List<S> items, int limit, boolean afterGiven, Function<S, String> cursor,
                                          Function<S, T> node) {
        boolean hasNext = items.size() > limit;
        List<S> page = hasNext ? items.subList(0, limit) : items;
        List<Edge<T>> edges = page.stream().map(item -> new Edge<>(cursor.apply(item), node.apply(item))).toList();
        return new Connection<>(edges, new PageInfoView(hasNext, afterGiven,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    /** {@code first} checked: 1-100, else invalid input naming the argument. */
    public static int limit(Integer first) {
        int value = first == null ? 20 : first;
        if (value < 1 || value > 100) {
            throw new IllegalArgumentException("first: must be between 1 and 100 (got " + value + ")");
        }
        return value;
    }
}
