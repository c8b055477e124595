package eu.nis2assessor.bootstrap.groups;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.bootstrap.support.StatementCounter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * No N+1: the SQL statements of a page of 100 entities with their holdings, owners and latest financial years are
 * counted ({@link StatementCounter}: datasource-proxy around the application's DataSource; a JDBC batch counts once)
 * for a group of 10 and of 1,000 entities, and must be the same and at most 10; {@code runGroupAssessment} of 1,000
 * entities takes at most 10.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
class StatementCountTest {

    private static final Logger LOG = LoggerFactory.getLogger(StatementCountTest.class);

    static final String PAGE = """
            query Page($id: ID!) { group(id: $id) { name entities(first: 100) { edges { node { key name
              holdings { edges { node { capitalPercent owned { key } } } }
              owners { edges { node { votingPercent owner { key } } } }
              financialYears(first: 1) { edges { node { periodEnd figures { headcount annualTurnover { amount } } } } }
            } } } } }""";

    @LocalServerPort
    int port;

    private String importGroup(GroupApi api, int size) {
        String group = api.createGroup("Counted " + size);
        api.ok("importGroupStructure", "ImportGroupStructureInput", Map.of("groupId", group, "structure",
                GroupApi.structure(size, Math.min(size - 1, 30), null), "periodEnd", "2025-12-31"), "group { id }");
        return group;
    }

    @Test
    void aPageOf100EntitiesWithHoldingsOwnersAndYearsTakesTheSameStatementsFor10And1000() {
        GroupApi api = new GroupApi(port);
        String small = importGroup(api, 10);
        String large = importGroup(api, 1000);
        JsonNode[] page = new JsonNode[1];
        long smallCount = StatementCounter.count(() -> page[0] = api.gql(PAGE, Map.of("id", small)));
        assertThat(page[0].path("data").path("group").path("entities").path("edges").size()).isEqualTo(10);
        long largeCount = StatementCounter.count(() -> page[0] = api.gql(PAGE, Map.of("id", large)));
        JsonNode edges = page[0].path("data").path("group").path("entities").path("edges");
        assertThat(edges.size()).isEqualTo(100);
        assertThat(edges.get(0).path("node").path("holdings").path("edges").size()).isEqualTo(20);
        assertThat(edges.get(1).path("node").path("owners").path("edges").size()).isEqualTo(1);
        assertThat(edges.get(1).path("node").path("financialYears").path("edges").size()).isEqualTo(1);
        LOG.info("Statements for a page of 100 entities: group of 10 -> " + smallCount + ", group of 1000 -> " + largeCount);
        assertThat(largeCount).isEqualTo(smallCount).isLessThanOrEqualTo(10);
    }

    @Test
    void runGroupAssessmentOf1000EntitiesTakesAtMost10Statements() {
        GroupApi api = new GroupApi(port);
        String group = importGroup(api, 1000);
        JsonNode[] payload = new JsonNode[1];
        long statements = StatementCounter.count(() -> payload[0] = api.ok("runGroupAssessment", "RunGroupAssessmentInput",
                Map.of("groupId", group, "asOf", "2026-06-30"), "groupAssessment { entityCount inputHash }"));
        assertThat(payload[0].path("groupAssessment").path("entityCount").asInt()).isEqualTo(1000);
        LOG.info("Statements for runGroupAssessment of 1000 entities: " + statements);
        assertThat(statements).isLessThanOrEqualTo(10);
    }
}
