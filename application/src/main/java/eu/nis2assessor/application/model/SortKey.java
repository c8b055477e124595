package eu.nis2assessor.application.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Where an item lies in a keyset-ordered list: its sort value (as text: a name, an ISO date, an ISO instant, a
 * key; {@code null} sorts first) and its id, which breaks ties.
 */
public record SortKey(String value, UUID id) {

    public SortKey {
        Objects.requireNonNull(id, "id");
    }
}
