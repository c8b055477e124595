package eu.nis2assessor.adapter.graphql.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.domain.assessment.EntityProfile;
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
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapper sees input as graphql-java hands it over: maps, lists, BigDecimals, enum names, defaults applied. */
class AssessmentInputMapperTest {

    private final AssessmentInputMapper mapper = new AssessmentInputMapper();

    @Test
    void mapsAFullProfile() {
        Map<String, Object> in = profile();
        in.put("name", "Nimbus");
        in.put("previousFigures", figures("170", "55000000", null));
        in.put("undertakingWorldwideTurnover", new BigDecimal("90000000"));
        in.put("providesServicesInUnion", false);
        in.put("identifications", List.of(Map.of("ground", "SOLE_PROVIDER", "entityClass", "ESSENTIAL"),
                map("ground", "CER_CRITICAL_ENTITY", "entityClass", null)));
        in.put("exclusions", List.of("DORA_EXEMPTED"));
        in.put("activities", List.of(Map.of("type", "TRUST_SERVICE_PROVIDER", "qualified", true, "ancillary", false)));

        EntityProfile p = mapper.toProfileCommand(in).profile();

        assertThat(p.name()).isEqualTo("Nimbus");
        assertThat(p.activities()).containsExactly(new Activity(EntityType.TRUST_SERVICE_PROVIDER, true, false));
        assertThat(p.figures().headcount()).isEqualByComparingTo("180");
        assertThat(p.previousFigures().balanceSheetTotal()).isNull();
        assertThat(p.undertakingWorldwideTurnover()).isEqualByComparingTo("90000000");
        assertThat(p.providesServicesInUnion()).isFalse();
        assertThat(p.identifications()).containsExactly(
                new Identification(IdentificationGround.SOLE_PROVIDER, EntityClass.ESSENTIAL),
                new Identification(IdentificationGround.CER_CRITICAL_ENTITY, null));
        assertThat(p.exclusions()).containsExactly(Exclusion.DORA_EXEMPTED);
    }

    @Test
    void explicitNullsReadAsTheSchemaDefaults() {
        Map<String, Object> in = profile();
        in.put("providesServicesInUnion", null);
        in.put("identifications", null);
        in.put("exclusions", null);
        in.put("activities", List.of(map("type", "FOOD_BUSINESS", "qualified", null, "ancillary", null)));

        EntityProfile p = mapper.toProfileCommand(in).profile();

        assertThat(p.providesServicesInUnion()).isTrue();
        assertThat(p.identifications()).isEmpty();
        assertThat(p.exclusions()).isEmpty();
        assertThat(p.activities()).containsExactly(Activity.of(EntityType.FOOD_BUSINESS));
    }

    @Test
    void profileErrorsArePathsRelativeToTheArgument() {
        Map<String, Object> in = profile();
        in.put("figures", figures("-1", "1", "1"));
        assertThatThrownBy(() -> mapper.toProfileCommand(in)).isInstanceOf(InvalidInputException.class)
                .hasMessage("figures.headcount: must not be negative");

        Map<String, Object> previous = profile();
        previous.put("previousFigures", figures("1", "1", "-2"));
        assertThatThrownBy(() -> mapper.toProfileCommand(previous))
                .hasMessage("previousFigures.balanceSheetTotal: must not be negative");

        Map<String, Object> fineBase = profile();
        fineBase.put("undertakingWorldwideTurnover", new BigDecimal("-5"));
        assertThatThrownBy(() -> mapper.toProfileCommand(fineBase))
                .hasMessage("undertakingWorldwideTurnover: must not be negative");

        assertThatThrownBy(() -> mapper.toProfileCommand(null)).hasMessage("profile: is required");
    }

    @Test
    void mapsAGroupStructure() {
        Map<String, Object> parent = enterprise("P", "20", "2000000", "80000000");
        parent.put("investorCategory", "BUSINESS_ANGEL");
        parent.put("consolidatedAccounts", Map.of("figures", figures("400", "90000000", "80000000"),
                "previousFigures", figures("390", "85000000", "75000000"), "includes", List.of("S")));
        Map<String, Object> person = enterprise("NP", "0", "0", null);
        person.put("naturalPerson", true);
        Map<String, Object> sub = enterprise("S", "300", "70000000", "50000000");
        sub.put("activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER", "qualified", false, "ancillary", false)));
        Map<String, Object> holding = holding("P", "S", "80");
        holding.put("controlRights", List.of("BOARD_MAJORITY_APPOINTMENT", "DOMINANT_INFLUENCE"));
        holding.put("investedAmount", new BigDecimal("1000000"));
        Map<String, Object> in = structure(List.of(parent, person, sub), List.of(holding, holding("NP", "P", "100")));
        in.put("sameOrAdjacentMarkets", List.of(Map.of("enterprises", List.of("P", "S"))));

        GroupStructure s = mapper.toGroupStructureCommand(in).structure();

        assertThat(s.enterprises()).extracting(Enterprise::key).containsExactly("P", "NP", "S");
        Enterprise p = s.enterprises().get(0);
        assertThat(p.investorCategory()).isEqualTo(InvestorCategory.BUSINESS_ANGEL);
        assertThat(p.consolidatedAccounts().figures().headcount()).isEqualByComparingTo("400");
        assertThat(p.consolidatedAccounts().previousFigures().headcount()).isEqualByComparingTo("390");
        assertThat(p.consolidatedAccounts().includes()).containsExactly("S");
        assertThat(p.providesServicesInUnion()).isTrue();
        assertThat(s.enterprises().get(1).naturalPerson()).isTrue();
        assertThat(s.enterprises().get(2).activities()).containsExactly(Activity.of(EntityType.MANAGED_SERVICE_PROVIDER));
        Holding h = s.holdings().get(0);
        assertThat(h.controlRights()).containsExactlyInAnyOrder(ControlRight.BOARD_MAJORITY_APPOINTMENT, ControlRight.DOMINANT_INFLUENCE);
        assertThat(h.investedAmount()).isEqualByComparingTo("1000000");
        assertThat(s.sameOrAdjacentMarkets()).containsExactly(List.of("P", "S"));
    }

    @Test
    void unknownMarketsStayUnknown() {
        Map<String, Object> in = structure(List.of(enterprise("A", "1", "1", "1")), List.of());
        in.put("sameOrAdjacentMarkets", null);

        assertThat(mapper.toGroupStructureCommand(in).structure().sameOrAdjacentMarkets()).isNull();
    }

    @Test
    void groupErrorsNameTheElement() {
        List<Map<String, Object>> two = List.of(enterprise("A", "1", "1", "1"), enterprise("B", "1", "1", "1"));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(two,
                List.of(holding("A", "B", "10"), holding("B", "A", "10"), holding("A", "B", "100.5")))))
                .hasMessage("holdings[2].capitalPercent: must be between 0 and 100");

        Map<String, Object> votes = holding("A", "B", "10");
        votes.put("votingPercent", new BigDecimal("-1"));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(two, List.of(votes))))
                .hasMessage("holdings[0].votingPercent: must be between 0 and 100");

        List<Map<String, Object>> negative = List.of(enterprise("A", "1", "1", "1"), enterprise("B", "1", "-1", "1"));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(negative, List.of())))
                .hasMessage("enterprises[1].figures.annualTurnover: must not be negative");

        Map<String, Object> blank = enterprise(" ", "1", "1", "1");
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(List.of(blank), List.of())))
                .hasMessage("enterprises[0].key: must not be blank");

        Map<String, Object> consolidated = enterprise("A", "1", "1", "1");
        consolidated.put("consolidatedAccounts", Map.of("figures", figures("1", "1", "1"),
                "previousFigures", figures("1", "-7", "1"), "includes", List.of()));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(List.of(consolidated), List.of())))
                .hasMessage("enterprises[0].consolidatedAccounts.previousFigures.annualTurnover: must not be negative");

        List<Map<String, Object>> duplicate = List.of(enterprise("A", "1", "1", "1"), enterprise("A", "1", "1", "1"));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(structure(duplicate, List.of())))
                .hasMessage("enterprises[1].key: duplicate key 'A'");

        Map<String, Object> market = structure(two, List.of());
        market.put("sameOrAdjacentMarkets", List.of(Map.of("enterprises", List.of("A", "Z"))));
        assertThatThrownBy(() -> mapper.toGroupStructureCommand(market))
                .hasMessage("sameOrAdjacentMarkets[0].enterprises[1]: unknown enterprise key 'Z'");

        assertThatThrownBy(() -> mapper.toGroupStructureCommand(null)).hasMessage("structure: is required");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static Map<String, Object> profile() {
        Map<String, Object> in = new HashMap<>();
        in.put("activities", List.of(Map.of("type", "CLOUD_COMPUTING_SERVICE_PROVIDER", "qualified", false, "ancillary", false)));
        in.put("figures", figures("180", "62000000", "38000000"));
        in.put("providesServicesInUnion", true);
        in.put("identifications", List.of());
        in.put("exclusions", List.of());
        return in;
    }

    private static Map<String, Object> figures(String headcount, String turnover, String balance) {
        return map("headcount", new BigDecimal(headcount), "annualTurnover", new BigDecimal(turnover),
                "balanceSheetTotal", balance == null ? null : new BigDecimal(balance));
    }

    private static Map<String, Object> enterprise(String key, String headcount, String turnover, String balance) {
        Map<String, Object> e = new HashMap<>();
        e.put("key", key);
        e.put("activities", List.of());
        e.put("figures", figures(headcount, turnover, balance));
        e.put("naturalPerson", false);
        e.put("identifications", List.of());
        e.put("exclusions", List.of());
        e.put("providesServicesInUnion", true);
        return e;
    }

    private static Map<String, Object> holding(String owner, String owned, String percent) {
        Map<String, Object> h = new HashMap<>();
        h.put("owner", owner);
        h.put("owned", owned);
        h.put("capitalPercent", new BigDecimal(percent));
        h.put("controlRights", List.of());
        return h;
    }

    private static Map<String, Object> structure(List<Map<String, Object>> enterprises, List<Map<String, Object>> holdings) {
        Map<String, Object> s = new HashMap<>();
        s.put("enterprises", new ArrayList<Object>(enterprises));
        s.put("holdings", new ArrayList<Object>(holdings));
        s.put("sameOrAdjacentMarkets", List.of());
        return s;
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
