package eu.nis2assessor.application.error;

/**
 * The object asked for does not exist <em>for the caller</em>: missing, another tenant's, or outside what the
 * caller's credentials may see. All three get this same answer, so that existence does not leak.
 * Adapters report it as {@code NOT_FOUND}.
 */
public final class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What was looked for, e.g. {@code Group}. */
    public String kind() {
        return kind;
    }

    /** The id as the caller gave it. */
    public String id() {
        return id;
    }
}
