package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;

/** A member of the entity's management body (NIS2 Art 20), with the period of office. */
public record BodyMember(String id, String name, String role, LocalDate appointedOn, LocalDate leftOn) {

    public BodyMember {
        Check.required(id, "id");
        Check.required(name, "name");
        Check.required(appointedOn, "appointedOn");
        if (leftOn != null && leftOn.isBefore(appointedOn)) {
            throw InvalidInputException.of("leftOn", "must not be before appointedOn");
        }
    }

    /** In office on that day: appointed on or before it and not yet left. */
    public boolean inOfficeOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
