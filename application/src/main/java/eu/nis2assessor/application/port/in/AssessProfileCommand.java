package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.assessment.EntityProfile;
import eu.nis2assessor.domain.validation.InvalidInputException;

/**
 * Assess one entity, statelessly: nothing is stored.
 *
 * @param profile the entity's activities, figures, identifications and exclusions; already validated by
 *                the domain records it is made of
 * @throws InvalidInputException {@code profile: is required} when {@code profile} is {@code null}
 */
public record AssessProfileCommand(EntityProfile profile) {

    public AssessProfileCommand {
        if (profile == null) {
            throw InvalidInputException.of("profile", "is required");
        }
    }
}
