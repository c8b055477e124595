package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.validation.InvalidInputException;

/**
 * One page of a keyset-paginated list: at most {@code first} items after the item whose sort key is {@code after}.
 *
 * @param first 1..{@value #MAX_FIRST}
 * @param after the sort key of the last item of the previous page, or {@code null} for the first page
 */
public record PageRequest(int first, SortKey after) {

    public static final int MAX_FIRST = 100;
    public static final int DEFAULT_FIRST = 20;

    public PageRequest {
        if (first < 1 || first > MAX_FIRST) {
            throw InvalidInputException.of("first", "must be between 1 and " + MAX_FIRST + " (got " + first + ")");
        }
    }

    public static PageRequest first(int first) {
        return new PageRequest(first, null);
    }
}
