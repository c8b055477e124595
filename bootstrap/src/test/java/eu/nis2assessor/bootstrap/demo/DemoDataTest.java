package eu.nis2assessor.bootstrap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * {@code NIS2_DEMO_DATA=true}: the sample group is loaded on start and the README's three example queries answer
 * without errors, with real data. The context runs for a tenant of its own (the test suite's other tests put groups
 * into the default tenant, and the demo only loads into a tenant without groups).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "nis2.demo-data=true")
class DemoDataTest {

    @TestConfiguration
    static class OwnTenant {
        @Bean
        @Primary
        CurrentTenantPort demoTenant(TenantRepository tenants) {
            UUID id = UUID.randomUUID();
            tenants.saveAndFlush(new TenantEntity(id, "demo test " + id));
            TenantId tenant = new TenantId(id);
            return () -> tenant;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DemoData demoData;

    @Autowired
    eu.nis2assessor.bootstrap.tenant.DefaultTenant defaultTenant;

    JsonNode run(String query) {
        JsonNode answer = TestHttp.on(port).graphQl(query);
        assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty())
                .as("errors: %s", answer.path("errors")).isTrue();
        return answer.path("data");
    }

    @Test
    void theSampleGroupIsLoadedOnceWithItsStructure() {
        JsonNode data = run(DemoQueries.ENTITIES);
        assertThat(data.path("groups").path("edges")).hasSize(1);
        JsonNode group = data.path("groups").path("edges").get(0).path("node");
        assertThat(group.path("name").asString()).isEqualTo(DemoData.GROUP_NAME);
        List<String> countries = new ArrayList<>();
        group.path("entities").path("edges").forEach(e -> countries.add(e.path("node").path("country").asString()));
        assertThat(countries).hasSize(18).contains("DE", "FR", "NL");
        assertThat(eu.nis2assessor.bootstrap.security.SecurityContextCallers.runAs(
                eu.nis2assessor.domain.access.Caller.system(defaultTenant.id()), demoData::loadIfEmpty))
                .as("a second start loads nothing").isEmpty();
    }

    @Test
    void theAssessmentQueryShowsEssentialAndImportantEntities() {
        JsonNode assessment = run(DemoQueries.ASSESSMENT).path("groups").path("edges").get(0).path("node")
                .path("assessments").path("edges").get(0).path("node");
        assertThat(assessment.path("entityCount").asInt()).isEqualTo(18);
        assertThat(assessment.path("inputHash").asString()).hasSize(64);
        List<String> classes = new ArrayList<>();
        assessment.path("results").path("edges").forEach(e -> classes.add(e.path("node").path("entityClass").asString()));
        assertThat(classes).contains("ESSENTIAL", "IMPORTANT");
    }

    @Test
    void theArt20QueryShowsApprovalsTrainingsAndGaps() {
        JsonNode entities = run(DemoQueries.ACCOUNTABILITY).path("groups").path("edges").get(0).path("node")
                .path("entities").path("edges");
        JsonNode energie = null;
        JsonNode cloud = null;
        JsonNode netz = null;
        JsonNode france = null;
        int withView = 0;
        for (JsonNode edge : entities) {
            JsonNode node = edge.path("node");
            if (!node.path("managementAccountability").isNull()) {
                withView++;
            }
            switch (node.path("name").asString()) {
                case "Nordlicht Energie GmbH" -> energie = node.path("managementAccountability");
                case "Nordlicht Cloud GmbH" -> cloud = node.path("managementAccountability");
                case "Nordlicht Netz GmbH" -> netz = node.path("managementAccountability");
                case "Nordlicht France SAS" -> france = node.path("managementAccountability");
                case "Nordlicht Holding SE" -> assertThat(node.path("managementAccountability").isNull())
                        .as("the holding has no NIS2 activity").isTrue();
                default -> { }
            }
        }
        assertThat(withView).isGreaterThanOrEqualTo(10);
        assertThat(energie.path("measuresApproved").asBoolean()).isTrue();
        assertThat(energie.path("gaps")).isEmpty();
        assertThat(energie.path("approvedBy").findValuesAsString("name")).containsExactly("Markus Lindner", "Sabine Krüger");
        assertThat(energie.path("currentApproval").path("measuresVersion").asString()).isEqualTo("ISMS 3.3 (energy OT and IT)");

        assertThat(cloud.path("measuresApproved").asBoolean()).isFalse();
        assertThat(cloud.path("gaps").findValuesAsString("code"))
                .containsExactly("APPROVAL_OUTDATED", "MEMBER_TRAINING_OUTDATED", "MEMBER_NOT_TRAINED");
        assertThat(netz.path("gaps").findValuesAsString("code")).containsExactly("APPROVAL_BY_FORMER_BODY");
        assertThat(france.path("gaps").findValuesAsString("code"))
                .containsExactly("MEASURES_NOT_APPROVED", "MEMBER_NOT_TRAINED");
    }
}
