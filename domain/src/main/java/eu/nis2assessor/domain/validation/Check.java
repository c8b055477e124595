package eu.nis2assessor.domain.validation;

import java.math.BigDecimal;

/** Small guards used by the compact constructors of the model's records. */
public final class Check {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Check() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        return value;
    }

    public static BigDecimal nonNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw InvalidInputException.of(field, "must not be negative");
        }
        return value;
    }

    public static BigDecimal percent(BigDecimal value, String field) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            throw InvalidInputException.of(field, "must be between 0 and 100");
        }
        return value;
    }
}
