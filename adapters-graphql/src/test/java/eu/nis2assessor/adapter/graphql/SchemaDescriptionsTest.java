package eu.nis2assessor.adapter.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.language.UnionTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The public contract asks for a description on every type, field, argument, input field and enum value in
 * the schema files. Fails naming each element that has none.
 */
class SchemaDescriptionsTest {

    @Test
    void everySchemaElementHasADescription() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
        assertThat(files).isNotEmpty();
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Resource file : files) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        List<String> missing = new ArrayList<>();
        Stream<TypeDefinition> all = Stream.concat(registry.types().values().stream(),
                registry.scalars().values().stream().filter(s -> !ScalarTypeDefinition.class.equals(s.getClass()) || !isBuiltIn(s.getName())));
        all.forEach(type -> {
            check(missing, type.getName(), type);
            if (type instanceof ObjectTypeDefinition object) {
                object.getFieldDefinitions().forEach(f -> checkField(missing, type.getName(), f));
            } else if (type instanceof InterfaceTypeDefinition iface) {
                iface.getFieldDefinitions().forEach(f -> checkField(missing, type.getName(), f));
            } else if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(v -> check(missing, type.getName() + "." + v.getName(), v));
            } else if (type instanceof EnumTypeDefinition enumType) {
                enumType.getEnumValueDefinitions().forEach(v -> check(missing, type.getName() + "." + v.getName(), v));
            } else if (type instanceof UnionTypeDefinition) {
                // described above; no members to describe
            }
        });
        registry.objectTypeExtensions().values().stream().flatMap(List::stream)
                .forEach(ext -> ext.getFieldDefinitions().forEach(f -> checkField(missing, ext.getName(), f)));
        assertThat(missing).as("schema elements without a description").isEmpty();
        assertThat(registry.getType("Query")).isPresent();
    }

    private static boolean isBuiltIn(String name) {
        return List.of("String", "Int", "Float", "Boolean", "ID").contains(name);
    }

    private static void checkField(List<String> missing, String owner, FieldDefinition field) {
        check(missing, owner + "." + field.getName(), field);
        field.getInputValueDefinitions().forEach(arg -> check(missing, owner + "." + field.getName() + "(" + arg.getName() + ")", arg));
    }

    private static void check(List<String> missing, String name, Object node) {
        if (node instanceof AbstractDescribedNode<?> described
                && (described.getDescription() == null || described.getDescription().getContent().isBlank())) {
            missing.add(name);
        }
    }
}
