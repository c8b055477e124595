package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.graphql.audit.MutationAuditInstrumentation;
import eu.nis2assessor.adapter.graphql.execution.SelectiveInstrumentationChain;
import eu.nis2assessor.adapter.graphql.limits.AbuseLimitsInstrumentation;
import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.bootstrap.support.OwnerJdbc;
import eu.nis2assessor.bootstrap.support.Tenants;
import eu.nis2assessor.bootstrap.support.TestHttp;
import eu.nis2assessor.domain.access.Scope;
import graphql.schema.GraphQLFieldDefinition;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import tools.jackson.databind.JsonNode;

/**
 * A caller without a mutation's scope gets {@code FORBIDDEN} before its input is read: never {@code userErrors}
 * about the input. And every mutation of the schema has its scope in {@link MutationScopeInstrumentation}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MutationScopeTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    TokenDigestPort digests;

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void aViewerSendingInvalidInputIsForbiddenNotToldWhatIsInvalid() {
        Tenants tenants = new Tenants(OwnerJdbc.of(environment), digests);
        UUID tenant = tenants.create("scope-first " + UUID.randomUUID());
        String viewer = tenants.token(tenant, Scope.ASSESS_READ, Scope.GROUPS_READ);

        JsonNode answer = TestHttp.as(port, viewer).graphQl("""
                mutation { createHolding(input: { ownerId: "nonsense", ownedId: "nonsense", capitalPercent: "250" }) {
                  userErrors { field message code } } }""");

        assertThat(answer.path("errors").path(0).path("extensions").path("classification").asString()).isEqualTo("FORBIDDEN");
        assertThat(answer.path("errors").path(0).path("message").asString()).contains("groups:write");
        assertThat(answer.toString()).doesNotContain("capitalPercent", "between 0 and 100");
    }

    @Test
    void everyMutationOfTheSchemaHasItsScope() {
        List<String> mutations = graphQlSource.schema().getMutationType().getFieldDefinitions().stream()
                .map(GraphQLFieldDefinition::getName).toList();
        assertThat(MutationScopeInstrumentation.SCOPES.keySet()).containsExactlyInAnyOrderElementsOf(mutations);
        assertThat(MutationScopeInstrumentation.required("somethingNew")).containsExactlyInAnyOrder(Scope.values());
        assertThat(Map.copyOf(MutationScopeInstrumentation.SCOPES)).containsEntry("runGroupAssessment", Scope.ASSESSMENTS_RUN);
    }

    @Test
    void theServedGraphQlRunsEveryInstrumentationThroughTheSelectiveChain() {
        assertThat(graphQlSource.graphQl().getInstrumentation()).isInstanceOf(SelectiveInstrumentationChain.class);
        SelectiveInstrumentationChain chain = (SelectiveInstrumentationChain) graphQlSource.graphQl().getInstrumentation();

        assertThat(chain.getInstrumentations())
                .hasAtLeastOneElementOfType(MutationScopeInstrumentation.class)
                .hasAtLeastOneElementOfType(MutationAuditInstrumentation.class)
                .hasAtLeastOneElementOfType(AbuseLimitsInstrumentation.class)
                .hasAtLeastOneElementOfType(GraphQlObservationInstrumentation.class);
        // none of them needs a per-field hook, so none is called for every field
        assertThat(chain.activeFieldHooks()).isEmpty();
    }
}
