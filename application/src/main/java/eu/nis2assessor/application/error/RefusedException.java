package eu.nis2assessor.application.error;

import java.util.Objects;

/**
 * A mutation refused for a reason the caller can fix: adapters answer it as a user error with {@link #code()},
 * the {@link #field() field} path (relative to the mutation's input) and the message. Thrown inside the mutation's
 * transaction, so nothing of the mutation is written.
 */
public final class RefusedException extends RuntimeException {

    /** Why the mutation was refused. */
    public enum Code {
        /** A value breaks a rule. */
        INVALID,
        /** An ID in the input names nothing the caller may see. */
        NOT_FOUND,
        /** The version given is not the stored one (someone changed the object since it was read). */
        CONFLICT,
        /** A delete refused because other data still refer to the object. */
        IN_USE,
        /** An external key already used in the group. */
        DUPLICATE
    }

    private final Code code;
    private final String field;

    /**
     * @param field dotted path relative to the input, e.g. {@code groupId} or {@code structure.enterprises[2].key};
     *              {@code null} when the error concerns the input as a whole
     */
    public RefusedException(Code code, String field, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
    }

    public static RefusedException notFound(String field, String kind, Object id) {
        return new RefusedException(Code.NOT_FOUND, field, kind + " " + id + " not found");
    }

    public static RefusedException conflict(String kind, Object id, long given, long stored) {
        return new RefusedException(Code.CONFLICT, "version", kind + " " + id + " was changed since it was read (version "
                + given + " given, the stored version is " + stored + "); read it again and repeat the change");
    }

    public Code code() {
        return code;
    }

    public String field() {
        return field;
    }
}
