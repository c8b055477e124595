package eu.nis2assessor.bootstrap.groups;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.bootstrap.support.TestHttp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small helpers over {@link TestHttp} for the stored-group tests: mutations that must succeed, and test structures. */
final class GroupApi {

    private final TestHttp http;

    GroupApi(int port) {
        this.http = TestHttp.on(port);
    }

    JsonNode gql(String query, Map<String, ?> variables) {
        return http.graphQl(query, variables);
    }

    /** Runs a mutation {@code name(input: $input)} selecting {@code selection}; returns the payload. */
    JsonNode mutate(String name, String inputType, Map<String, ?> input, String selection) {
        JsonNode answer = http.graphQl("mutation M($input: " + inputType + "!) { " + name + "(input: $input) { " + selection
                + " userErrors { field message code } } }", Map.of("input", input));
        assertThat(answer.path("errors").isMissingNode()).as("no GraphQL errors: %s", answer).isTrue();
        return answer.path("data").path(name);
    }

    /** A mutation that must succeed. */
    JsonNode ok(String name, String inputType, Map<String, ?> input, String selection) {
        JsonNode payload = mutate(name, inputType, input, selection);
        assertThat(payload.path("userErrors").size()).as("userErrors of %s: %s", name, payload).isZero();
        return payload;
    }

    String createGroup(String name) {
        return ok("createGroup", "CreateGroupInput", Map.of("name", name), "group { id name }").path("group").path("id").asString();
    }

    String createEntity(String groupId, String key, Map<String, Object> more) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("groupId", groupId, "key", key, "name", key + " GmbH"));
        input.putAll(more);
        return ok("createLegalEntity", "CreateLegalEntityInput", input, "legalEntity { id }").path("legalEntity").path("id").asString();
    }

    String recordYear(String entityId, String periodEnd, String headcount, String turnover, String balance) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("headcount", headcount);
        figures.put("annualTurnover", turnover);
        figures.put("balanceSheetTotal", balance);
        return ok("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", entityId, "periodEnd", periodEnd,
                "figures", figures), "financialYear { id version }").path("financialYear").path("id").asString();
    }

    String createHolding(String owner, String owned, String percent) {
        return ok("createHolding", "CreateHoldingInput", Map.of("ownerId", owner, "ownedId", owned, "capitalPercent", percent,
                "votingPercent", percent), "holding { id }").path("holding").path("id").asString();
    }

    private static final String[] TYPES = {"CLOUD_COMPUTING_SERVICE_PROVIDER", "FOOD_BUSINESS", "MANAGED_SERVICE_PROVIDER",
            "HEALTHCARE_PROVIDER", "TRUST_SERVICE_PROVIDER", "ELECTRICITY_PRODUCER", "POSTAL_SERVICE_PROVIDER"};
    private static final int[] PERCENTS = {5, 10, 20, 25, 30, 40, 49, 50, 51, 60, 75, 100};
    private static final String[] CATEGORIES = {"PUBLIC_INVESTMENT_CORPORATION", "VENTURE_CAPITAL", "BUSINESS_ANGEL",
            "UNIVERSITY_OR_RESEARCH_CENTRE", "INSTITUTIONAL_INVESTOR", "SMALL_AUTONOMOUS_LOCAL_AUTHORITY"};

    /**
     * A random but valid group structure of the same shape as the domain benchmark's {@code RandomGroups}: {@code size}
     * enterprises, 1.5 holdings per enterprise between random pairs (capital and votes from 5 % to 100 %, never more
     * than 100 % of an enterprise's capital in all, no pair twice), a third without NIS2 activity, one in ten an
     * investor; every enterprise with figures, half with previous figures. The engine counts about 9 contributions per
     * enterprise in this shape, whatever the size (1k: 9.4, 10k: 9.0, 100k: 8.8).
     */
    static Map<String, Object> randomStructure(long seed, int size) {
        java.util.Random random = new java.util.Random(seed);
        List<Map<String, Object>> enterprises = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("key", "E" + i);
            e.put("activities", random.nextInt(3) == 0 ? List.of() : List.of(Map.of("type", TYPES[random.nextInt(TYPES.length)])));
            e.put("figures", figures(random));
            if (random.nextBoolean()) {
                e.put("previousFigures", figures(random));
            }
            if (random.nextInt(10) == 0) {
                e.put("investorCategory", CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            enterprises.add(e);
        }
        int[] capitalLeft = new int[size];
        java.util.Arrays.fill(capitalLeft, 100);
        int target = (int) Math.round(size * 1.5);
        java.util.Set<Long> pairs = new java.util.HashSet<>();
        List<Map<String, Object>> holdings = new ArrayList<>(target);
        int attempts = 0;
        while (holdings.size() < target && attempts++ < target * 4 && size > 1) {
            int owner = random.nextInt(size);
            int owned = random.nextInt(size);
            int percent = PERCENTS[random.nextInt(PERCENTS.length)];
            if (owner == owned || percent > capitalLeft[owned] || !pairs.add((long) owner * size + owned)) {
                continue;
            }
            capitalLeft[owned] -= percent;
            holdings.add(Map.of("owner", "E" + owner, "owned", "E" + owned, "capitalPercent", String.valueOf(percent),
                    "votingPercent", String.valueOf(percent), "investedAmount", String.valueOf(random.nextInt(2_000_000))));
        }
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("enterprises", enterprises);
        structure.put("holdings", holdings);
        return structure;
    }

    private static Map<String, Object> figures(java.util.Random random) {
        return Map.of("headcount", java.math.BigDecimal.valueOf(random.nextInt(4000), 1).toPlainString(),
                "annualTurnover", String.valueOf(random.nextInt(60_000_000)),
                "balanceSheetTotal", String.valueOf(random.nextInt(50_000_000)));
    }

    /**
     * A synthetic group structure: a parent {@code E0} holding 60 % of each of the next {@code linked} enterprises and
     * 30 % of every further one; enterprises alternate cloud providers and manufacturers.
     */
    static Map<String, Object> structure(int size, int linked, String turnoverOfE1) {
        List<Map<String, Object>> enterprises = new ArrayList<>(size);
        List<Map<String, Object>> holdings = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("key", "E" + i);
            e.put("name", "Enterprise " + i);
            e.put("activities", List.of(Map.of("type", i % 2 == 0 ? "CLOUD_COMPUTING_SERVICE_PROVIDER" : "MACHINERY_MANUFACTURER")));
            e.put("figures", Map.of("headcount", String.valueOf(5 + i % 40), "annualTurnover",
                    i == 1 && turnoverOfE1 != null ? turnoverOfE1 : String.valueOf(1_000_000 + i * 1000), "balanceSheetTotal", "800000"));
            e.put("previousFigures", Map.of("headcount", String.valueOf(5 + i % 40), "annualTurnover", "900000",
                    "balanceSheetTotal", "700000"));
            enterprises.add(e);
            if (i > 0) {
                String percent = i <= linked ? "60" : "30";
                holdings.add(Map.of("owner", "E0", "owned", "E" + i, "capitalPercent", percent, "votingPercent", percent));
            }
        }
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("enterprises", enterprises);
        structure.put("holdings", holdings);
        return structure;
    }
}
