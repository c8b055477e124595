package eu.nis2assessor.adapter.graphql.limits;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Schemas for the limits' tests: a small one with Relay connections ({@code first} with a schema default of 20), plain
 * lists and a slow field, which main's schema does not have yet; and the served schema from the {@code .graphqls}
 * files.
 */
final class TestSchema {

    static final String SDL = """
            type Query {
              rulesVersion: String!
              tags: [String!]!
              items: [Item!]!
              groups(first: Int = 20, after: String): GroupConnection!
              unpaged(first: Int): GroupConnection!
              group(id: ID!): Group
              slow: Slow
            }
            type Mutation { touch: String }
            type GroupConnection { edges: [GroupEdge!]! nodes: [Group!]! pageInfo: PageInfo! }
            type GroupEdge { cursor: String! node: Group! }
            type PageInfo { hasNextPage: Boolean! endCursor: String }
            type Group { id: ID! name: String! entities(first: Int = 20, after: String): EntityConnection! members: [Group!]! }
            type EntityConnection { edges: [EntityEdge!]! pageInfo: PageInfo! }
            type EntityEdge { cursor: String! node: Entity! }
            type Entity { id: ID! name: String! labels: [String!]! }
            type Item { name: String! }
            type Slow { value: String! again: Slow }
            """;

    private TestSchema() {
    }

    /** The small schema; {@code slow} sleeps {@code slowMillis} per fetch, everything else answers at once. */
    static GraphQLSchema small(long slowMillis) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(SDL);
        Map<String, Object> group = Map.of("id", "G1", "name", "Group", "members", List.of());
        Map<String, Object> connection = Map.of("edges", List.of(Map.of("cursor", "c", "node", group)),
                "nodes", List.of(group), "pageInfo", Map.of("hasNextPage", false));
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type(TypeRuntimeWiring.newTypeWiring("Query")
                        .dataFetcher("rulesVersion", env -> "test")
                        .dataFetcher("tags", env -> List.of("a", "b"))
                        .dataFetcher("items", env -> List.of(Map.of("name", "i")))
                        .dataFetcher("groups", env -> connection)
                        .dataFetcher("unpaged", env -> connection)
                        .dataFetcher("group", env -> group)
                        .dataFetcher("slow", env -> sleep(slowMillis)))
                .type(TypeRuntimeWiring.newTypeWiring("Slow")
                        .dataFetcher("value", env -> "done")
                        .dataFetcher("again", env -> sleep(slowMillis)))
                .build();
        return new SchemaGenerator().makeExecutableSchema(registry, wiring);
    }

    /** The served schema (schema.graphqls and assessment.graphqls), without data fetchers. */
    static GraphQLSchema served() {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String file : List.of("graphql/schema.graphqls", "graphql/assessment.graphqls")) {
            registry.merge(parser.parse(resource(file)));
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static String resource(String name) {
        try (InputStream in = TestSchema.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Map.of("value", "done");
    }
}
