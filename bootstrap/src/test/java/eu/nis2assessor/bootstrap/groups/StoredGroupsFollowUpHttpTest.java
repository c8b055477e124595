package eu.nis2assessor.bootstrap.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Follow-ups of issue 5 over HTTP on the test PostgreSQL: races that hit a database constraint are user errors (never
 * INTERNAL_ERROR), an explicit null clears optional fields of a legal entity, an import stores consolidated previous
 * figures exactly as the stateless assessment uses them, and the capital check of createHolding looks at every holding
 * whose validity overlaps the new one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredGroupsFollowUpHttpTest {

    @LocalServerPort
    int port;

    /** Test data is checked as the schema's owner: the application role sees only a bound tenant's rows. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerJdbc(org.springframework.core.env.Environment environment) {
        this.jdbc = eu.nis2assessor.bootstrap.support.OwnerJdbc.of(environment);
    }

    @Autowired
    DataSource dataSource;

    GroupApi api;

    @BeforeEach
    void setUp() {
        api = new GroupApi(port);
    }

    static UUID uuid(String globalId) {
        return UUID.fromString(new String(Base64.getUrlDecoder().decode(globalId)).split(":")[1]);
    }

    private static Map<String, Object> figures(String headcount, String turnover, String balance) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("headcount", headcount);
        f.put("annualTurnover", turnover);
        f.put("balanceSheetTotal", balance);
        return f;
    }

    // ---- races: the constraint violation becomes the user error the check would have given

    /**
     * Runs {@code mutation} while another transaction holds an uncommitted row that the mutation's check cannot see
     * (read committed) but its insert must wait for; commits that row once the mutation waits on the lock, so the
     * mutation's insert (into {@code table}, possibly schema-qualified) hits the constraint. Returns the mutation's
     * payload.
     */
    private JsonNode race(String insertSql, Object[] args, String table, CompletableFuture<JsonNode>[] started,
                          java.util.function.Supplier<JsonNode> mutation) throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement tenant = other.prepareStatement(
                    "select set_config('app.tenant_id', ?, true), set_config('app.group_ids', '*', true)")) {
                tenant.setString(1, jdbc.queryForObject("select id::text from tenant order by created_at, id limit 1", String.class));
                tenant.execute();
            }
            try (PreparedStatement insert = other.prepareStatement(insertSql)) {
                for (int i = 0; i < args.length; i++) {
                    insert.setObject(i + 1, args[i]);
                }
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<JsonNode> answer = CompletableFuture.supplyAsync(mutation);
            started[0] = answer;
            Callable<Boolean> waitsForLock = () -> {
                Integer n = jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database() and query ~* ?", Integer.class,
                        "^\\s*insert into (\\w+\\.)?" + table + " ");
                return n != null && n > 0;
            };
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> answer.isDone() || waitsForLock.call());
            boolean waiting = waitsForLock.call();
            assertThat(waiting).as("the mutation waits for the other transaction's row (so its check did not see it)").isTrue();
            other.commit();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConcurrentCreateWithTheSameKeyIsDuplicateNotAnInternalError() throws Exception {
        String group = api.createGroup("Race keys");
        String first = api.createEntity(group, "FIRST", Map.of());
        UUID tenant = jdbc.queryForObject("select tenant_id from legal_entity where id = ?", UUID.class, uuid(first));
        CompletableFuture<JsonNode>[] started = new CompletableFuture[1];
        JsonNode payload = race("insert into legal_entity (id, tenant_id, group_id, external_key, name) values (?, ?, ?, ?, ?)",
                new Object[] {UUID.randomUUID(), tenant, uuid(group), "RACE", "Racer"}, "legal_entity", started,
                () -> api.mutate("createLegalEntity", "CreateLegalEntityInput",
                        Map.of("groupId", group, "key", "RACE", "name", "Second"), "legalEntity { id }"));
        assertThat(payload.path("legalEntity").isNull()).isTrue();
        JsonNode error = payload.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("DUPLICATE");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"key\"]");
        assertThat(error.path("message").asString()).contains("'RACE'");
        assertThat(jdbc.queryForObject("select count(*) from legal_entity where group_id = ? and external_key = 'RACE'",
                Integer.class, uuid(group))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConcurrentFinancialYearOfTheSamePeriodIsAConflict() throws Exception {
        String group = api.createGroup("Race years");
        String entity = api.createEntity(group, "Y", Map.of());
        UUID tenant = jdbc.queryForObject("select tenant_id from legal_entity where id = ?", UUID.class, uuid(entity));
        CompletableFuture<JsonNode>[] started = new CompletableFuture[1];
        JsonNode payload = race("insert into financial_year (id, tenant_id, legal_entity_id, period_end, headcount,"
                        + " annual_turnover, approved) values (?, ?, ?, ?, 1, 1, true)",
                new Object[] {UUID.randomUUID(), tenant, uuid(entity), java.time.LocalDate.parse("2025-12-31")},
                "financial_year", started,
                () -> api.mutate("recordFinancialYear", "RecordFinancialYearInput", Map.of("legalEntityId", entity,
                        "periodEnd", "2025-12-31", "figures", figures("10", "1000000", "500000")), "financialYear { id }"));
        JsonNode error = payload.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("CONFLICT");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"version\"]");
        assertThat(jdbc.queryForObject("select headcount from financial_year where legal_entity_id = ?", Integer.class,
                uuid(entity))).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConcurrentOpenHoldingOfTheSamePairIsDuplicate() throws Exception {
        String group = api.createGroup("Race holdings");
        String owner = api.createEntity(group, "O", Map.of());
        String owned = api.createEntity(group, "D", Map.of());
        UUID tenant = jdbc.queryForObject("select tenant_id from legal_entity where id = ?", UUID.class, uuid(owner));
        CompletableFuture<JsonNode>[] started = new CompletableFuture[1];
        JsonNode payload = race("insert into holding (id, tenant_id, group_id, owner_id, owned_id, capital_percent)"
                        + " values (?, ?, ?, ?, ?, 10)", new Object[] {UUID.randomUUID(), tenant, uuid(group), uuid(owner), uuid(owned)},
                "holding", started,
                () -> api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", owner, "ownedId", owned,
                        "capitalPercent", "20"), "holding { id }"));
        JsonNode error = payload.path("userErrors").get(0);
        assertThat(error.path("code").asString()).isEqualTo("DUPLICATE");
        assertThat(error.path("field").toString()).isEqualTo("[\"input\",\"ownedId\"]");
        assertThat(jdbc.queryForObject("select count(*) from holding where owned_id = ?", Integer.class, uuid(owned))).isEqualTo(1);
    }

    @Test
    void aSecondHoldingOfAPairWhileTheFirstIsValidIsDuplicate() {
        String group = api.createGroup("Pairs");
        String owner = api.createEntity(group, "O", Map.of());
        String owned = api.createEntity(group, "D", Map.of());
        api.createHolding(owner, owned, "10");
        JsonNode payload = api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", owner, "ownedId", owned,
                "capitalPercent", "20"), "holding { id }");
        assertThat(payload.path("userErrors").get(0).path("code").asString()).isEqualTo("DUPLICATE");
        assertThat(payload.path("userErrors").get(0).path("message").asString()).contains("'O' already holds 'D'");
    }

    // ---- updateLegalEntity: absent keeps, explicit null clears

    @Test
    void anExplicitNullClearsCountryRegistrationNumberAndInvestorCategoryWhileAnAbsentFieldKeepsThem() {
        String group = api.createGroup("Clear");
        String id = api.createEntity(group, "C", Map.of("country", "DE", "registrationNumber", "HRB 7",
                "investorCategory", "VENTURE_CAPITAL"));
        String select = "legalEntity { name country registrationNumber investorCategory version }";
        JsonNode kept = api.ok("updateLegalEntity", "UpdateLegalEntityInput", Map.of("id", id, "version", 0, "name", "Renamed"),
                select).path("legalEntity");
        assertThat(kept.path("name").asString()).isEqualTo("Renamed");
        assertThat(kept.path("country").asString()).isEqualTo("DE");
        assertThat(kept.path("registrationNumber").asString()).isEqualTo("HRB 7");
        assertThat(kept.path("investorCategory").asString()).isEqualTo("VENTURE_CAPITAL");

        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("id", id);
        clear.put("version", kept.path("version").asInt());
        clear.put("country", null);
        clear.put("registrationNumber", null);
        JsonNode cleared = api.ok("updateLegalEntity", "UpdateLegalEntityInput", clear, select).path("legalEntity");
        assertThat(cleared.path("country").isNull()).isTrue();
        assertThat(cleared.path("registrationNumber").isNull()).isTrue();
        assertThat(cleared.path("investorCategory").asString()).as("absent: kept").isEqualTo("VENTURE_CAPITAL");
        assertThat(cleared.path("name").asString()).isEqualTo("Renamed");
        assertThat(jdbc.queryForObject("select country is null and registration_number is null from legal_entity where id = ?",
                Boolean.class, uuid(id))).isTrue();

        Map<String, Object> clearInvestor = new LinkedHashMap<>();
        clearInvestor.put("id", id);
        clearInvestor.put("version", cleared.path("version").asInt());
        clearInvestor.put("investorCategory", null);
        JsonNode noInvestor = api.ok("updateLegalEntity", "UpdateLegalEntityInput", clearInvestor, select).path("legalEntity");
        assertThat(noInvestor.path("investorCategory").isNull()).isTrue();
        assertThat(noInvestor.path("country").isNull()).isTrue();
    }

    // ---- import: consolidated previous figures without own previous figures

    @Test
    void importStoresConsolidatedPreviousFiguresOfAnEnterpriseWithoutOwnPreviousFiguresAsTheStatelessAssessmentUsesThem() {
        Map<String, Object> parent = new LinkedHashMap<>();
        parent.put("key", "P");
        parent.put("activities", List.of(Map.of("type", "CLOUD_COMPUTING_SERVICE_PROVIDER")));
        parent.put("figures", figures("30", "8000000", "6000000"));
        // no previousFigures of its own; consolidated accounts with previous figures
        parent.put("consolidatedAccounts", Map.of("figures", figures("300", "80000000", "60000000"),
                "previousFigures", figures("20", "4000000", "3000000"), "includes", List.of("S")));
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("key", "S");
        sub.put("activities", List.of(Map.of("type", "CLOUD_COMPUTING_SERVICE_PROVIDER")));
        sub.put("figures", figures("270", "72000000", "54000000"));
        sub.put("previousFigures", figures("10", "1000000", "1000000"));
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("enterprises", List.of(parent, sub));
        structure.put("holdings", List.of(Map.of("owner", "P", "owned", "S", "capitalPercent", "100", "votingPercent", "100")));

        String selection = "key sizeClass aggregatedFigures { headcount annualTurnover { amount } }"
                + " assessment { entityClass reasoning { rule outcome explanation } }";
        JsonNode stateless = api.gql("query A($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { "
                + selection + " } } }", Map.of("s", structure));
        assertThat(stateless.path("errors").isMissingNode()).as("%s", stateless).isTrue();

        String group = api.createGroup("Consolidated");
        api.ok("importGroupStructure", "ImportGroupStructureInput", Map.of("groupId", group, "structure", structure,
                "periodEnd", "2025-12-31"), "createdEntities");
        JsonNode years = api.gql("query G($id: ID!) { group(id: $id) { entities(first: 10) { edges { node { key"
                + " financialYears(first: 5) { edges { node { periodEnd consolidatedAccounts { figures { headcount }"
                + " previousFigures { headcount } includes { key } } } } } } } } } }", Map.of("id", group))
                .path("data").path("group").path("entities").path("edges");
        JsonNode parentYears = years.get(0).path("node").path("financialYears").path("edges");
        assertThat(parentYears.size()).as("no made-up previous year").isEqualTo(1);
        JsonNode accounts = parentYears.get(0).path("node").path("consolidatedAccounts");
        assertThat(accounts.path("previousFigures").path("headcount").asString()).isEqualTo("20");
        assertThat(accounts.path("includes").get(0).path("key").asString()).isEqualTo("S");

        JsonNode run = api.ok("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", "2026-06-30"),
                "groupAssessment { results(first: 10) { edges { node { result { " + selection + " } } } } }");
        JsonNode stored = run.path("groupAssessment").path("results").path("edges");
        JsonNode expected = stateless.path("data").path("assessGroupStructure").path("enterprises");
        assertThat(stored.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(stored.get(i).path("node").path("result")).as("stored result of %s", expected.get(i).path("key"))
                    .isEqualTo(expected.get(i));
        }
        // S (which has previous figures) is sized on the linked group's previous period: P's consolidated previous
        // figures (20 AWU); had they been dropped, P's latest figures would stand in (30 + 10 = 40 AWU)
        assertThat(stored.get(1).path("node").path("result").path("assessment").path("reasoning").toString())
                .contains("Previous period: 20 AWU");
    }

    // ---- import: a large import analyzes the group tables once it has committed

    @Test
    void aLargeImportAnalyzesTheGroupTablesSoThatTheNextQueriesArePlannedForTheirSize() {
        String group = api.createGroup("Statistics");
        java.sql.Timestamp before = jdbc.queryForObject("select now()", java.sql.Timestamp.class);
        api.ok("importGroupStructure", "ImportGroupStructureInput", Map.of("groupId", group, "structure",
                GroupApi.randomStructure(7, 1_000)), "createdEntities");
        // ANALYZE run as the schema owner (the application role cannot analyze a table it does not own)
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (String table : List.of("legal_entity", "holding", "financial_year")) {
                java.sql.Timestamp analyzed = jdbc.queryForObject("select last_analyze from pg_stat_user_tables"
                        + " where schemaname = current_schema() and relname = ?", java.sql.Timestamp.class, table);
                assertThat(analyzed).as(table).isNotNull().isAfterOrEqualTo(before);
            }
        });
    }

    // ---- import: a pair whose holding has ended gets a new holding that starts when the old one ended

    @Test
    void anImportedHoldingOfAPairWhoseHoldingEndedStartsWhenTheOldOneEnded() {
        Map<String, Object> structure = Map.of(
                "enterprises", List.of(Map.of("key", "A", "figures", figures("10", "1000000", "1000000")),
                        Map.of("key", "B", "figures", figures("10", "1000000", "1000000"))),
                "holdings", List.of(Map.of("owner", "A", "owned", "B", "capitalPercent", "60", "votingPercent", "60")));
        String group = api.createGroup("Ended pair");
        api.ok("importGroupStructure", "ImportGroupStructureInput", Map.of("groupId", group, "structure", structure,
                "periodEnd", "2024-12-31"), "createdEntities");
        JsonNode held = api.gql("query G($id: ID!) { group(id: $id) { entities(first: 5) { edges { node { key"
                + " holdings(first: 5) { edges { node { id version } } } } } } } }", Map.of("id", group))
                .path("data").path("group").path("entities").path("edges").get(0).path("node").path("holdings")
                .path("edges").get(0).path("node");
        api.ok("endHolding", "EndHoldingInput", Map.of("id", held.path("id").asString(), "version",
                held.path("version").asInt(), "validTo", "2025-07-01"), "holding { id }");

        // imported again: the open holding is gone, so a new one is created, from the day the old one ended
        api.ok("importGroupStructure", "ImportGroupStructureInput", Map.of("groupId", group, "structure", structure,
                "periodEnd", "2024-12-31"), "createdEntities");
        List<Map<String, Object>> rows = jdbc.queryForList("select valid_from, valid_to from holding where group_id = ?"
                + " order by valid_to nulls last", uuid(group));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("valid_to")).hasToString("2025-07-01");
        assertThat(rows.get(1).get("valid_from")).as("the new holding starts when the old one ended").hasToString("2025-07-01");
        assertThat(rows.get(1).get("valid_to")).isNull();
        // a run before that day counts the old holding once, a run after it the new one once (60 % each time)
        for (String asOf : List.of("2025-03-31", "2025-09-30")) {
            JsonNode run = api.ok("runGroupAssessment", "RunGroupAssessmentInput", Map.of("groupId", group, "asOf", asOf),
                    "groupAssessment { results(first: 5) { edges { node { result { aggregatedFigures { headcount } } } } } }");
            JsonNode edges = run.path("groupAssessment").path("results").path("edges");
            assertThat(edges.size()).isEqualTo(2);
            for (JsonNode edge : edges) {
                assertThat(edge.path("node").path("result").path("aggregatedFigures").path("headcount").asString())
                        .as("A and B linked once on %s", asOf).isEqualTo("20");
            }
        }
    }

    // ---- createHolding: the capital check looks at every holding whose validity overlaps the new one

    @Test
    void theCapitalCheckConsidersEndedHoldingsThatOverlapTheNewOnesValidity() {
        String group = api.createGroup("Overlap");
        String a = api.createEntity(group, "A", Map.of());
        String b = api.createEntity(group, "B", Map.of());
        String c = api.createEntity(group, "C", Map.of());
        String owned = api.createEntity(group, "D", Map.of());
        // A held 60 % of D from 2020 until 2024-01-01
        JsonNode held = api.ok("createHolding", "CreateHoldingInput", Map.of("ownerId", a, "ownedId", owned,
                "capitalPercent", "60", "validFrom", "2020-01-01"), "holding { id version }").path("holding");
        api.ok("endHolding", "EndHoldingInput", Map.of("id", held.path("id").asString(), "version", held.path("version").asInt(),
                "validTo", "2024-01-01"), "holding { id }");

        // B from 2023-06-01: overlaps A's 60 % until 2024-01-01 -> 60 + 50 > 100
        JsonNode refused = api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", b, "ownedId", owned,
                "capitalPercent", "50", "validFrom", "2023-06-01"), "holding { id }");
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID");
        assertThat(refused.path("userErrors").get(0).path("field").toString()).isEqualTo("[\"input\",\"capitalPercent\"]");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("110").contains("2023-06-01");
        // without validFrom (since always) it overlaps too
        JsonNode always = api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", b, "ownedId", owned,
                "capitalPercent", "50"), "holding { id }");
        assertThat(always.path("userErrors").get(0).path("code").asString()).isEqualTo("INVALID");

        // from the day A's holding ended there is room: 50 % from 2024-01-01
        api.ok("createHolding", "CreateHoldingInput", Map.of("ownerId", b, "ownedId", owned, "capitalPercent", "50",
                "validFrom", "2024-01-01"), "holding { id }");
        // a holding starting before (2023-01-01) that is still open overlaps both A (60) and B (50 from 2024): 60 + 45 > 100
        JsonNode early = api.mutate("createHolding", "CreateHoldingInput", Map.of("ownerId", c, "ownedId", owned,
                "capitalPercent", "45", "validFrom", "2023-01-01"), "holding { id }");
        assertThat(early.path("userErrors").get(0).path("message").asString()).contains("105");
        // 40 % from 2023-01-01: 60 + 40 until 2024, then 50 + 40: never more than 100
        api.ok("createHolding", "CreateHoldingInput", Map.of("ownerId", c, "ownedId", owned, "capitalPercent", "40",
                "validFrom", "2023-01-01"), "holding { id }");
        assertThat(jdbc.queryForObject("select count(*) from holding where owned_id = ?", Integer.class, uuid(owned))).isEqualTo(3);
    }
}
