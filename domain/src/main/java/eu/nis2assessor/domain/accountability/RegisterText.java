package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.InvalidInputException;

/** Guards for the free text of the Art 20 register: trimmed, not blank where required, bounded length. */
final class RegisterText {

    static final int MAX_LENGTH = 500;

    private RegisterText() {
    }

    /** The trimmed text; {@code field: is required} when null or blank. */
    static String required(String value, String field) {
        String text = optional(value, field);
        if (text == null) {
            throw InvalidInputException.of(field, "is required");
        }
        return text;
    }

    /** The trimmed text, or null when null or blank. */
    static String optional(String value, String field) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
