package eu.nis2assessor.adapter.graphql.relay;

import eu.nis2assessor.application.error.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A global opaque ID of a stored thing: the URL-safe Base64 (no padding) of {@code Type:uuid}, e.g.
 * {@code R3JvdXA6...} for {@code Group:0b6d...}. Clients treat it as opaque; the server reads the type from it,
 * so that {@code node(id:)} can resolve any of them and an ID of one type is never taken for another.
 *
 * @param type the GraphQL type name ({@code Group}, {@code LegalEntity}, ...)
 * @param id   the stored row's UUID
 */
public record GlobalId(String type, UUID id) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public GlobalId {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static String encode(String type, UUID id) {
        return new GlobalId(type, id).encode();
    }

    public String encode() {
        return ENCODER.encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads any global ID. A value that is not one of ours (not Base64, no type, not a UUID) is
     * {@link NotFoundException}: for the caller it names nothing that exists.
     */
    public static GlobalId decode(String value) {
        if (value == null || value.isEmpty() || value.length() > 200) {
            throw new NotFoundException("Node", value);
        }
        try {
            String text = new String(DECODER.decode(value), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new NotFoundException("Node", value);
            }
            return new GlobalId(text.substring(0, colon), UUID.fromString(text.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Node", value);
        }
    }

    /**
     * Reads a global ID that must be of {@code expectedType}; anything else is {@link NotFoundException} naming
     * the expected type (an ID of another type names no object of this one).
     */
    public static UUID decode(String value, String expectedType) {
        GlobalId id;
        try {
            id = decode(value);
        } catch (NotFoundException e) {
            throw new NotFoundException(expectedType, value);
        }
        if (!id.type().equals(expectedType)) {
            throw new NotFoundException(expectedType, value);
        }
        return id.id();
    }
}
