package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.Texts;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Changes to a legal entity: every {@code null} field keeps its stored value; lists replace the stored ones.
 *
 * @param version the version the caller read; a different stored version is a conflict
 */
public record UpdateLegalEntityCommand(UUID id, long version, String key, String name, String country,
                                       String registrationNumber, List<Activity> activities,
                                       List<Identification> identifications, Set<Exclusion> exclusions,
                                       InvestorCategory investorCategory, Boolean naturalPerson,
                                       Boolean providesServicesInUnion) {

    public UpdateLegalEntityCommand {
        Objects.requireNonNull(id, "id");
        key = key == null ? null : Texts.required(key, "key", 200);
        name = name == null ? null : Texts.required(name, "name", 300);
        country = Texts.country(country, "country");
        registrationNumber = Texts.optional(registrationNumber, "registrationNumber", 100);
        activities = activities == null ? null : List.copyOf(activities);
        identifications = identifications == null ? null : List.copyOf(identifications);
        exclusions = exclusions == null ? null : Set.copyOf(exclusions);
    }
}
