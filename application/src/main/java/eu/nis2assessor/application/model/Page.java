package eu.nis2assessor.application.model;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paginated list.
 *
 * @param items       the items, in list order
 * @param keys        the sort key of each item (for cursors), same order
 * @param hasNextPage whether more items follow the last one
 * @param hasPreviousPage whether the page was asked for after a cursor
 */
public record Page<T>(List<T> items, List<SortKey> keys, boolean hasNextPage, boolean hasPreviousPage) {

    public Page {
        items = List.copyOf(items);
        keys = List.copyOf(keys);
        if (items.size() != keys.size()) {
            throw new IllegalArgumentException("one key per item");
        }
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), List.of(), false, false);
    }

    /** Builds a page from up to {@code first + 1} items read: the extra one only says that there is a next page. */
    public static <T> Page<T> of(List<T> readOneMore, int first, Function<T, SortKey> key, boolean afterCursor) {
        boolean more = readOneMore.size() > first;
        List<T> items = more ? readOneMore.subList(0, first) : readOneMore;
        return new Page<>(items, items.stream().map(key).toList(), more, afterCursor);
    }
}
