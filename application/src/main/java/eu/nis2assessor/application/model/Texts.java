package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.regex.Pattern;

/** Checks of the text fields of commands: trimmed, bounded in length, ISO country codes. */
public final class Texts {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private Texts() {
    }

    /** Trimmed, not blank, at most {@code max} characters. */
    public static String required(String value, String field, int max) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of(field, "must not be blank");
        }
        if (trimmed.length() > max) {
            throw InvalidInputException.of(field, "at most " + max + " characters (got " + trimmed.length() + ")");
        }
        return trimmed;
    }

    /** {@code null} or blank = none; else trimmed, at most {@code max} characters. */
    public static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return required(value, field, max);
    }

    /** {@code null} or an ISO 3166-1 alpha-2 code in upper case. */
    public static String country(String value, String field) {
        if (value == null) {
            return null;
        }
        if (!COUNTRY.matcher(value).matches()) {
            throw InvalidInputException.of(field, "must be an ISO 3166-1 alpha-2 code in upper case, e.g. DE");
        }
        return value;
    }
}
