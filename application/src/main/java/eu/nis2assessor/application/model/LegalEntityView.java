package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A stored legal entity (or natural person) of a group, as read: the application's read model and the source
 * object of the GraphQL type {@code LegalEntity}.
 *
 * @param id                      the row's UUID
 * @param groupId                 the group it belongs to
 * @param key                     the caller's external key, unique in the group
 * @param country                 ISO 3166-1 alpha-2, or {@code null}
 * @param registrationNumber      or {@code null}
 * @param investorCategory        or {@code null}
 * @param version                 optimistic-locking version
 */
public record LegalEntityView(UUID id, UUID groupId, String key, String name, String country, String registrationNumber,
                              List<Activity> activities, List<Identification> identifications, Set<Exclusion> exclusions,
                              InvestorCategory investorCategory, boolean naturalPerson, boolean providesServicesInUnion,
                              long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public LegalEntityView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        activities = activities == null ? List.of() : List.copyOf(activities);
        identifications = identifications == null ? List.of() : List.copyOf(identifications);
        exclusions = exclusions == null ? Set.of() : Set.copyOf(exclusions);
    }
}
