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
