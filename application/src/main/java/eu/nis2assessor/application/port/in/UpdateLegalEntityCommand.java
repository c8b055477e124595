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
 * Changes to a legal entity: every {@code null} field keeps its stored value, except the optional fields named in
 * {@code cleared}, which are removed; lists replace the stored ones.
 *
 * @param version the version the caller read; a different stored version is a conflict
 * @param cleared the optional fields to clear (their value in this command must be {@code null})
 */
public record UpdateLegalEntityCommand(UUID id, long version, String key, String name, String country,
                                       String registrationNumber, List<Activity> activities,
                                       List<Identification> identifications, Set<Exclusion> exclusions,
                                       InvestorCategory investorCategory, Boolean naturalPerson,
                                       Boolean providesServicesInUnion, Set<Clearable> cleared) {

    /** The optional fields of a legal entity that an update can clear. */
    public enum Clearable {
        COUNTRY("country"), REGISTRATION_NUMBER("registrationNumber"), INVESTOR_CATEGORY("investorCategory");

        private final String field;

        Clearable(String field) {
            this.field = field;
        }

        /** The input field's name. */
        public String field() {
            return field;
        }
    }

    /** Without clearing anything: {@code null} keeps every stored value. */
    public UpdateLegalEntityCommand(UUID id, long version, String key, String name, String country,
                                    String registrationNumber, List<Activity> activities,
                                    List<Identification> identifications, Set<Exclusion> exclusions,
                                    InvestorCategory investorCategory, Boolean naturalPerson, Boolean providesServicesInUnion) {
        this(id, version, key, name, country, registrationNumber, activities, identifications, exclusions, investorCategory,
                naturalPerson, providesServicesInUnion, Set.of());
    }

    public UpdateLegalEntityCommand {
        Objects.requireNonNull(id, "id");
        key = key == null ? null : Texts.required(key, "key", 200);
        name = name == null ? null : Texts.required(name, "name", 300);
        country = Texts.country(country, "country");
        registrationNumber = Texts.optional(registrationNumber, "registrationNumber", 100);
        activities = activities == null ? null : List.copyOf(activities);
        identifications = identifications == null ? null : List.copyOf(identifications);
        exclusions = exclusions == null ? null : Set.copyOf(exclusions);
        cleared = cleared == null ? Set.of() : Set.copyOf(cleared);
        if (cleared.contains(Clearable.COUNTRY) && country != null
                || cleared.contains(Clearable.REGISTRATION_NUMBER) && registrationNumber != null
                || cleared.contains(Clearable.INVESTOR_CATEGORY) && investorCategory != null) {
            throw new IllegalArgumentException("a cleared field cannot have a value");
        }
    }

    public boolean clears(Clearable field) {
        return cleared.contains(field);
    }
}
