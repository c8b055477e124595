package eu.nis2assessor.domain.scope;

import eu.nis2assessor.domain.validation.Check;

/**
 * An activity of an entity.
 *
 * @param type      the entity type the activity makes the entity
 * @param qualified eIDAS qualified status; only meaningful for {@link EntityType#TRUST_SERVICE_PROVIDER}
 * @param ancillary the activity is a non-essential part of the entity's general activity, or not its
 *                  principal economic activity; takes it out of the four annex entries that say so
 */
public record Activity(EntityType type, boolean qualified, boolean ancillary) {

    public Activity {
        Check.required(type, "type");
    }

    public static Activity of(EntityType type) {
        return new Activity(type, false, false);
    }
}
