package eu.nis2assessor.domain.scope;

import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;

/**
 * A Member State's identification of the entity.
 *
 * @param ground      the legal ground
 * @param entityClass the class the Member State stated, or {@code null} when it stated none; never
 *                    {@link EntityClass#NOT_IN_SCOPE}: an identification brings the entity into scope (Art 2(2)-(3)),
 *                    it cannot say that the entity is outside it
 */
public record Identification(IdentificationGround ground, EntityClass entityClass) {

    public Identification {
        Check.required(ground, "ground");
        if (entityClass == EntityClass.NOT_IN_SCOPE) {
            throw InvalidInputException.of("entityClass", "must be ESSENTIAL or IMPORTANT, or left out when the Member"
                    + " State stated no class: an identification brings the entity into scope");
        }
    }
}
