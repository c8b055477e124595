package eu.nis2assessor.adapter.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.group.EnterpriseRelation;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.IdentificationGround;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.supervision.SupervisionRegime;
import graphql.language.AbstractDescribedNode;
import graphql.language.AstPrinter;
import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The served schema against the fixed public contract (test resource {@code contract/assessment-contract.graphqls},
 * copied from shared/spec/graphql-contract.md): every type, field, argument, enum value and default named there
 * exists with the same type; every element of {@code assessment.graphqls} has a description; the schema's enums
 * are exactly the domain's, so that input maps onto the domain and domain values serialise.
 */
class AssessmentSchemaContractTest {

    private static final TypeDefinitionRegistry SERVED = parse("graphql/schema.graphqls", "graphql/assessment.graphqls");
    private static final TypeDefinitionRegistry CONTRACT = parse("contract/assessment-contract.graphqls");
    private static final TypeDefinitionRegistry ASSESSMENT = parse("graphql/assessment.graphqls");

    @Test
    void everyContractTypeFieldArgumentAndDefaultIsServed() {
        List<String> problems = new ArrayList<>();
        for (TypeDefinition<?> expected : CONTRACT.types().values()) {
            String name = expected.getName();
            switch (expected) {
                case ObjectTypeDefinition object -> {
                    Map<String, FieldDefinition> served = servedFields(name);
                    if (served.isEmpty()) {
                        problems.add("missing type " + name);
                    }
                    for (FieldDefinition field : object.getFieldDefinitions()) {
                        FieldDefinition actual = served.get(field.getName());
                        if (actual == null) {
                            problems.add("missing field " + name + "." + field.getName());
                            continue;
                        }
                        compare(name + "." + field.getName(), print(field), print(actual), problems);
                    }
                }
                case InputObjectTypeDefinition input -> {
                    Map<String, InputValueDefinition> served = new LinkedHashMap<>();
                    SERVED.getType(name, InputObjectTypeDefinition.class)
                            .ifPresentOrElse(t -> t.getInputValueDefinitions().forEach(f -> served.put(f.getName(), f)),
                                    () -> problems.add("missing input " + name));
                    for (InputValueDefinition field : input.getInputValueDefinitions()) {
                        InputValueDefinition actual = served.get(field.getName());
                        if (actual == null) {
                            problems.add("missing input field " + name + "." + field.getName());
                            continue;
                        }
                        compare(name + "." + field.getName(), print(field), print(actual), problems);
                    }
                }
                case EnumTypeDefinition enumType -> SERVED.getType(name, EnumTypeDefinition.class).ifPresentOrElse(
                        t -> compare(name, values(enumType).toString(), values(t).toString(), problems),
                        () -> problems.add("missing enum " + name));
                case ScalarTypeDefinition scalar -> {
                    if (SERVED.scalars().get(name) == null) {
                        problems.add("missing scalar " + name);
                    }
                }
                default -> problems.add("unexpected kind of contract type " + name);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void consolidatedAccountsTakePreviousFiguresAsAnOptionalAddition() {
        InputObjectTypeDefinition input = SERVED.getType("ConsolidatedAccountsInput", InputObjectTypeDefinition.class).orElseThrow();
        assertThat(input.getInputValueDefinitions()).filteredOn(f -> f.getName().equals("previousFigures"))
                .singleElement().satisfies(f -> assertThat(print(f)).isEqualTo("previousFigures: SizeFiguresInput"));
    }

    @Test
    void everyElementOfTheAssessmentSchemaIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        ASSESSMENT.types().values().forEach(type -> describeAll(type, undescribed));
        ASSESSMENT.scalars().values().stream().filter(s -> s.getSourceLocation() != null
                && s.getSourceLocation().getSourceName() != null).forEach(s -> check(s, "scalar " + s.getName(), undescribed));
        ASSESSMENT.objectTypeExtensions().values().forEach(list -> list.forEach(ext -> describeAll(ext, undescribed)));
        assertThat(undescribed).isEmpty();
        assertThat(ASSESSMENT.scalars()).containsKey("Decimal");
        assertThat(description(ASSESSMENT.scalars().get("Decimal"))).isNotBlank();
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("EntityClass", EntityClass.class), Arguments.of("SizeClass", SizeClass.class),
                Arguments.of("SupervisionRegime", SupervisionRegime.class), Arguments.of("EntityType", EntityType.class),
                Arguments.of("IdentificationGround", IdentificationGround.class), Arguments.of("Exclusion", Exclusion.class),
                Arguments.of("InvestorCategory", InvestorCategory.class), Arguments.of("ControlRight", ControlRight.class),
                Arguments.of("EnterpriseRelation", EnterpriseRelation.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void schemaEnumsAreTheDomainEnums(String name, Class<? extends Enum<?>> domain) {
        EnumTypeDefinition served = SERVED.getType(name, EnumTypeDefinition.class).orElseThrow();
        assertThat(values(served)).containsExactlyElementsOf(
                Arrays.stream(domain.getEnumConstants()).map(Enum::name).toList());
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static void describeAll(TypeDefinition<?> type, List<String> undescribed) {
        if (type instanceof AbstractDescribedNode<?> described && !(type instanceof graphql.language.ObjectTypeExtensionDefinition)) {
            check(described, type.getName(), undescribed);
        }
        switch (type) {
            case ObjectTypeDefinition object -> object.getFieldDefinitions().forEach(f -> {
                check(f, type.getName() + "." + f.getName(), undescribed);
                f.getInputValueDefinitions().forEach(a -> check(a, type.getName() + "." + f.getName() + "(" + a.getName() + ")", undescribed));
            });
            case InputObjectTypeDefinition input -> input.getInputValueDefinitions()
                    .forEach(f -> check(f, type.getName() + "." + f.getName(), undescribed));
            case EnumTypeDefinition enumType -> enumType.getEnumValueDefinitions()
                    .forEach(v -> check(v, type.getName() + "." + v.getName(), undescribed));
            default -> { }
        }
    }

    private static void check(AbstractDescribedNode<?> node, String what, List<String> undescribed) {
        if (description(node).isBlank()) {
            undescribed.add(what);
        }
    }

    private static String description(AbstractDescribedNode<?> node) {
        Description d = node.getDescription();
        return d == null || d.getContent() == null ? "" : d.getContent();
    }

    private static Map<String, FieldDefinition> servedFields(String type) {
        Map<String, FieldDefinition> fields = new LinkedHashMap<>();
        SERVED.getType(type, ObjectTypeDefinition.class).ifPresent(t -> t.getFieldDefinitions().forEach(f -> fields.put(f.getName(), f)));
        SERVED.objectTypeExtensions().getOrDefault(type, List.of())
                .forEach(ext -> ext.getFieldDefinitions().forEach(f -> fields.put(f.getName(), f)));
        return fields;
    }

    private static List<String> values(EnumTypeDefinition type) {
        return type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList();
    }

    /** {@code name(arg: Type = default, ...): Type}, without descriptions or directives. */
    private static String print(FieldDefinition field) {
        StringBuilder s = new StringBuilder(field.getName());
        if (!field.getInputValueDefinitions().isEmpty()) {
            s.append('(').append(String.join(", ", field.getInputValueDefinitions().stream()
                    .map(AssessmentSchemaContractTest::print).toList())).append(')');
        }
        return s.append(": ").append(AstPrinter.printAst(field.getType())).toString();
    }

    private static String print(InputValueDefinition value) {
        String s = value.getName() + ": " + AstPrinter.printAst(value.getType());
        return value.getDefaultValue() == null ? s : s + " = " + AstPrinter.printAst(value.getDefaultValue());
    }

    private static void compare(String what, String expected, String actual, List<String> problems) {
        if (!expected.equals(actual)) {
            problems.add(what + ": contract says '" + expected + "', schema has '" + actual + "'");
        }
    }

    private static TypeDefinitionRegistry parse(String... resources) {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (String resource : resources) {
            try (InputStream in = AssessmentSchemaContractTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                registry.merge(new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(resource, e);
            }
        }
        return registry;
    }
}
