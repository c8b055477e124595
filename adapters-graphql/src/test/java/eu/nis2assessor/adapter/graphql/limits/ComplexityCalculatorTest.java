package eu.nis2assessor.adapter.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The list-size-aware complexity estimate, on a small schema with Relay connections (main's schema has no field with a
 * {@code first} argument yet) and on the served schema with the queries of the README and the HTTP tests.
 */
class ComplexityCalculatorTest {

    private static final GraphQLSchema SMALL = TestSchema.small(0);
    private static final int LIST = 20;
    private final ComplexityCalculator calculator = new ComplexityCalculator(SMALL, LIST);

    private long cost(String query) {
        return cost(query, Map.of());
    }

    private long cost(String query, Map<String, ?> variables) {
        return cost(calculator, query, variables);
    }

    private static long cost(ComplexityCalculator calculator, String query, Map<String, ?> variables) {
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).getFirst();
        return calculator.cost(document, operation, variables);
    }

    @Test
    void leavesCostOneAndAListOfLeavesIsALeaf() {
        assertThat(cost("{ rulesVersion }")).isEqualTo(1);
        assertThat(cost("{ rulesVersion tags __typename }")).isEqualTo(3);
    }

    @Test
    void aPlainListOfObjectsCostsTheDefaultListSizeTimesItsSelection() {
        assertThat(cost("{ items { name } }")).isEqualTo(LIST * (1 + 1));
    }

    @Test
    void firstMultipliesTheConnectionAndItsEdgesAreNotCountedAgain() {
        // groups: 10 x (1 + edges (1 + cursor 1 + node (1 + id 1 + name 1)) + pageInfo (1 + 1)) = 10 x 8
        assertThat(cost("{ groups(first: 10) { edges { cursor node { id name } } pageInfo { hasNextPage } } }"))
                .isEqualTo(10 * 8);
        assertThat(cost("{ groups(first: 10) { nodes { id } } }")).isEqualTo(10 * (1 + 2));
    }

    @Test
    void aMillionFirstIsAMillionTimesTheSelection() {
        assertThat(cost("{ groups(first: 1000000) { nodes { id name } } }")).isEqualTo(1_000_000L * (1 + 3));
    }

    @Test
    void firstFromAVariableItsDefaultOrTheSchemaDefault() {
        String query = "query($n: Int) { groups(first: $n) { nodes { id } } }";
        assertThat(cost(query, Map.of("n", 5))).isEqualTo(5 * 3);
        assertThat(cost(query, Map.of("n", new java.math.BigDecimal("1000000")))).isEqualTo(1_000_000L * 3);
        assertThat(cost("query($n: Int = 7) { groups(first: $n) { nodes { id } } }")).isEqualTo(7 * 3);
        Map<String, Object> explicitNull = new HashMap<>();
        explicitNull.put("n", null);
        assertThat(cost(query, explicitNull)).as("null: the schema default (20)").isEqualTo(20 * 3);
        assertThat(cost("{ groups { nodes { id } } }")).as("absent: the schema default").isEqualTo(20 * 3);
        assertThat(cost("{ unpaged { nodes { id } } }")).as("no schema default: default list size").isEqualTo(LIST * 3);
        assertThat(cost("{ groups(first: -5) { nodes { id } } }")).isZero();
    }

    @Test
    void aCostSaysWhetherItDependsOnTheVariables() {
        Document constant = Parser.parse("query($n: Int) { groups(first: 5) { nodes { id } } items { name } }");
        Document variable = Parser.parse("query($n: Int) { groups(first: $n) { nodes { id } } }");
        ComplexityCalculator.Cost fixed = calculator.costing(Map.of(),
                constant.getDefinitionsOfType(OperationDefinition.class).getFirst(), Map.of("n", 9));
        ComplexityCalculator.Cost paged = calculator.costing(Map.of(),
                variable.getDefinitionsOfType(OperationDefinition.class).getFirst(), Map.of("n", 9));
        assertThat(fixed.variableDependent()).as("a declared but unused variable does not count").isFalse();
        assertThat(fixed.cost()).isEqualTo(5 * 3 + LIST * 2);
        assertThat(paged.variableDependent()).isTrue();
        assertThat(paged.cost()).isEqualTo(9 * 3);
    }

    @Test
    void nestedConnectionsMultiply() {
        long inner = 100 * (1 + (1 + (1 + 1 + 1)));           // entities(first: 100) { edges { node { id name } } }
        long outer = 50 * (1 + (1 + (1 + 1 + inner)));          // groups(first: 50) { edges { node { id entities } } }
        assertThat(cost("{ groups(first: 50) { edges { node { id entities(first: 100) { edges { node { id name } } } } } } }"))
                .isEqualTo(outer);
    }

    @Test
    void fragmentsAndInlineFragmentsAddTheirSelections() {
        String query = """
                { groups(first: 2) { nodes { ...G ... on Group { name } } } }
                fragment G on Group { id members { id } }""";
        // nodes: 1 + id 1 + members 20 x 2 + name 1
        assertThat(cost(query)).isEqualTo(2 * (1 + (1 + 1 + LIST * 2 + 1)));
    }

    @Test
    void exponentialFragmentFanOutIsCostedInLinearTimeAndSaturates() {
        StringBuilder query = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 80; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }\n");
        }
        query.append("fragment F80 on Query { rulesVersion }\n");
        assertThat(cost(query.toString())).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aFragmentCycleEndsTheCosting() {
        assertThat(cost("{ ...A } fragment A on Query { rulesVersion ...B } fragment B on Query { tags ...A }"))
                .isEqualTo(2);
    }

    @Test
    void unknownFieldsAndTypesCostAsLeavesPlusTheirSelection() {
        assertThat(cost("{ nope { a b } ... on Nope { c } }")).isEqualTo(1 + 2 + 1);
    }

    @Test
    void introspectionListsCountOnce() {
        assertThat(cost("{ __schema { types { name fields { name } } } }")).isEqualTo(1 + (1 + 1 + (1 + 1)));
        assertThat(cost(IntrospectionQuery.INTROSPECTION_QUERY)).isLessThan(1_000);
        assertThat(cost(TestSchema.resource("limits/graphiql-introspection.graphql"))).isLessThan(1_000);
    }

    // ------------------------------------------------------------------------------- the served schema, defaults

    private static final ComplexityCalculator SERVED = new ComplexityCalculator(TestSchema.served(),
            GraphQlLimitsProperties.defaults().defaultListSize());
    private static final long MAX = GraphQlLimitsProperties.defaults().maxComplexity();

    private static final String ASSESSMENT_FIELDS = """
            entityClass sizeClass legalBasis
            supervision { regime legalBasis authorityPowers }
            fineExposure { maximum { amount currency } fixedAmount { amount currency } turnoverPercentage
                           undertakingTurnover { amount currency } legalBasis }
            managementObligations { code description legalBasis }
            registrationObligations { code description legalBasis }
            reasoning { rule outcome legalBasis explanation }
            assumptions rulesVersion""";

    @Test
    void theFullAssessProfileSelectionIsCheap() {
        long cost = cost(SERVED, "query($p: EntityProfileInput!) { assessProfile(profile: $p) { " + ASSESSMENT_FIELDS
                + " } }", Map.of());
        assertThat(cost).isLessThan(1_000); // 282 in Nov 2026: reasoning, obligations are lists of 20
    }

    @Test
    void everyFieldOfAGroupAssessmentStaysUnderTheDefaultMaximum() {
        // Everything assessGroupStructure can answer, for every enterprise: 20 (list) x (contributions 20 x ... + assessment).
        String everything = """
                query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises {
                  key sizeClass
                  aggregatedFigures { headcount annualTurnover { amount currency } balanceSheetTotal { amount currency } }
                  undertakingWorldwideTurnover { amount currency }
                  contributions { key relation share legalBasis }
                  assessment { %s }
                } } }""".formatted(ASSESSMENT_FIELDS);
        long cost = cost(SERVED, everything, Map.of());
        assertThat(cost).isLessThan(MAX); // 7,921 in Nov 2026
        // 10,000 enterprises cost no more than 10: the input size does not enter the estimate.
        assertThat(cost(SERVED, "query($s: GroupStructureInput!) { assessGroupStructure(structure: $s) { enterprises { key sizeClass } } }",
                Map.of("s", Map.of("enterprises", java.util.Collections.nCopies(10_000, Map.of())))))
                .isEqualTo(1 + LIST * 3);
    }
}
