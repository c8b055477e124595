package eu.nis2assessor.adapter.persistence.mapper;

import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mapstruct.Named;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSONB columns as text and back: activities, identifications, exclusions, control rights and market groups
 * (decimals in plain notation so that no digit is lost; the engine's stored results are {@link StoredResults}). Sets
 * are written sorted, so that equal values give equal text. Thread-safe.
 */
public final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<List<Activity>> ACTIVITIES = new TypeReference<>() { };
    private static final TypeReference<List<Identification>> IDENTIFICATIONS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<List<String>>> MARKETS = new TypeReference<>() { };

    @Named("activitiesToJson")
    public static String activities(List<Activity> activities) {
        return JSON.writeValueAsString(activities == null ? List.of() : activities);
    }

    @Named("activitiesFromJson")
    public static List<Activity> activities(String json) {
        return json == null ? List.of() : JSON.readValue(json, ACTIVITIES);
    }

    @Named("identificationsToJson")
    public static String identifications(List<Identification> identifications) {
        return JSON.writeValueAsString(identifications == null ? List.of() : identifications);
    }

    @Named("identificationsFromJson")
    public static List<Identification> identifications(String json) {
        return json == null ? List.of() : JSON.readValue(json, IDENTIFICATIONS);
    }

    @Named("exclusionsToJson")
    public static String exclusions(Set<Exclusion> exclusions) {
        return names(exclusions);
    }

    @Named("exclusionsFromJson")
    public static Set<Exclusion> exclusions(String json) {
        List<String> names = json == null ? List.of() : JSON.readValue(json, STRINGS);
        Set<Exclusion> set = EnumSet.noneOf(Exclusion.class);
        names.forEach(n -> set.add(Exclusion.valueOf(n)));
        return set;
    }

    @Named("controlRightsToJson")
    public static String controlRights(Set<ControlRight> rights) {
        return names(rights);
    }

    @Named("controlRightsFromJson")
    public static Set<ControlRight> controlRights(String json) {
        List<String> names = json == null ? List.of() : JSON.readValue(json, STRINGS);
        Set<ControlRight> set = EnumSet.noneOf(ControlRight.class);
        names.forEach(n -> set.add(ControlRight.valueOf(n)));
        return set;
    }

    @Named("marketsToJson")
    public static String markets(List<List<String>> markets) {
        return markets == null ? null : JSON.writeValueAsString(markets);
    }

    @Named("marketsFromJson")
    public static List<List<String>> markets(String json) {
        return json == null ? null : JSON.readValue(json, MARKETS);
    }

    private static String names(Set<? extends Enum<?>> values) {
        Set<String> sorted = new TreeSet<>();
        if (values != null) {
            values.forEach(v -> sorted.add(v.name()));
        }
        return JSON.writeValueAsString(new ArrayList<>(sorted));
    }
}
