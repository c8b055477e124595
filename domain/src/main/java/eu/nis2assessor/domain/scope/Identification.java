package eu.nis2assessor.domain.scope;

import eu.nis2assessor.domain.validation.Check;

/**
 * A Member State's identification of the entity.
 *
 * @param ground      the legal ground
 * @param entityClass the class the Member State stated, or {@code null} when it stated none
 */
public record Identification(IdentificationGround ground, EntityClass entityClass) {

    public Identification {
        Check.required(ground, "ground");
    }
}
