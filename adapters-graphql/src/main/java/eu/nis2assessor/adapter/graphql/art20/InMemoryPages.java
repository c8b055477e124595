package eu.nis2assessor.adapter.graphql.art20;

import eu.nis2assessor.adapter.graphql.relay.Connection;
import eu.nis2assessor.adapter.graphql.relay.Connection.Edge;
import eu.nis2assessor.adapter.graphql.relay.Connection.PageInfo;
import eu.nis2assessor.adapter.graphql.relay.GlobalId;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Relay connections ({@link Connection}, the same records as the stored groups' pages) over short lists loaded whole
 * in one batch (an entity's management body, its approvals): the cursor is the item's opaque ID, {@code first} is
 * 1..100 (default 20).
 */
final class InMemoryPages {

    private InMemoryPages() {
    }

    static <T> Connection<T> page(List<T> all, Integer first, String after, String typeName, Function<T, UUID> id) {
        int size = first == null ? PageRequest.DEFAULT_FIRST : first;
        new PageRequest(size, null); // validates first: 1..100, names the argument
        int start = 0;
        if (after != null) {
            UUID afterId;
            try {
                afterId = GlobalId.decode(after, typeName);
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "is not a cursor of this list");
            }
            int index = -1;
            for (int i = 0; i < all.size(); i++) {
                if (id.apply(all.get(i)).equals(afterId)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw InvalidInputException.of("after", "is not a cursor of this list");
            }
            start = index + 1;
        }
        int end = Math.min(all.size(), start + size);
        List<Edge<T>> edges = new ArrayList<>(end - start);
        for (T item : all.subList(start, end)) {
            edges.add(new Edge<>(GlobalId.encode(typeName, id.apply(item)), item));
        }
        PageInfo info = new PageInfo(end < all.size(), start > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info);
    }
}
