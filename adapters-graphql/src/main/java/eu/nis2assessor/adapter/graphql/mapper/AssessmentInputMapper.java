package eu.nis2assessor.adapter.graphql.mapper;

import static eu.nis2assessor.domain.validation.InvalidInputException.within;

import eu.nis2assessor.application.port.in.AssessGroupStructureCommand;
import eu.nis2assessor.application.port.in.AssessProfileCommand;
import eu.nis2assessor.domain.assessment.EntityProfile;
import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.scope.IdentificationGround;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the GraphQL input objects of {@code assessProfile} and {@code assessGroupStructure} (as graphql-java hands
 * them over: maps, lists, {@link BigDecimal}s from the {@code Decimal} scalar, enum names as strings) into the
 * application's commands. The domain records validate themselves; every error they raise is re-rooted under the
 * path of the input element being mapped, so that the caller reads e.g.
 * {@code holdings[3].capitalPercent: must be between 0 and 100} or {@code figures.headcount: must not be negative}
 * (paths relative to the query's argument).
 *
 * <p>The schema has already enforced non-null fields, enum values and the defaults
 * ({@code qualified = false}, {@code providesServicesInUnion = true}, ...); an explicit {@code null} for a field
 * with a default is read as the default. Stateless and thread-safe.
 */
public final class AssessmentInputMapper {

    /** {@code assessProfile(profile:)}; paths are relative to the argument ({@code figures.headcount}). */
    public AssessProfileCommand toProfileCommand(Map<String, Object> profile) {
        if (profile == null) {
            throw InvalidInputException.of("profile", "is required");
        }
        return new AssessProfileCommand(toProfile(profile));
    }

    /** {@code assessGroupStructure(structure:)}; paths are relative to the argument ({@code holdings[3].owner}). */
    public AssessGroupStructureCommand toGroupStructureCommand(Map<String, Object> structure) {
        if (structure == null) {
            throw InvalidInputException.of("structure", "is required");
        }
        return new AssessGroupStructureCommand(toStructure(structure));
    }

    /** A group structure input ({@code GroupStructureInput}); paths relative to it ({@code enterprises[2].key}). */
    public GroupStructure toGroupStructure(Map<String, Object> structure) {
        if (structure == null) {
            throw InvalidInputException.of("structure", "is required");
        }
        return toStructure(structure);
    }

    /** {@code [ActivityInput!]}; null = none. */
    public List<Activity> toActivities(Object value) {
        return activities(value);
    }

    /** {@code [IdentificationInput!]}; null = none. */
    public List<Identification> toIdentifications(Object value) {
        return identifications(value);
    }

    /** {@code [Exclusion!]}; null = none. */
    public Set<Exclusion> toExclusions(Object value) {
        return exclusions(value);
    }

    /** {@code SizeFiguresInput} at {@code field}; null stays null. */
    public SizeFigures toFigures(Object value, String field) {
        return figures(value, field);
    }

    EntityProfile toProfile(Map<String, Object> in) {
        List<Activity> activities = activities(in.get("activities"));
        SizeFigures figures = figures(in.get("figures"), "figures");
        SizeFigures previous = figures(in.get("previousFigures"), "previousFigures");
        return new EntityProfile((String) in.get("name"), activities, figures, previous,
                (BigDecimal) in.get("undertakingWorldwideTurnover"), bool(in.get("providesServicesInUnion"), true),
                identifications(in.get("identifications")), exclusions(in.get("exclusions")));
    }

    GroupStructure toStructure(Map<String, Object> in) {
        List<Object> enterprisesIn = list(in.get("enterprises"));
        List<Object> holdingsIn = list(in.get("holdings"));
        List<Enterprise> enterprises = new ArrayList<>(enterprisesIn.size());
        for (int i = 0; i < enterprisesIn.size(); i++) {
            Map<String, Object> e = map(enterprisesIn.get(i));
            enterprises.add(within("enterprises[" + i + "]", () -> enterprise(e)));
        }
        List<Holding> holdings = new ArrayList<>(holdingsIn.size());
        for (int i = 0; i < holdingsIn.size(); i++) {
            Map<String, Object> h = map(holdingsIn.get(i));
            holdings.add(within("holdings[" + i + "]", () -> holding(h)));
        }
        return new GroupStructure(enterprises, holdings, markets(in.get("sameOrAdjacentMarkets")));
    }

    private Enterprise enterprise(Map<String, Object> in) {
        String investor = name(in.get("investorCategory"));
        return new Enterprise((String) in.get("key"), (String) in.get("name"), activities(in.get("activities")),
                figures(in.get("figures"), "figures"), figures(in.get("previousFigures"), "previousFigures"),
                investor == null ? null : InvestorCategory.valueOf(investor), bool(in.get("naturalPerson"), false),
                identifications(in.get("identifications")), exclusions(in.get("exclusions")),
                bool(in.get("providesServicesInUnion"), true), consolidatedAccounts(in.get("consolidatedAccounts")));
    }

    private ConsolidatedAccounts consolidatedAccounts(Object value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> in = map(value);
        return within("consolidatedAccounts", () -> new ConsolidatedAccounts(figures(in.get("figures"), "figures"),
                figures(in.get("previousFigures"), "previousFigures"), strings(in.get("includes"))));
    }

    private static Holding holding(Map<String, Object> in) {
        List<Object> rights = list(in.get("controlRights"));
        Set<ControlRight> controlRights = rights == null || rights.isEmpty() ? Set.of() : EnumSet.noneOf(ControlRight.class);
        if (rights != null) {
            for (Object right : rights) {
                controlRights.add(ControlRight.valueOf(name(right)));
            }
        }
        return new Holding((String) in.get("owner"), (String) in.get("owned"), (BigDecimal) in.get("capitalPercent"),
                (BigDecimal) in.get("votingPercent"), controlRights, (BigDecimal) in.get("investedAmount"));
    }

    private static List<List<String>> markets(Object value) {
        if (value == null) {
            return null;
        }
        List<Object> in = list(value);
        List<List<String>> markets = new ArrayList<>(in.size());
        for (Object market : in) {
            markets.add(strings(map(market).get("enterprises")));
        }
        return markets;
    }

    private static List<Activity> activities(Object value) {
        List<Object> in = list(value);
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<Activity> activities = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Map<String, Object> a = map(in.get(i));
            activities.add(within("activities[" + i + "]", () -> new Activity(EntityType.valueOf(name(a.get("type"))),
                    bool(a.get("qualified"), false), bool(a.get("ancillary"), false))));
        }
        return activities;
    }

    private static List<Identification> identifications(Object value) {
        List<Object> in = list(value);
        if (in == null || in.isEmpty()) {
            return List.of();
        }
        List<Identification> identifications = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Map<String, Object> id = map(in.get(i));
            String entityClass = name(id.get("entityClass"));
            identifications.add(within("identifications[" + i + "]", () -> new Identification(
                    IdentificationGround.valueOf(name(id.get("ground"))),
                    entityClass == null ? null : EntityClass.valueOf(entityClass))));
        }
        return identifications;
    }

    private static Set<Exclusion> exclusions(Object value) {
        List<Object> in = list(value);
        if (in == null || in.isEmpty()) {
            return Set.of();
        }
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        for (Object exclusion : in) {
            exclusions.add(Exclusion.valueOf(name(exclusion)));
        }
        return exclusions;
    }

    private static SizeFigures figures(Object value, String field) {
        if (value == null) {
            return null;
        }
        Map<String, Object> in = map(value);
        return within(field, () -> new SizeFigures((BigDecimal) in.get("headcount"), (BigDecimal) in.get("annualTurnover"),
                (BigDecimal) in.get("balanceSheetTotal")));
    }

    private static List<String> strings(Object value) {
        List<Object> in = list(value);
        if (in == null) {
            return null;
        }
        List<String> strings = new ArrayList<>(in.size());
        for (Object s : in) {
            strings.add((String) s);
        }
        return strings;
    }

    private static boolean bool(Object value, boolean whenAbsent) {
        return value == null ? whenAbsent : (Boolean) value;
    }

    /** Enum input arrives as its name (no Java enum is wired to the schema's enums). */
    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
