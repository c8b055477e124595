package eu.nis2assessor.application.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored group, as read (source object of the GraphQL type {@code Group}).
 *
 * @param sameOrAdjacentMarkets external keys per same-or-adjacent market; {@code null} = not known
 */
public record GroupView(UUID id, String name, List<List<String>> sameOrAdjacentMarkets, long version,
                        OffsetDateTime createdAt) {

    public GroupView {
        Objects.requireNonNull(id, "id");
        sameOrAdjacentMarkets = sameOrAdjacentMarkets == null ? null
                : sameOrAdjacentMarkets.stream().map(List::copyOf).toList();
    }
}
