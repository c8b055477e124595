package eu.nis2assessor.adapter.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.adapter.graphql.limits.DocumentShape.OperationShape;
import graphql.parser.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentShapeTest {

    private static DocumentShape.Result shape(String query) {
        return DocumentShape.of(Parser.parse(query));
    }

    private static OperationShape only(String query) {
        DocumentShape.Result result = shape(query);
        assertThat(result.operations()).hasSize(1);
        return result.operations().getFirst();
    }

    static String nested(int depth) {
        return "{ " + "a { ".repeat(depth - 1) + "b" + " }".repeat(depth - 1) + " }";
    }

    @Test
    void depthCountsFieldLevelsThroughFragments() {
        assertThat(only("{ a }").depth()).isEqualTo(1);
        assertThat(only("{ a { b { c } } d }").depth()).isEqualTo(3);
        assertThat(only(nested(50)).depth()).isEqualTo(50);
        assertThat(only("{ a { ...F ... on X { y { z } } } } fragment F on X { p { q { r } } }").depth()).isEqualTo(4);
    }

    @Test
    void graphiqlsIntrospectionQueryIsFourteenDeep() {
        // __schema types fields args type, then 8 x ofType, then name: the default maximum (15) must stay above it.
        assertThat(only(TestSchema.resource("limits/graphiql-introspection.graphql")).depth()).isEqualTo(14);
    }

    @Test
    void aliasesAreCountedWithFragmentsExpanded() {
        StringBuilder thousand = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            thousand.append(" a").append(i).append(": rulesVersion");
        }
        assertThat(only(thousand.append(" }").toString()).aliases()).isEqualTo(1000);
        assertThat(only("{ x: a { ...F } y: b { ...F } } fragment F on T { p: q r: s }").aliases()).isEqualTo(2 + 2 * 2);
    }

    @Test
    void rootFieldsAreTheFieldsAtTheRootWithFragmentsExpanded() {
        assertThat(only("{ a b ... on Query { c } ...F } fragment F on Query { d e { f g h } }").rootFields()).isEqualTo(5);
    }

    @Test
    void introspectionIsNoticedAnywhere() {
        assertThat(only("{ a __typename }").introspection()).isFalse();
        assertThat(only("{ __schema { types { name } } }").introspection()).isTrue();
        assertThat(only("{ ...F } fragment F on Query { x { __type(name: \"Query\") { name } } }").introspection()).isTrue();
    }

    @Test
    void everyOperationIsMeasured() {
        DocumentShape.Result result = shape("query A { a } query B { b { c } } mutation M { m }");
        assertThat(result.operations()).extracting(OperationShape::name).containsExactly("A", "B", "M");
        assertThat(result.operations()).extracting(OperationShape::depth).containsExactly(1, 2, 1);
    }

    @Test
    void fragmentCyclesAreReportedNotFollowed() {
        assertThat(shape("{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }").fragmentCycle())
                .contains(List.of("A", "B", "A"));
        assertThat(shape("{ ...S } fragment S on Query { s { ...S } }").fragmentCycle()).contains(List.of("S", "S"));
        assertThat(shape("{ a } fragment U on Query { ...V } fragment V on Query { ...U }").fragmentCycle())
                .as("a cycle among fragments no operation spreads").isPresent();
        assertThat(shape("{ ...A ...A } fragment A on Query { ...B } fragment B on Query { b }").fragmentCycle()).isEmpty();
    }

    @Test
    void exponentialFragmentFanOutIsMeasuredInLinearTimeAndSaturates() {
        StringBuilder query = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < 80; i++) {
            query.append("fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }\n");
        }
        query.append("fragment F80 on Query { x: a }\n");
        OperationShape shape = only(query.toString());
        assertThat(shape.rootFields()).isEqualTo(Long.MAX_VALUE);
        assertThat(shape.aliases()).isEqualTo(Long.MAX_VALUE);
        assertThat(shape.depth()).isEqualTo(1);
    }
}
