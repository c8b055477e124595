package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A member of a legal entity's management body as kept in the Art 20 register (NIS2 Art 20(1), 32(6)):
 * who, in which role, from when to when. Mutable (a member leaves, a name is corrected), so it carries the
 * {@code version} used for optimistic locking.
 *
 * @param id            the stored member's id
 * @param legalEntityId the legal entity whose management body it is
 * @param name          the person's name
 * @param role          e.g. {@code CEO}, {@code Managing director}, {@code Chair of the board}; optional
 * @param appointedOn   first day in office
 * @param leftOn        the day the member left (no longer in office from that day); null while in office
 * @param version       the optimistic-locking version (0 when new)
 */
public record ManagementBodyMember(UUID id, UUID legalEntityId, String name, String role, LocalDate appointedOn,
                                   LocalDate leftOn, long version) {

    public ManagementBodyMember {
        Check.required(id, "id");
        Check.required(legalEntityId, "legalEntityId");
        name = RegisterText.required(name, "name");
        role = RegisterText.optional(role, "role");
        Check.required(appointedOn, "appointedOn");
        if (leftOn != null && leftOn.isBefore(appointedOn)) {
            throw InvalidInputException.of("leftOn", "must not be before appointedOn (" + appointedOn + ")");
        }
        if (version < 0) {
            throw InvalidInputException.of("version", "must not be negative");
        }
    }

    /** In office on that day: appointed on or before it and not yet left. */
    public boolean inOfficeOn(LocalDate day) {
        return toBodyMember().inOfficeOn(day);
    }

    /** The member as the {@link AccountabilityGapPolicy} sees it (the id as text). */
    public BodyMember toBodyMember() {
        return new BodyMember(id.toString(), name, role, appointedOn, leftOn);
    }
}
