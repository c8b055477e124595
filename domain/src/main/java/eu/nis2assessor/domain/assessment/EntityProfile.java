package eu.nis2assessor.domain.assessment;

import static eu.nis2assessor.domain.validation.Check.nonNegative;
import static eu.nis2assessor.domain.validation.Check.required;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the engine needs to assess one entity.
 *
 * @param name                         optional display name
 * @param activities                   the entity's activities (may be empty)
 * @param figures                      latest approved accounting period; for a group member already aggregated
 * @param previousFigures              the period before, or {@code null}; with it the two-period rule applies
 * @param undertakingWorldwideTurnover the Art 34 fine base, or {@code null} to use {@code figures.annualTurnover}
 * @param providesServicesInUnion      whether the entity serves the Union
 * @param identifications              Member State identifications
 * @param exclusions                   exclusion grounds
 */
public record EntityProfile(String name, List<Activity> activities, SizeFigures figures, SizeFigures previousFigures,
                            BigDecimal undertakingWorldwideTurnover, boolean providesServicesInUnion,
                            List<Identification> identifications, Set<Exclusion> exclusions) {

    public EntityProfile {
        activities = List.copyOf(required(activities, "activities"));
        required(figures, "figures");
        nonNegative(undertakingWorldwideTurnover, "undertakingWorldwideTurnover");
        identifications = identifications == null ? List.of() : List.copyOf(identifications);
        exclusions = exclusions == null || exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
    }

    /** The fine base: the undertaking's turnover when given, else the entity's own. */
    public BigDecimal fineBase() {
        return undertakingWorldwideTurnover != null ? undertakingWorldwideTurnover : figures.annualTurnover();
    }
}
