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

/** A new legal entity of a group; validates its own values (field names as in the input). */
public record CreateLegalEntityCommand(UUID groupId, String key, String name, String country, String registrationNumber,
                                       List<Activity> activities, List<Identification> identifications,
                                       Set<Exclusion> exclusions, InvestorCategory investorCategory,
                                       boolean naturalPerson, boolean providesServicesInUnion) {

    public CreateLegalEntityCommand {
        Objects.requireNonNull(groupId, "groupId");
        key = Texts.required(key, "key", 200);
        name = Texts.required(name, "name", 300);
        country = Texts.country(country, "country");
        registrationNumber = Texts.optional(registrationNumber, "registrationNumber", 100);
        activities = activities == null ? List.of() : List.copyOf(activities);
        identifications = identifications == null ? List.of() : List.copyOf(identifications);
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
    }
}
