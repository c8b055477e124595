package eu.nis2assessor.adapter.graphql.relay;

import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.model.SortKey;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A Relay cursor connection ({@code edges { cursor node }}, {@code pageInfo}) over an application {@link Page}. The
 * cursor is the opaque URL-safe Base64 of the item's sort key ({@code value}, {@code id}); {@link #request} reads
 * {@code first} (1..100, default 20; anything else is a {@code BAD_REQUEST} error naming {@code first}) and
 * {@code after}.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    /** One item with its cursor. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay's {@code PageInfo}. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final char NULL_VALUE = '\u0001';

    public static <T> Connection<T> of(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(encode(page.keys().get(i)), page.items().get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNextPage(), page.hasPreviousPage(),
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    public static <T> Connection<T> empty() {
        return new Connection<>(List.of(), new PageInfo(false, false, null, null));
    }

    /** The page asked for by {@code first} and {@code after}. */
    public static PageRequest request(Integer first, String after) {
        int n = first == null ? PageRequest.DEFAULT_FIRST : first;
        if (n < 1 || n > PageRequest.MAX_FIRST) {
            throw InvalidInputException.of("first", "must be between 1 and " + PageRequest.MAX_FIRST + " (got " + n + ")");
        }
        return new PageRequest(n, after == null ? null : decode(after));
    }

    static String encode(SortKey key) {
        String value = key.value() == null ? String.valueOf(NULL_VALUE) : key.value();
        return ENCODER.encodeToString((key.id() + ":" + value).getBytes(StandardCharsets.UTF_8));
    }

    static SortKey decode(String cursor) {
        try {
            if (cursor.length() > 2000) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            UUID id = UUID.fromString(text.substring(0, colon));
            String value = text.substring(colon + 1);
            return new SortKey(value.equals(String.valueOf(NULL_VALUE)) ? null : value, id);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("after", "is not a cursor of this list");
        }
    }
}
