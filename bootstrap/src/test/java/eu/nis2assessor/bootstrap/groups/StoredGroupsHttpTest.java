package eu.nis2assessor.bootstrap.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The stored-group API over HTTP on the test PostgreSQL: every query and mutation, with bad input, NOT_FOUND,
 * CONFLICT, IN_USE, DUPLICATE, import idempotence, reproducible assessments and their immutability.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredGroupsHttpTest {

    @LocalServerPort
    int port;

    /** Test data is set up and checked as the schema's owner: the application role sees only a bound tenant's rows. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerJdbc(org.springframework.core.env.Environment environment) {
        this.jdbc = eu.nis2assessor.bootstrap.support.OwnerJdbc.of(environment);
    }

    GroupApi api;

    @BeforeEach
    void setUp() {
        api = new GroupApi(port);
    }

    private static Map<String, Object> figures(String headcount, String turnover, String balance) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("headcount", headcount);
        f.put("annualTurnover", turnover);
        f.put("balanceSheetTotal", balance);
        return f;
    }

    @Test
    void createGroupAndEntitiesReadThemBackByGroupAndNode() {
        String group = api.createGroup("Acme Group");
        String parent = api.createEntity(group, "ACME", Map.of("country", "DE", "registrationNumber", "HRB 1",
                "activities", List.of(Map.of("type", "CLOUD_COMPUTING_SERVICE_PROVIDER"))));
        String sub = api.createEntity(group, "ACME-FR", Map.of("country", "FR"));
        api.createHolding(parent, sub, "70");
        api.recordYear(sub, "2024-12-31", "40", "8000000", "5000000");
        api.recordYear(sub, "2025-12-31", "60", "12000000", "9000000");

        JsonNode data = api.gql("""
                query G($id: ID!) { group(id: $id) { id name version
                  entities(first: 10) { edges { cursor node { id key name country registrationNumber
                    activities { type qualified ancillary } naturalPerson
                    holdings { edges { node { capitalPercent owned { key } owner { key } } } }
                    owners { edges { node { votingPercent owner { key } } } }
                    financialYears(first: 1) { edges { node { periodEnd approved figures { headcount annualTurnover { amount } } } }
                      pageInfo { hasNextPage } } } }
                  pageInfo { hasNextPage endCursor } } } }""", Map.of("id", group)).path("data").path("group");
        assertThat(data.path("name").asString()).isEqualTo("Acme Group");
        JsonNode edges = data.path("entities").path("edges");
        assertThat(edges.size()).isEqualTo(2);
        JsonNode acme = edges.get(0).path("node");
        assertThat(acme.path("key").asString()).isEqualTo("ACME");
        assertThat(acme.path("country").asString()).isEqualTo("DE");
        assertThat(acme.path("activities").get(0).path("type").asString()).isEqualTo("CLOUD_COMPUTING_SERVICE_PROVIDER");
        assertThat(acme.path("holdings").path("edges").get(0).path("node").path("owned").path("key").asString()).isEqualTo("ACME-FR");
        assertThat(acme.path("holdings").path("edges").get(0).path("node").path("capitalPercent").asString()).isEqualTo("70");
        JsonNode fr = edges.get(1).path("node");
        assertThat(fr.path("owners").path("edges").get(0).path("node").path("owner").path("key").asString()).isEqualTo("ACME");
        JsonNode latest = fr.path("financialYears").path("edges").get(0).path("node");
        assertThat(latest.path("periodEnd").asString()).isEqualTo("2025-12-31");
        assertThat(latest.path("figures").path("annualTurnover").path("amount").asString()).isEqualTo("12000000");
        assertThat(fr.path("financialYears").path("pageInfo").path("hasNextPage").asBoolean()).isTrue();

        JsonNode node = api.gql("query N($id: ID!) { node(id: $id) { id ... on LegalEntity { key group { name } } } }",
                Map.of("id", sub)).path("data").path("node");
        assertThat(node.path("key").asString()).isEqualTo("ACME-FR");
        assertThat(node.path("group").path("name").asString()).isEqualTo("Acme Group");
        JsonNode groupNode = api.gql("query N($id: ID!) { node(id: $id) { ... on Group { name } } }", Map.of("id", group));
        assertThat(groupNode.path("data").path("node").path("name").asString()).isEqualTo("Acme Group");
    }

    @Test
    void pagesOfEntitiesFollowTheCursor() {
        String group = api.createGroup("Paged");
        for (int i = 0; i < 5; i++) {
            api.createEntity(group, "P" + i, Map.of());
        }
        List<String> keys = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("id", group);
            vars.put("after", after);
            JsonNode conn = api.gql("query G($id: ID!, $after: String) { group(id: $id) { entities(first: 2, after: $after) {"
                    + " edges { node { key } } pageInfo { hasNextPage endCursor } } } }", vars).path("data").path("group").path("entities");
            conn.path("edges").forEach(e -> keys.add(e.path("node").path("key").asString()));
            after = conn.path("pageInfo").path("endCursor").asString();
            assertThat(conn.path("pageInfo").path("hasNextPage").asBoolean()).isEqualTo(page < 2);
        }
        assertThat(keys).containsExactly("P0", "P1", "P2", "P3", "P4");
    }

    @Test
    void firstAbove100IsABadRequestNamingFirst() {
        JsonNode answer = api.gql("{ groups(first: 101) { edges { node { id } } } }", Map.of());
        assertThat(answer.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(answer.path("errors").get(0).path("message").asString()).startsWith("first:");
        JsonNode cursor = api.gql("{ groups(after: \"bm9wZQ\") { edges { node { id } } } }", Map.of());
        assertThat(cursor.path("errors").get(0).path("message").asString()).startsWith("after:");
    }

    @Test
    void unknownIdsAreNotFound() {
        JsonNode answer = api.gql("{ group(id: \"R3JvdXA6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw\") { id } }", Map.of());
        assertThat(answer.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        JsonNode payload = api.mutate("createLegalEntity", "CreateLegalEntityInput",
                Map.of("groupId", "R3JvdXA6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw", "key", "X", "name", "X"),
                "legalEntity { id }");
        assertThat(payload.path("legalEntity").isNull()).isTrue();
        assertThat(payload.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(payload.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"groupId\"]");
        JsonNode garbage = api.mutate("deleteLegalEntity", "DeleteLegalEntityInput", Map.of("id", "garbage"), "deletedLegalEntityId");
        assertThat(garbage.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badValuesAreUserErrorsWithTheFieldPath() {
        String group = api.createGroup("Bad input");
        JsonNode blank = api.mutate("createGroup", "CreateGroupInput", Map.of("name", "  "), "group { id }");
        assertThat(blank.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID");
        assertThat(blank.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"name\"]");

        String entity = api.createEntity(group, "E", Map.of());
        JsonNode negative = api.mutate("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", entity,
                "periodEnd", "2025-12-31", "figures", figures("10", "-5", null)), "financialYear { id }");
        assertThat(negative.path("userErrors").get(0).path("field").toString())
                .isEqualTo("[\"input\",\"figures\",\"annualTurnover\"]");
        assertThat(negative.path("userErrors").get(0).path("message").asString()).contains("must not be negative");

        String other = api.createEntity(group, "F", Map.of());
        JsonNode percent = api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", entity, "ownedId", other,
                "capitalPercent", "120"), "holding { id }");
        assertThat(percent.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"capitalPercent\"]");
        assertThat(jdbc.queryForObject("select count(*) from holding where owner_id = ?::uuid", Long.class,
                decode(entity))).isZero();

        JsonNode duplicate = api.mutate("createLegalEntity", "CreateLegalEntityInput",
                Map.of("groupId", group, "key", "E", "name", "Again"), "legalEntity { id }");
        assertThat(duplicate.path("userErrors").get(0).path("code").asString()).isEqualTo("DUPLICATE");

        JsonNode country = api.gql("mutation { createLegalEntity(input: {groupId: \"" + group
                + "\", key: \"Z\", name: \"Z\", country: \"XX\"}) { legalEntity { id } } }", Map.of());
        assertThat(country.path("errors").get(0).path("message").asString()).contains("CountryCode");
    }

    @Test
    void aStaleVersionIsAConflictNeverALostUpdate() {
        String group = api.createGroup("Locking");
        String entity = api.createEntity(group, "L", Map.of());
        JsonNode first = api.ok("updateLegalEntity", "UpdateLegalEntityInput", Map.of("id", entity, "version", 0, "name", "First"),
                "legalEntity { name version }");
        assertThat(first.path("legalEntity").path("version").asInt()).isEqualTo(1);
        JsonNode stale = api.mutate("updateLegalEntity", "UpdateLegalEntityInput", Map.of("id", entity, "version", 0, "name", "Second"),
                "legalEntity { name }");
        assertThat(stale.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(jdbc.queryForObject("select name from legal_entity where id = ?::uuid", String.class, decode(entity)))
                .isEqualTo("First");

        String other = api.createEntity(group, "M", Map.of());
        String holding = api.createHolding(entity, other, "40");
        api.ok("endHolding", "EndHoldingInput", Map.of("id", holding, "version", 0, "validTo", "2026-01-01"), "holding { validTo }");
        JsonNode again = api.mutate("endHolding", "EndHoldingInput", Map.of("id", holding, "version", 0, "validTo", "2026-02-01"),
                "holding { validTo }");
        assertThat(again.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");

        api.recordYear(other, "2025-12-31", "1", "1", "1");
        JsonNode replace = api.mutate("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", other,
                "periodEnd", "2025-12-31", "figures", figures("2", "2", "2")), "financialYear { id }");
        assertThat(replace.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        JsonNode replaced = api.ok("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", other,
                "periodEnd", "2025-12-31", "figures", figures("2", "2", "2"), "version", 0), "financialYear { version figures { headcount } }");
        assertThat(replaced.path("financialYear").path("figures").path("headcount").asString()).isEqualTo("2");
    }

    @Test
    void deletingAnEntityInUseIsRefusedSayingWhy() {
        String group = api.createGroup("Deleting");
        String a = api.createEntity(group, "A", Map.of());
        String b = api.createEntity(group, "B", Map.of());
        String c = api.createEntity(group, "C", Map.of());
        api.createHolding(a, b, "30");
        JsonNode refused = api.mutate("deleteLegalEntity", "DeleteLegalEntityInput", Map.of("id", b), "deletedLegalEntityId");
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("IN_USE");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("holding");
        api.recordYear(c, "2025-12-31", "3", "100", "100");
        JsonNode deleted = api.ok("deleteLegalEntity", "DeleteLegalEntityInput", Map.of("id", c), "deletedLegalEntityId");
        assertThat(deleted.path("deletedLegalEntityId").asString()).isEqualTo(c);
        assertThat(jdbc.queryForObject("select count(*) from financial_year where legal_entity_id = ?::uuid", Long.class,
                decode(c))).isZero();
    }

    @Test
    void importIsIdempotentAndOneBadEnterpriseWritesNothing() {
        String group = api.createGroup("Imported");
        String selection = "group { id } createdEntities updatedEntities";
        JsonNode first = api.ok("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", group, "structure", GroupApi.structure(20, 5, null), "periodEnd", "2025-12-31"), selection);
        assertThat(first.path("createdEntities").asInt()).isEqualTo(20);
        JsonNode again = api.ok("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", group, "structure", GroupApi.structure(20, 5, "5000000"), "periodEnd", "2025-12-31"), selection);
        assertThat(again.path("createdEntities").asInt()).isZero();
        assertThat(again.path("updatedEntities").asInt()).isEqualTo(20);
        String uuid = decode(group);
        assertThat(jdbc.queryForObject("select count(*) from legal_entity where group_id = ?::uuid", Long.class, uuid)).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from holding where group_id = ?::uuid", Long.class, uuid)).isEqualTo(19);
        assertThat(jdbc.queryForObject("select count(*) from financial_year f join legal_entity e on e.id = f.legal_entity_id"
                + " where e.group_id = ?::uuid", Long.class, uuid)).isEqualTo(40);
        assertThat(jdbc.queryForObject("select f.annual_turnover::text from financial_year f join legal_entity e on"
                + " e.id = f.legal_entity_id where e.group_id = ?::uuid and e.external_key = 'E1' and f.period_end = '2025-12-31'",
                String.class, uuid)).isEqualTo("5000000");

        Map<String, Object> bad = GroupApi.structure(5, 2, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> third = ((List<Map<String, Object>>) bad.get("enterprises")).get(3);
        third.put("figures", figures("10", "-1", "5"));
        String fresh = api.createGroup("Bad import");
        JsonNode refused = api.mutate("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", fresh, "structure", bad), selection);
        JsonNode error = refused.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("INVALID");
        assertThat(error.path("message").asString()).startsWith("enterprise 'E3': structure.enterprises[3].figures.annualTurnover");
        assertThat(error.path("field").toString())
                .isEqualTo("[\"input\",\"structure\",\"enterprises\",\"3\",\"figures\",\"annualTurnover\"]");
        assertThat(jdbc.queryForObject("select count(*) from legal_entity where group_id = ?::uuid", Long.class, decode(fresh))).isZero();
    }

    @Test
    void anImportOverTheListEntryLimitIsAUserErrorNamingTheFieldAndWritesNothing() {
        Map<String, Object> structure = GroupApi.structure(2, 1, null);
        List<String> keys = new ArrayList<>(50_001);
        for (int i = 0; i < 50_001; i++) {
            keys.add("E" + (i % 2));
        }
        structure.put("sameOrAdjacentMarkets", List.of(Map.of("enterprises", keys)));
        String group = api.createGroup("Too many market entries");
        JsonNode refused = api.mutate("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", group, "structure", structure, "periodEnd", "2025-12-31"), "group { id } createdEntities");

        assertThat(refused.path("group").isNull()).isTrue();
        JsonNode error = refused.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("INVALID");
        assertThat(error.path("message").asString()).isEqualTo("structure.sameOrAdjacentMarkets: at most 50000 entries in"
                + " market groups and consolidated-accounts includes together per call (got 50001)");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"structure\",\"sameOrAdjacentMarkets\"]");
        assertThat(jdbc.queryForObject("select count(*) from legal_entity where group_id = ?::uuid", Long.class, decode(group)))
                .isZero();
    }

    @Test
    void runGroupAssessmentIsReproducibleImmutableAndSeesFigureChanges() {
        String group = api.createGroup("Assessed");
        api.ok("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", group, "structure", GroupApi.structure(12, 4, null), "periodEnd", "2025-12-31"), "group { id }");
        String run = "groupAssessment { id asOf rulesVersion inputHash entityCount group { name }"
                + " results(first: 100) { edges { node { key entityClass sizeClass legalEntity { key }"
                + " result { key sizeClass aggregatedFigures { headcount } contributions { key relation share }"
                + " assessment { entityClass reasoning { rule } fineExposure { maximum { amount } } } } } } } }";
        JsonNode a = api.ok("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", "2026-06-30"), run)
                .path("groupAssessment");
        JsonNode b = api.ok("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", "2026-06-30"), run)
                .path("groupAssessment");
        assertThat(a.path("entityCount").asInt()).isEqualTo(12);
        assertThat(a.path("inputHash").asString()).hasSize(64).isEqualTo(b.path("inputHash").asString());
        assertThat(a.path("id").asString()).isNotEqualTo(b.path("id").asString());
        assertThat(a.path("results")).isEqualTo(b.path("results"));
        JsonNode e0 = a.path("results").path("edges").get(0).path("node");
        assertThat(e0.path("key").asString()).isEqualTo("E0");
        assertThat(e0.path("result").path("contributions").size()).isGreaterThan(1);
        assertThat(e0.path("result").path("assessment").path("reasoning").size()).isPositive();

        // one figure changes: another hash
        JsonNode e1 = api.gql("query G($id: ID!) { group(id: $id) { entities(first: 2) { edges { node { key id"
                + " financialYears(first: 1) { edges { node { version } } } } } } } }", Map.of("id", group));
        JsonNode e1node = e1.path("data").path("group").path("entities").path("edges").get(1).path("node");
        assertThat(e1node.path("key").asString()).isEqualTo("E1");
        api.ok("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", e1node.path("id").asString(),
                "periodEnd", "2025-12-31", "figures", figures("6", "1001001", "800000"),
                "version", e1node.path("financialYears").path("edges").get(0).path("node").path("version").asInt()), "financialYear { id }");
        JsonNode c = api.ok("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", "2026-06-30"),
                "groupAssessment { inputHash }").path("groupAssessment");
        assertThat(c.path("inputHash").asString()).isNotEqualTo(a.path("inputHash").asString());

        // the group lists its assessments, newest first, and node(id:) finds one
        JsonNode listed = api.gql("query G($id: ID!) { group(id: $id) { assessments { edges { node { id inputHash } } } } }",
                Map.of("id", group)).path("data").path("group").path("assessments").path("edges");
        assertThat(listed.size()).isEqualTo(3);
        assertThat(listed.get(0).path("node").path("inputHash").asString()).isEqualTo(c.path("inputHash").asString());
        JsonNode node = api.gql("query N($id: ID!) { node(id: $id) { ... on GroupAssessment { inputHash } } }",
                Map.of("id", a.path("id").asString()));
        assertThat(node.path("data").path("node").path("inputHash").asString()).isEqualTo(a.path("inputHash").asString());

        // immutable in the database itself
        String assessment = decode(a.path("id").asString());
        assertThatThrownBy(() -> jdbc.update("update group_assessment set as_of = '2020-01-01' where id = ?::uuid", assessment))
                .hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from group_assessment_entity where group_assessment_id = ?::uuid", assessment))
                .hasMessageContaining("immutable");
        JsonNode inUse = api.mutate("deleteLegalEntity", "DeleteLegalEntityInput", Map.of("id", e1node.path("id").asString()),
                "deletedLegalEntityId");
        assertThat(inUse.path("userErrors").get(0).path("code").asString()).isEqualTo("IN_USE");
    }

    @Test
    void anEntityWithoutApprovedAccountsIsNamed() {
        String group = api.createGroup("No accounts");
        api.createEntity(group, "NOACC", Map.of());
        JsonNode refused = api.mutate("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", "2026-01-01"),
                "groupAssessment { id }");
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("NOACC");
    }

    /** The UUID inside a global ID. */
    static String decode(String globalId) {
        String text = new String(java.util.Base64.getUrlDecoder().decode(globalId), java.nio.charset.StandardCharsets.UTF_8);
        return text.substring(text.indexOf(':') + 1);
    }
}
