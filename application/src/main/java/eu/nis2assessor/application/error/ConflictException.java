package eu.nis2assessor.application.error;

/**
 * A change based on a stale version: someone changed the object since the caller read it (optimistic locking).
 * Nothing is written; adapters report it as {@code CONFLICT}, and the caller reads the object again.
 */
public final class ConflictException extends RuntimeException {

    private final String kind;
    private final String id;

    public ConflictException(String kind, Object id) {
        super(kind + " " + id + " was changed by someone else since it was read: read it again and retry");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What was changed, e.g. {@code ManagementBodyMember}. */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
