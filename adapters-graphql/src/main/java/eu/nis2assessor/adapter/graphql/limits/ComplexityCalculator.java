package eu.nis2assessor.adapter.graphql.limits;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.InputValueWithState;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Estimates what an operation costs to execute, before it runs. graphql-java's own calculator counts every field as 1,
 * whatever the size of the lists it returns; this one multiplies by the list size:
 * <ul>
 *   <li>a leaf (scalar or enum, also a list of them, and {@code __typename}) costs 1;</li>
 *   <li>an object field costs {@code 1 + children};</li>
 *   <li>a field with a {@code first} (or {@code last}) argument costs {@code first x (1 + children)}: the value is taken
 *       from the literal, else from the variable, else from the variable's default, else from the argument's schema
 *       default, else {@code defaultListSize}; a negative value counts as 0;</li>
 *   <li>the {@code edges} and {@code nodes} of a {@code *Connection} type are already counted by that {@code first}:
 *       they are not multiplied again;</li>
 *   <li>any other list of objects costs {@code defaultListSize x (1 + children)};</li>
 *   <li>inside {@code __schema} and {@code __type} lists count once: the schema bounds them, and graphql-java's
 *       good-faith introspection check refuses repeated introspection fields;</li>
 *   <li>fragments and inline fragments add the cost of their selections (all type conditions of an abstract type
 *       are added: an upper bound).</li>
 * </ul>
 * Works on unvalidated documents: unknown fields and types cost as leaves plus their selections; a fragment spread
 * that would recurse into a fragment already being costed adds nothing (cycles are refused elsewhere). Each
 * fragment is costed once per call, so exponential fragment fan-out takes linear time; sums saturate at
 * {@link Long#MAX_VALUE}.
 */
public final class ComplexityCalculator {

    private final GraphQLSchema schema;
    private final int defaultListSize;

    public ComplexityCalculator(GraphQLSchema schema, int defaultListSize) {
        this.schema = schema;
        this.defaultListSize = defaultListSize;
    }

    /** The cost of {@code operation}, with {@code variables} as sent (JSON numbers) or as coerced. */
    public long cost(Document document, OperationDefinition operation, Map<String, ?> variables) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }
        return cost(fragments, operation, variables);
    }

    /** The cost of {@code operation}, given the document's fragments by name. */
    public long cost(Map<String, FragmentDefinition> fragments, OperationDefinition operation, Map<String, ?> variables) {
        return costing(fragments, operation, variables).cost();
    }

    /**
     * The cost of {@code operation}, and whether it depends on the variables (a page size given as a variable): a
     * cost that does not holds for every execution of the same operation.
     */
    public Cost costing(Map<String, FragmentDefinition> fragments, OperationDefinition operation,
                        Map<String, ?> variables) {
        Costing costing = new Costing(fragments, operation, variables == null ? Map.of() : variables);
        long cost = costing.selections(operation.getSelectionSet(), rootType(operation), false);
        return new Cost(cost, costing.readVariables);
    }

    /** A cost, and whether a variable went into it. */
    public record Cost(long cost, boolean variableDependent) {
    }

    private GraphQLType rootType(OperationDefinition operation) {
        return switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    /** One costing of one operation: the fragment memo and the cycle guard live as long as it. */
    private final class Costing {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, VariableDefinition> variableDefinitions = new HashMap<>();
        private final Map<String, ?> variables;
        private final Map<String, Long> costed = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();
        private boolean readVariables;

        Costing(Map<String, FragmentDefinition> fragments, OperationDefinition operation, Map<String, ?> variables) {
            this.fragments = fragments;
            this.variables = variables;
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                variableDefinitions.put(definition.getName(), definition);
            }
        }

        long selections(SelectionSet selectionSet, GraphQLType parent, boolean introspection) {
            if (selectionSet == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                long cost;
                if (selection instanceof Field field) {
                    cost = field(field, parent, introspection);
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLType type = inline.getTypeCondition() == null ? parent
                            : schema.getType(inline.getTypeCondition().getName());
                    cost = selections(inline.getSelectionSet(), type, introspection);
                } else if (selection instanceof FragmentSpread spread) {
                    cost = fragment(spread.getName(), introspection);
                } else {
                    cost = 0;
                }
                total = Saturating.add(total, cost);
            }
            return total;
        }

        private long fragment(String name, boolean introspection) {
            String key = introspection ? name + "\u0000i" : name;
            Long known = costed.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !inProgress.add(key)) {
                return 0;
            }
            GraphQLType type = schema.getType(definition.getTypeCondition().getName());
            long cost = selections(definition.getSelectionSet(), type, introspection);
            inProgress.remove(key);
            costed.put(key, cost);
            return cost;
        }

        private long field(Field field, GraphQLType parent, boolean introspection) {
            String name = field.getName();
            if ("__typename".equals(name)) {
                return 1;
            }
            GraphQLFieldDefinition definition = definition(parent, name);
            boolean inIntrospection = introspection || DocumentShape.isIntrospection(name);
            GraphQLType type = definition == null ? null : definition.getType();
            GraphQLType unwrapped = type == null ? null : GraphQLTypeUtil.unwrapAll(type);
            long children = selections(field.getSelectionSet(), unwrapped, inIntrospection);
            return Saturating.multiply(size(field, definition, parent, type, unwrapped, inIntrospection),
                    Saturating.add(1, children));
        }

        private long size(Field field, GraphQLFieldDefinition definition, GraphQLType parent, GraphQLType type,
                          GraphQLType unwrapped, boolean introspection) {
            if (introspection) {
                return 1;
            }
            Long paged = pageSize(field, definition);
            if (paged != null) {
                return paged;
            }
            if (type == null || !GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(type))) {
                return 1;
            }
            if (GraphQLTypeUtil.isLeaf(unwrapped)) {
                return 1;
            }
            if (parent instanceof GraphQLNamedType named && named.getName().endsWith("Connection")
                    && ("edges".equals(field.getName()) || "nodes".equals(field.getName()))) {
                return 1;
            }
            return defaultListSize;
        }

        /** The page size of a field with a {@code first} or {@code last} argument; null for any other field. */
        private Long pageSize(Field field, GraphQLFieldDefinition definition) {
            for (String argumentName : new String[] {"first", "last"}) {
                Argument given = argument(field, argumentName);
                if (given != null) {
                    Long value = valueOf(given.getValue());
                    if (value != null) {
                        return Math.max(0, value);
                    }
                }
            }
            if (definition == null) {
                return null;
            }
            for (String argumentName : new String[] {"first", "last"}) {
                GraphQLArgument argument = definition.getArgument(argumentName);
                if (argument != null) {
                    Long fallback = schemaDefault(argument);
                    return fallback != null ? Math.max(0, fallback) : (long) defaultListSize;
                }
            }
            return null;
        }

        private static Argument argument(Field field, String name) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(name)) {
                    return argument;
                }
            }
            return null;
        }

        private Long valueOf(Value<?> value) {
            if (value instanceof IntValue literal) {
                return clamp(literal.getValue());
            }
            if (value instanceof VariableReference reference) {
                readVariables = true;
                Object given = variables.get(reference.getName());
                if (given != null) {
                    return number(given);
                }
                if (variables.containsKey(reference.getName())) {
                    return null; // explicit null: the schema default applies
                }
                VariableDefinition definition = variableDefinitions.get(reference.getName());
                return definition == null || definition.getDefaultValue() == null ? null
                        : valueOf(definition.getDefaultValue());
            }
            return null;
        }

        private Long schemaDefault(GraphQLArgument argument) {
            if (!argument.hasSetDefaultValue()) {
                return null;
            }
            InputValueWithState value = argument.getArgumentDefaultValue();
            if (value.isLiteral() && value.getValue() instanceof Value<?> literal) {
                return valueOf(literal);
            }
            return number(value.getValue());
        }

        private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
            if (schema.getQueryType() == parent) {
                if ("__schema".equals(name)) {
                    return Introspection.SchemaMetaFieldDef;
                }
                if ("__type".equals(name)) {
                    return Introspection.TypeMetaFieldDef;
                }
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }
    }

    private static Long number(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return clamp(big);
        }
        if (value instanceof BigDecimal decimal) {
            return clamp(decimal.toBigInteger());
        }
        if (value instanceof Number other) {
            double d = other.doubleValue();
            return Double.isNaN(d) ? null : (long) d;
        }
        return null;
    }

    private static long clamp(BigInteger value) {
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
}
