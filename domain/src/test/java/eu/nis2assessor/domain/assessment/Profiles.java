package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** Builders for test profiles. */
public final class Profiles {

    private Profiles() {
    }

    public static final SizeFigures MICRO = SizeFigures.of("5", "1000000", "1000000");
    public static final SizeFigures SMALL = SizeFigures.of("20", "5000000", "5000000");
    public static final SizeFigures MEDIUM = SizeFigures.of("100", "20000000", "20000000");
    public static final SizeFigures LARGE = SizeFigures.of("300", "80000000", "60000000");

    public static EntityProfile profile(SizeFigures figures, EntityType... types) {
        return new EntityProfile(null, java.util.Arrays.stream(types).map(Activity::of).toList(), figures, null, null,
                true, List.of(), Set.of());
    }

    public static EntityProfile profile(SizeFigures figures, List<Activity> activities, List<Identification> ids,
                                        Set<Exclusion> exclusions, boolean inUnion) {
        return new EntityProfile(null, activities, figures, null, null, inUnion, ids, exclusions);
    }

    public static EntityProfile withUndertakingTurnover(EntityProfile p, String turnover) {
        return new EntityProfile(p.name(), p.activities(), p.figures(), p.previousFigures(), new BigDecimal(turnover),
                p.providesServicesInUnion(), p.identifications(), p.exclusions());
    }

    public static EntityProfile withPrevious(EntityProfile p, SizeFigures previous) {
        return new EntityProfile(p.name(), p.activities(), p.figures(), previous, p.undertakingWorldwideTurnover(),
                p.providesServicesInUnion(), p.identifications(), p.exclusions());
    }
}
