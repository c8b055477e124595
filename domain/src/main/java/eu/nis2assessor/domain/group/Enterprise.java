package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.Check;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One member of a group structure: an enterprise, or a natural person (who links enterprises on the
 * same or adjacent markets but whose own data are never aggregated).
 *
 * @param key                 the caller's identifier, unique in the structure
 * @param figures             the enterprise's own accounts (latest approved period)
 * @param previousFigures     its own accounts of the period before, or {@code null}
 * @param consolidatedAccounts consolidated accounts it prepares, or {@code null}
 */
public record Enterprise(String key, String name, List<Activity> activities, SizeFigures figures,
                         SizeFigures previousFigures, InvestorCategory investorCategory, boolean naturalPerson,
                         List<Identification> identifications, Set<Exclusion> exclusions,
                         boolean providesServicesInUnion, ConsolidatedAccounts consolidatedAccounts) {

    public Enterprise {
        Check.required(key, "key");
        if (key.isBlank()) {
            throw InvalidInputException.of("key", "must not be blank");
        }
        activities = activities == null ? List.of() : List.copyOf(activities);
        Check.required(figures, "figures");
        identifications = identifications == null ? List.of() : List.copyOf(identifications);
        exclusions = exclusions == null || exclusions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclusions));
    }

    /**
     * Whether the enterprise gets an NIS2 assessment in a group: it has an activity, or a Member State identified it
     * (a critical entity under the CER Directive is essential without any Annex type, NIS2 Art 2(3) and 3(1)(f)).
     * Without either there is nothing to classify; its figures still count for the others.
     */
    public boolean assessed() {
        return !activities.isEmpty() || !identifications.isEmpty();
    }

    /** A plain enterprise with activities and own figures only. */
    public static Enterprise of(String key, SizeFigures figures, Activity... activities) {
        return new Enterprise(key, null, List.of(activities), figures, null, null, false, List.of(), Set.of(), true,
                null);
    }

    public Enterprise withPreviousFigures(SizeFigures previous) {
        return new Enterprise(key, name, activities, figures, previous, investorCategory, naturalPerson,
                identifications, exclusions, providesServicesInUnion, consolidatedAccounts);
    }

    public Enterprise withInvestorCategory(InvestorCategory category) {
        return new Enterprise(key, name, activities, figures, previousFigures, category, naturalPerson,
                identifications, exclusions, providesServicesInUnion, consolidatedAccounts);
    }

    public Enterprise asNaturalPerson() {
        return new Enterprise(key, name, activities, figures, previousFigures, investorCategory, true,
                identifications, exclusions, providesServicesInUnion, consolidatedAccounts);
    }

    public Enterprise withConsolidatedAccounts(ConsolidatedAccounts accounts) {
        return new Enterprise(key, name, activities, figures, previousFigures, investorCategory, naturalPerson,
                identifications, exclusions, providesServicesInUnion, accounts);
    }

    public Enterprise withIdentifications(List<Identification> ids) {
        return new Enterprise(key, name, activities, figures, previousFigures, investorCategory, naturalPerson,
                ids, exclusions, providesServicesInUnion, consolidatedAccounts);
    }
}
