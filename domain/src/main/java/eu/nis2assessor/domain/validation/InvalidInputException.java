package eu.nis2assessor.domain.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Input that breaks a rule of the model. Names the offending field by its path
 * (e.g. {@code holdings[3].capitalPercent}) and the reason, so that a caller can fix it.
 * The message is {@code path: reason}.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private final List<String> path;
    private final String reason;

    public InvalidInputException(List<String> path, String reason) {
        super(render(path, reason));
        this.path = List.copyOf(path);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(field), reason);
    }

    /** The same error seen from one level up: {@code prefix} is put in front of the path. */
    public InvalidInputException under(String prefix) {
        List<String> longer = new ArrayList<>(path.size() + 1);
        longer.add(prefix);
        longer.addAll(path);
        return new InvalidInputException(longer, reason);
    }

    /**
     * Runs {@code build} and reports any {@link InvalidInputException} it throws as lying under
     * {@code prefix}; used while turning nested input into the model.
     */
    public static <T> T within(String prefix, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw e.under(prefix);
        }
    }

    /** Path segments, e.g. {@code ["holdings[3]", "capitalPercent"]}. */
    public List<String> path() {
        return path;
    }

    public String reason() {
        return reason;
    }

    /** The path joined with dots, e.g. {@code holdings[3].capitalPercent}. */
    public String field() {
        return String.join(".", path);
    }

    private static String render(List<String> path, String reason) {
        return path.isEmpty() ? reason : String.join(".", path) + ": " + reason;
    }
}
