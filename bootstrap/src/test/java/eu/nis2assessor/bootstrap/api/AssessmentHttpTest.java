package eu.nis2assessor.bootstrap.api;

import eu.nis2assessor.bootstrap.support.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.reasoning.RulesVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assessProfile} and {@code assessGroupStructure} over real HTTP ({@code POST /graphql}), on the test suite's
 * PostgreSQL and the same Spring context as the other HTTP tests: the worked examples of nis2-rules.md §4.7, the
 * contract's special outcomes, {@code Decimal} in and out, and bad input, which must come back as a
 * {@code BAD_REQUEST} error naming the field, never as a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SuppressWarnings("unchecked")
class AssessmentHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ASSESSMENT_FIELDS = """
            entityClass sizeClass legalBasis
            supervision { regime legalBasis authorityPowers }
            fineExposure { maximum { amount currency } fixedAmount { amount currency } turnoverPercentage legalBasis }
            managementObligations { code description legalBasis }
            registrationObligations { code description legalBasis }
            reasoning { rule outcome legalBasis explanation }
            assumptions rulesVersion""";

    private static final String PROFILE_QUERY = "query Assess($profile: EntityProfileInput!) { assessProfile(profile: $profile) { "
            + ASSESSMENT_FIELDS + " } }";

    private static final String GROUP_QUERY = """
            query AssessGroup($structure: GroupStructureInput!) {
              assessGroupStructure(structure: $structure) {
                enterprises {
                  key sizeClass
                  aggregatedFigures { headcount annualTurnover { amount currency } balanceSheetTotal { amount currency } }
                  undertakingWorldwideTurnover { amount currency }
                  contributions { key relation share legalBasis }
                  assessment { entityClass sizeClass legalBasis supervision { regime } fineExposure { maximum { amount } } }
                }
              }
            }""";

    @LocalServerPort
    int port;

    RestClient http;

    @BeforeEach
    void client() {
        http = TestHttp.client(port);
    }

    // ---------------------------------------------------------------------------------------------- assessProfile

    @Test
    void mediumCloudProviderIsImportant() {
        // Ex. 1: 180 AWU, EUR 62 m turnover, EUR 38 m balance sheet: not large (balance sheet <= 43 m) => MEDIUM.
        JsonNode a = data(post(PROFILE_QUERY, Map.of("profile", profile("CLOUD_COMPUTING_SERVICE_PROVIDER", 180, 62_000_000, 38_000_000))))
                .path("assessProfile");

        assertThat(a.path("entityClass").asString()).isEqualTo("IMPORTANT");
        assertThat(a.path("sizeClass").asString()).isEqualTo("MEDIUM");
        assertThat(strings(a.path("legalBasis"))).contains("NIS2 Art 3(2)");
        assertThat(a.path("supervision").path("regime").asString()).isEqualTo("EX_POST");
        assertThat(strings(a.path("supervision").path("legalBasis"))).contains("NIS2 Art 33");
        JsonNode fine = a.path("fineExposure");
        assertThat(fine.path("maximum").path("amount").isString()).isTrue();
        assertThat(fine.path("maximum").path("amount").asString()).isEqualTo("7000000");
        assertThat(fine.path("maximum").path("currency").asString()).isEqualTo("EUR");
        assertThat(fine.path("fixedAmount").path("amount").asString()).isEqualTo("7000000");
        assertThat(fine.path("turnoverPercentage").asString()).isEqualTo("1.4");
        assertThat(strings(fine.path("legalBasis"))).contains("NIS2 Art 34(5)");
        assertThat(a.path("managementObligations").size()).isPositive();
        assertThat(a.path("reasoning").size()).isGreaterThan(3);
        for (JsonNode step : a.path("reasoning")) {
            assertThat(step.path("rule").asString()).isNotBlank();
            assertThat(step.path("outcome").asString()).isNotBlank();
            assertThat(step.path("explanation").asString()).isNotBlank();
            assertThat(step.path("legalBasis").size()).isPositive();
        }
        assertThat(a.path("reasoning").path(0).path("outcome").asString()).isEqualTo("MEDIUM");
        assertThat(a.path("rulesVersion").asString()).isEqualTo(RulesVersion.CURRENT.value());
    }

    @Test
    void largeEssentialEntityFineUsesTheUndertakingTurnover() {
        Map<String, Object> profile = profile("MANAGED_SERVICE_PROVIDER", 300, 80_000_000, 60_000_000);
        profile.put("undertakingWorldwideTurnover", "3000000000");

        JsonNode a = data(post(PROFILE_QUERY, Map.of("profile", profile))).path("assessProfile");

        assertThat(a.path("entityClass").asString()).isEqualTo("ESSENTIAL");
        assertThat(a.path("supervision").path("regime").asString()).isEqualTo("EX_ANTE");
        // max(EUR 10 m, 2 % of EUR 3 bn) = EUR 60 m (nis2-rules.md §6.1)
        assertThat(a.path("fineExposure").path("maximum").path("amount").asString()).isEqualTo("60000000");
        assertThat(a.path("fineExposure").path("turnoverPercentage").asString()).isEqualTo("2");
    }

    @Test
    void doraCreditInstitutionKeepsItsClassButHasNoNis2SupervisionOrFine() {
        JsonNode a = data(post(PROFILE_QUERY, Map.of("profile", profile("CREDIT_INSTITUTION", 900, 400_000_000, 9_000_000_000L))))
                .path("assessProfile");

        assertThat(a.path("entityClass").asString()).isEqualTo("ESSENTIAL");
        assertThat(strings(a.path("legalBasis"))).contains("NIS2 Art 4(1)");
        assertThat(a.path("supervision").path("regime").asString()).isEqualTo("NONE");
        assertThat(a.path("fineExposure").isNull()).isTrue();
    }

    @Test
    void registrarIsNotInScopeButHasRegistrationDuties() {
        JsonNode a = data(post(PROFILE_QUERY, Map.of("profile", profile("DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER", 20, 3_000_000, 2_000_000))))
                .path("assessProfile");

        assertThat(a.path("entityClass").asString()).isEqualTo("NOT_IN_SCOPE");
        assertThat(a.path("supervision").path("regime").asString()).isEqualTo("NONE");
        assertThat(a.path("fineExposure").isNull()).isTrue();
        assertThat(a.path("managementObligations").size()).isZero();
        assertThat(a.path("registrationObligations").size()).isPositive();
        assertThat(a.path("registrationObligations").path(0).path("code").asString()).isNotBlank();
    }

    @Test
    void publicAdministrationFineCitesArt34Paragraph7() {
        JsonNode a = data(post(PROFILE_QUERY, Map.of("profile", profile("CENTRAL_GOVERNMENT_ENTITY", 5, 0, 0))))
                .path("assessProfile");

        assertThat(a.path("entityClass").asString()).isEqualTo("ESSENTIAL");
        assertThat(strings(a.path("fineExposure").path("legalBasis"))).contains("NIS2 Art 34(7)");
        assertThat(strings(a.path("assumptions"))).anyMatch(s -> s.contains("Art 34(7)"));
    }

    @Test
    void unknownBalanceSheetIsAnAssumptionAndDefaultsApply() {
        // Input defaults: qualified/ancillary false, providesServicesInUnion true, no identifications or exclusions.
        String query = """
                { assessProfile(profile: {
                    activities: [{ type: FOOD_BUSINESS }]
                    figures: { headcount: 60, annualTurnover: 60000000 } }) { entityClass sizeClass assumptions } }""";

        JsonNode a = data(post(query, Map.of())).path("assessProfile");

        assertThat(a.path("sizeClass").asString()).isEqualTo("LARGE");
        assertThat(a.path("entityClass").asString()).isEqualTo("IMPORTANT");
        assertThat(strings(a.path("assumptions"))).anyMatch(s -> s.toLowerCase().contains("balance sheet"));
    }

    // ------------------------------------------------------------------------------------------------- Decimal

    @Test
    void decimalsAcceptNumbersAndStringsAndComeBackAsPlainStrings() {
        Map<String, Object> asNumbers = enterprise("A", 249.5, 10_000_000.00, 43_000_000);
        Map<String, Object> asStrings = enterprise("B", "249.50", "1E+7", "43000000.000");
        JsonNode enterprises = data(post(GROUP_QUERY, Map.of("structure", structure(List.of(asNumbers, asStrings), List.of()))))
                .path("assessGroupStructure").path("enterprises");

        for (JsonNode e : enterprises) {
            JsonNode figures = e.path("aggregatedFigures");
            assertThat(figures.path("headcount").isString()).as("Decimal is a JSON string").isTrue();
            assertThat(figures.path("headcount").asString()).isEqualTo("249.5");
            assertThat(figures.path("annualTurnover").path("amount").asString()).isEqualTo("10000000");
            assertThat(figures.path("annualTurnover").path("currency").asString()).isEqualTo("EUR");
            assertThat(figures.path("balanceSheetTotal").path("amount").asString()).isEqualTo("43000000");
            assertThat(e.path("sizeClass").asString()).isEqualTo("MEDIUM");
        }
    }

    @Test
    void decimalJsonNumbersKeepEveryDigit() {
        // 20 significant digits: a double would round them. The body is written by hand to keep the number as is.
        String body = """
                {"query": "query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { aggregatedFigures { headcount annualTurnover { amount } } } } }",
                 "variables": {"s": {"enterprises": [{"key": "A", "figures": {"headcount": 12.345678901234567891,
                   "annualTurnover": 12345678901234567.891, "balanceSheetTotal": 1}}], "holdings": []}}}""";
        ResponseEntity<String> response = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);

        JsonNode figures = data(response).path("assessGroupStructure").path("enterprises").path(0).path("aggregatedFigures");
        assertThat(figures.path("headcount").asString()).isEqualTo("12.345678901234567891");
        assertThat(figures.path("annualTurnover").path("amount").asString()).isEqualTo("12345678901234567.891");
    }

    @Test
    void decimalLiteralsMayBeIntFloatOrString() {
        String query = """
                { assessProfile(profile: {
                    activities: [{ type: CLOUD_COMPUTING_SERVICE_PROVIDER }]
                    figures: { headcount: 49.5, annualTurnover: "10000000", balanceSheetTotal: 10000001 } }) { sizeClass } }""";

        assertThat(data(post(query, Map.of())).path("assessProfile").path("sizeClass").asString()).isEqualTo("SMALL");
    }

    @Test
    void nonNumericDecimalStringIsBadRequestNamingTheField() {
        String literal = """
                { assessProfile(profile: { activities: [], figures: { headcount: "abc", annualTurnover: 1 } }) { sizeClass } }""";
        JsonNode error = error(post(literal, Map.of()));
        assertThat(error.path("message").asString()).contains("profile.figures.headcount").contains("Decimal").contains("abc");

        Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
        ((Map<String, Object>) profile.get("figures")).put("headcount", "abc");
        JsonNode variableError = error(post(PROFILE_QUERY, Map.of("profile", profile)));
        assertThat(variableError.path("message").asString()).startsWith("Variable 'profile' has an invalid value at figures.headcount: ")
                .contains("Decimal").contains("abc");

        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1),
                enterprise("C", 1, "12,5", 1));
        JsonNode groupError = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of()))));
        assertThat(groupError.path("message").asString())
                .startsWith("Variable 'structure' has an invalid value at enterprises[2].figures.annualTurnover: ")
                .contains("'12,5'");
    }

    @Test
    void literalErrorsNameTheFieldWithoutGraphQlJavasSyntaxTree() {
        String literal = """
                { assessProfile(profile: { activities: [{ type: FOOD_BUSINESS }], figures: { annualTurnover: 1 } }) {
                  sizeClass } }""";
        JsonNode error = error(post(literal, Map.of()));
        assertThat(error.path("message").asString()).contains("'profile.figures'", "missing required fields", "headcount")
                .doesNotContain("ObjectValue", "ObjectField", "IntValue");

        JsonNode wrongShape = error(post(PROFILE_QUERY, Map.of("profile", "not an object")));
        assertThat(wrongShape.path("message").asString()).contains("expected an object but got a string")
                .doesNotContain("'Map'", "'String'");
    }

    @Test
    void decimalExponentsAtTheEdgeOfAnIntAreRefusedOrReadAsZero() {
        for (Object bad : List.of("1e2147483647", "1e2147483648", "-9e2147483647", "1e-2147483647")) {
            Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
            ((Map<String, Object>) profile.get("figures")).put("headcount", bad);
            ResponseEntity<String> response = post(PROFILE_QUERY, Map.of("profile", profile));
            assertThat(response.getStatusCode().value()).as("for %s", bad).isEqualTo(200);
            assertThat(error(response).path("message").asString()).as("for %s", bad).contains("Decimal: at most");
        }
        Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
        ((Map<String, Object>) profile.get("figures")).put("headcount", "0e2147483648");
        ((Map<String, Object>) profile.get("figures")).put("balanceSheetTotal", "0e-2147483647");
        assertThat(data(post(PROFILE_QUERY, Map.of("profile", profile))).path("assessProfile").path("sizeClass").asString())
                .isEqualTo("MICRO");
        List<Map<String, Object>> enterprises = List.of(enterprise("A", "0e2147483648", "0e2147483648", "0e2147483648"));
        assertThat(data(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of()))))
                .path("assessGroupStructure").path("enterprises").path(0).path("sizeClass").asString()).isEqualTo("MICRO");
    }

    @Test
    void decimalRefusesBooleansNanAndHugeExponents() {
        for (Object bad : List.of(true, "NaN", "Infinity", "1e999999999", "")) {
            Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
            ((Map<String, Object>) profile.get("figures")).put("annualTurnover", bad);
            JsonNode error = error(post(PROFILE_QUERY, Map.of("profile", profile)));
            assertThat(error.path("message").asString()).as("for %s", bad).contains("Decimal");
        }
    }

    // ------------------------------------------------------------------------------------------ assessGroupStructure

    @Test
    void partnerPullsAnSmeIntoScope() {
        // Ex. 3: Cibus 45 AWU / 9 m / 12 m; VC fund V 35 % (exempt investor), industrial partner K 30 %.
        Map<String, Object> cibus = enterprise("CIBUS", 45, 9_000_000, 12_000_000);
        cibus.put("activities", List.of(Map.of("type", "FOOD_BUSINESS")));
        Map<String, Object> vc = enterprise("V", 5, 4_000_000, 200_000_000);
        vc.put("investorCategory", "VENTURE_CAPITAL");
        Map<String, Object> k = enterprise("K", 200, 40_000_000, 30_000_000);
        List<Map<String, Object>> holdings = List.of(
                holding("V", "CIBUS", 35), holding("K", "CIBUS", 30));

        JsonNode enterprises = data(post(GROUP_QUERY, Map.of("structure", structure(List.of(cibus, vc, k), holdings))))
                .path("assessGroupStructure").path("enterprises");

        assertThat(keys(enterprises)).containsExactly("CIBUS", "V", "K");
        JsonNode c = enterprises.path(0);
        assertThat(c.path("aggregatedFigures").path("headcount").asString()).isEqualTo("105");
        assertThat(c.path("aggregatedFigures").path("annualTurnover").path("amount").asString()).isEqualTo("21000000");
        assertThat(c.path("aggregatedFigures").path("balanceSheetTotal").path("amount").asString()).isEqualTo("21000000");
        assertThat(c.path("sizeClass").asString()).isEqualTo("MEDIUM");
        assertThat(c.path("assessment").path("entityClass").asString()).isEqualTo("IMPORTANT");
        assertThat(contributions(c)).containsExactly("CIBUS OWN 1", "K PARTNER 0.3");
        assertThat(c.path("undertakingWorldwideTurnover").path("amount").asString()).isEqualTo("9000000");
        assertThat(enterprises.path(1).path("assessment").isNull()).as("no activities, no assessment").isTrue();
    }

    @Test
    void linkedChainSisterAndPartnersMakeHelixLargeAndEssential() {
        // Ex. 4: P holds 70 % of Helix, 80 % of S, 30 % of C; Helix holds 40 % of D; D holds 30 % of E.
        Map<String, Object> helix = enterprise("HELIX", 40, 8_000_000, 6_000_000);
        helix.put("activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER")));
        List<Map<String, Object>> enterprises = List.of(helix,
                enterprise("P", 20, 2_000_000, 80_000_000),
                enterprise("S", 300, 70_000_000, 50_000_000),
                enterprise("C", 100, 20_000_000, 15_000_000),
                enterprise("D", 20, 5_000_000, 4_000_000),
                enterprise("E", 50, 10_000_000, 10_000_000));
        List<Map<String, Object>> holdings = List.of(holding("P", "HELIX", 70), holding("P", "S", 80),
                holding("P", "C", 30), holding("HELIX", "D", 40), holding("D", "E", 30));

        JsonNode result = data(post(GROUP_QUERY, Map.of("structure", structure(enterprises, holdings))))
                .path("assessGroupStructure").path("enterprises");

        assertThat(keys(result)).containsExactly("HELIX", "P", "S", "C", "D", "E");
        JsonNode h = result.path(0);
        assertThat(h.path("aggregatedFigures").path("headcount").asString()).isEqualTo("398");
        assertThat(h.path("aggregatedFigures").path("annualTurnover").path("amount").asString()).isEqualTo("88000000");
        assertThat(h.path("aggregatedFigures").path("balanceSheetTotal").path("amount").asString()).isEqualTo("142100000");
        assertThat(h.path("sizeClass").asString()).isEqualTo("LARGE");
        assertThat(h.path("assessment").path("entityClass").asString()).isEqualTo("ESSENTIAL");
        assertThat(strings(h.path("assessment").path("legalBasis"))).contains("NIS2 Art 3(1)(a)");
        assertThat(contributions(h)).containsExactlyInAnyOrder("HELIX OWN 1", "P LINKED 1", "S LINKED 1",
                "C PARTNER 0.3", "D PARTNER 0.4");
        assertThat(h.path("contributions").path(1).path("legalBasis").size()).isPositive();
        // The fine base is the undertaking: Helix with its linked P and S, no partners: 8 + 2 + 70 = 80 m.
        assertThat(h.path("undertakingWorldwideTurnover").path("amount").asString()).isEqualTo("80000000");
        assertThat(h.path("undertakingWorldwideTurnover").path("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void consolidatedAccountsWithPreviousFiguresAreAccepted() {
        Map<String, Object> parent = enterprise("P", 10, 1_000_000, 1_000_000);
        parent.put("activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER")));
        parent.put("consolidatedAccounts", Map.of(
                "figures", figures(400, 90_000_000, 80_000_000),
                "previousFigures", figures(380, 85_000_000, 75_000_000),
                "includes", List.of("S")));
        Map<String, Object> sub = enterprise("S", 390, 89_000_000, 79_000_000);

        JsonNode result = data(post(GROUP_QUERY, Map.of("structure", structure(List.of(parent, sub),
                List.of(holding("P", "S", 100)))))).path("assessGroupStructure").path("enterprises");

        assertThat(result.path(0).path("aggregatedFigures").path("headcount").asString()).isEqualTo("400");
        assertThat(result.path(0).path("sizeClass").asString()).isEqualTo("LARGE");
        assertThat(result.path(0).path("assessment").path("entityClass").asString()).isEqualTo("ESSENTIAL");
    }

    @Test
    void tenThousandEnterprisesAreAnswered() {
        Map<String, Object> structure = chain(10_000);
        String lean = "query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { key sizeClass } } }";

        JsonNode enterprises = data(post(lean, Map.of("s", structure))).path("assessGroupStructure").path("enterprises");

        assertThat(enterprises.size()).isEqualTo(10_000);
        assertThat(enterprises.path(0).path("key").asString()).isEqualTo("E0");
        assertThat(enterprises.path(9_999).path("key").asString()).isEqualTo("E9999");
        assertThat(enterprises.path(9_999).path("sizeClass").asString()).isIn("MICRO", "SMALL", "MEDIUM", "LARGE");
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    void percentAbove100IsBadRequestNamingTheHolding() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1));
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of(holding("A", "B", 150))))));

        assertThat(error.path("message").asString()).isEqualTo("holdings[0].capitalPercent: must be between 0 and 100");
        assertThat(error.path("path").path(0).asString()).isEqualTo("assessGroupStructure");
    }

    @Test
    void holdingsAbove100InTotalAreBadRequest() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1),
                enterprise("C", 1, 1, 1));
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises,
                List.of(holding("A", "C", 60), holding("B", "C", 50))))));

        assertThat(error.path("message").asString()).startsWith("holdings[1].capitalPercent:").contains("more than 100");
    }

    @Test
    void unknownKeyIsBadRequest() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1));
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises,
                List.of(holding("A", "B", 10), holding("X", "B", 10))))));

        assertThat(error.path("message").asString()).isEqualTo("holdings[1].owner: unknown enterprise key 'X'");
    }

    @Test
    void duplicateKeyIsBadRequest() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1),
                enterprise("A", 2, 2, 2));
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of()))));

        assertThat(error.path("message").asString()).isEqualTo("enterprises[2].key: duplicate key 'A'");
    }

    @Test
    void selfHoldingIsBadRequest() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1));
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of(holding("A", "A", 10))))));

        assertThat(error.path("message").asString()).startsWith("holdings[0].owned:").contains("cannot hold itself");
    }

    @Test
    void negativeHeadcountIsBadRequestInBothQueries() {
        JsonNode profileError = error(post(PROFILE_QUERY, Map.of("profile", profile("FOOD_BUSINESS", -1, 1, 1))));
        assertThat(profileError.path("message").asString()).isEqualTo("figures.headcount: must not be negative");

        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", -3, 1, 1));
        JsonNode groupError = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises, List.of()))));
        assertThat(groupError.path("message").asString()).isEqualTo("enterprises[1].figures.headcount: must not be negative");
    }

    @Test
    void anIdentificationStatingNotInScopeIsBadRequestNamingIt() {
        Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
        profile.put("identifications", List.of(Map.of("ground", "SOLE_PROVIDER", "entityClass", "IMPORTANT"),
                Map.of("ground", "SOLE_PROVIDER", "entityClass", "NOT_IN_SCOPE")));
        JsonNode error = error(post(PROFILE_QUERY, Map.of("profile", profile)));

        assertThat(error.path("message").asString()).startsWith("identifications[1].entityClass: must be ESSENTIAL or"
                + " IMPORTANT, or left out");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void missingRequiredFieldIsBadRequestNamingIt() {
        String literal = "{ assessProfile(profile: { activities: [], figures: { headcount: 1 } }) { sizeClass } }";
        assertThat(error(post(literal, Map.of())).path("message").asString()).contains("annualTurnover");

        Map<String, Object> profile = profile("FOOD_BUSINESS", 1, 1, 1);
        ((Map<String, Object>) profile.get("figures")).remove("annualTurnover");
        assertThat(error(post(PROFILE_QUERY, Map.of("profile", profile))).path("message").asString())
                .startsWith("Variable 'profile' has an invalid value at figures.annualTurnover: ");

        Map<String, Object> withoutKey = enterprise("A", 1, 1, 1);
        withoutKey.remove("key");
        assertThat(error(post(GROUP_QUERY, Map.of("structure", structure(List.of(enterprise("A", 1, 1, 1), withoutKey), List.of()))))
                .path("message").asString()).startsWith("Variable 'structure' has an invalid value at enterprises[1].key: ");
    }

    @Test
    void unknownEnumValueIsBadRequest() {
        JsonNode error = error(post(PROFILE_QUERY, Map.of("profile", profile("SPACESHIP_OPERATOR", 1, 1, 1))));
        assertThat(error.path("message").asString()).startsWith("Variable 'profile' has an invalid value at activities[0].type: ")
                .contains("SPACESHIP_OPERATOR");
    }

    @Test
    void anUnknownEnumLiteralIsNamedAsWrittenWithoutGraphqlJavaInternals() {
        String literal = "{ assessGroupStructure(structure: {enterprises: [{key: \"A\", figures: {headcount: 1,"
                + " annualTurnover: 1}}, {key: \"B\", figures: {headcount: 1, annualTurnover: 1}}], holdings: [{owner:"
                + " \"A\", owned: \"B\", controlRights: [FOO]}]}) { enterprises { key } } }";
        JsonNode error = error(post(literal, Map.of()));

        assertThat(error.path("message").asString()).contains("controlRights[0]", "'FOO'").doesNotContain("EnumValue")
                .doesNotContain("{name=");
        assertThat(error.path("extensions").path("classification").asString()).isIn("BAD_REQUEST", "ValidationError");
    }

    @Test
    void aFieldTheInputTypeDoesNotDefineIsNamedWithItsPathInTheVariable() {
        List<Map<String, Object>> enterprises = List.of(enterprise("A", 1, 1, 1), enterprise("B", 1, 1, 1));
        Map<String, Object> misspelt = new LinkedHashMap<>(holding("A", "B", 10));
        misspelt.put("capitalPct", 5);
        JsonNode error = error(post(GROUP_QUERY, Map.of("structure", structure(enterprises,
                List.of(holding("A", "B", 10), misspelt)))));

        assertThat(error.path("message").asString()).isEqualTo("Variable 'structure' has an invalid value at"
                + " holdings[1].capitalPct: field 'capitalPct' is not defined for input object type 'HoldingInput'");
    }

    @Test
    void moreThanTenThousandEnterprisesAreRefusedWithTheLimit() {
        JsonNode error = error(post("query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { key } } }",
                Map.of("s", chain(10_001))));

        assertThat(error.path("message").asString()).isEqualTo("enterprises: at most 10000 enterprises per call (got 10001)");
    }

    @Test
    void moreThanFiftyThousandMarketGroupAndIncludesEntriesAreRefusedWithTheLimit() {
        // 25,000 entries in A's consolidated-accounts includes and 25,000 (then 25,001) in one market group
        String query = "query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { key } } }";

        JsonNode answered = data(post(query, Map.of("s", withLists(25_000, 25_000)))).path("assessGroupStructure");
        assertThat(keys(answered.path("enterprises"))).containsExactly("A", "B");

        JsonNode error = error(post(query, Map.of("s", withLists(25_000, 25_001))));
        assertThat(error.path("message").asString()).isEqualTo("sameOrAdjacentMarkets: at most 50000 entries in market"
                + " groups and consolidated-accounts includes together per call (got 50001)");
    }

    @Test
    void anAnswerListingMillionsOfContributionsIsRefusedButTheStructureIsStillAssessedWithoutThem() {
        // A parent holding 60 % of 1,000 subsidiaries: all 1,001 are linked, so each counts all 1,001: ~10^6 contributions.
        List<Map<String, Object>> enterprises = new ArrayList<>();
        List<Map<String, Object>> holdings = new ArrayList<>();
        enterprises.add(enterprise("PARENT", 10, 1_000_000, 1_000_000));
        for (int i = 0; i < 1_000; i++) {
            enterprises.add(enterprise("S" + i, 1, 100_000, 100_000));
            holdings.add(holding("PARENT", "S" + i, 60));
        }
        Map<String, Object> star = structure(enterprises, holdings);

        JsonNode error = error(post("query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) {"
                + " enterprises { key contributions { key share } } } }", Map.of("s", star)));
        assertThat(error.path("message").asString()).startsWith("enterprises.contributions: the answer would list 1002001"
                + " contributions, more than 500000 per call");

        JsonNode answered = data(post("query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) {"
                + " enterprises { key sizeClass aggregatedFigures { headcount } } } }", Map.of("s", star)))
                .path("assessGroupStructure").path("enterprises");
        assertThat(answered.size()).isEqualTo(1_001);
        assertThat(answered.path(500).path("aggregatedFigures").path("headcount").asString()).isEqualTo("1010");
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** POSTs {@code {query, variables}} as {@code application/json}; every test asserts on the result. */
    private ResponseEntity<String> post(String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .body(JSON.writeValueAsString(body))
                .retrieve().onStatus(status -> true, (req, res) -> { }).toEntity(String.class);
    }

    private static JsonNode data(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        assertThat(body.path("errors").isMissingNode()).as("no errors in %s", abbreviate(response.getBody())).isTrue();
        return body.path("data");
    }

    /** The single error of a refused request: classified BAD_REQUEST, no data, no stack trace. */
    private static JsonNode error(ResponseEntity<String> response) {
        String body = response.getBody();
        assertThat(body).isNotBlank().doesNotContain("Exception", "\tat ", "java.");
        JsonNode json = JSON.readTree(body);
        assertThat(json.path("errors").size()).as("errors in %s", abbreviate(body)).isEqualTo(1);
        assertThat(json.path("data").isNull() || json.path("data").isMissingNode()).isTrue();
        JsonNode error = json.path("errors").path(0);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        return error;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 600 ? s : s.substring(0, 600) + "...";
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    private static List<String> keys(JsonNode enterprises) {
        List<String> out = new ArrayList<>();
        enterprises.forEach(e -> out.add(e.path("key").asString()));
        return out;
    }

    private static List<String> contributions(JsonNode enterprise) {
        List<String> out = new ArrayList<>();
        enterprise.path("contributions").forEach(c -> out.add(c.path("key").asString() + " "
                + c.path("relation").asString() + " " + c.path("share").asString()));
        return out;
    }

    private static Map<String, Object> profile(String type, Object headcount, Object turnover, Object balance) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("activities", List.of(Map.of("type", type)));
        profile.put("figures", figures(headcount, turnover, balance));
        return profile;
    }

    private static Map<String, Object> figures(Object headcount, Object turnover, Object balance) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("headcount", headcount);
        figures.put("annualTurnover", turnover);
        figures.put("balanceSheetTotal", balance);
        return figures;
    }

    private static Map<String, Object> enterprise(String key, Object headcount, Object turnover, Object balance) {
        Map<String, Object> enterprise = new LinkedHashMap<>();
        enterprise.put("key", key);
        enterprise.put("figures", figures(headcount, turnover, balance));
        return enterprise;
    }

    private static Map<String, Object> holding(String owner, String owned, Object percent) {
        return Map.of("owner", owner, "owned", owned, "capitalPercent", percent, "votingPercent", percent);
    }

    private static Map<String, Object> structure(List<Map<String, Object>> enterprises, List<Map<String, Object>> holdings) {
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("enterprises", enterprises);
        structure.put("holdings", holdings);
        structure.put("sameOrAdjacentMarkets", List.of());
        return structure;
    }

    /** A, consolidating B {@code includes} times over, and B, with one market group of {@code market} entries A, B, A, ... */
    private static Map<String, Object> withLists(int includes, int market) {
        Map<String, Object> a = enterprise("A", 10, 1_000_000, 2_000_000);
        a.put("activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER")));
        a.put("consolidatedAccounts", Map.of("figures", figures(20, 2_000_000, 4_000_000),
                "includes", Collections.nCopies(includes, "B")));
        List<String> keys = new ArrayList<>(market);
        for (int i = 0; i < market; i++) {
            keys.add(i % 2 == 0 ? "A" : "B");
        }
        Map<String, Object> structure = structure(List.of(a, enterprise("B", 10, 1_000_000, 2_000_000)), List.of());
        structure.put("sameOrAdjacentMarkets", List.of(Map.of("enterprises", keys)));
        return structure;
    }

    /** {@code n} enterprises with an NIS2 activity, each holding 10 % of the next. */
    private static Map<String, Object> chain(int n) {
        List<Map<String, Object>> enterprises = new ArrayList<>(n);
        List<Map<String, Object>> holdings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<String, Object> e = enterprise("E" + i, 10 + i % 300, 1_000_000 + i, 2_000_000);
            e.put("activities", List.of(Map.of("type", "MANAGED_SERVICE_PROVIDER")));
            enterprises.add(e);
            if (i > 0) {
                holdings.add(holding("E" + (i - 1), "E" + i, 10));
            }
        }
        return structure(enterprises, holdings);
    }
}
