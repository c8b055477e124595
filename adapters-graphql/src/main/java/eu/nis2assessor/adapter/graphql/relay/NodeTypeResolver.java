package eu.nis2assessor.adapter.graphql.relay;

import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The type resolver of {@code interface Node}: the Java class of the object (as declared by its
 * {@link NodeResolver}) decides its GraphQL type, whatever the class is called.
 */
@Component
public class NodeTypeResolver implements RuntimeWiringConfigurer {

    private final Map<Class<?>, String> typeNames;

    public NodeTypeResolver(List<NodeResolver<?>> resolvers) {
        this.typeNames = resolvers.stream().collect(Collectors.toUnmodifiableMap(NodeResolver::javaType, NodeResolver::typeName));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        TypeResolver resolver = env -> {
            Object object = env.getObject();
            String name = typeNames.get(object.getClass());
            if (name == null) {
                for (Map.Entry<Class<?>, String> entry : typeNames.entrySet()) {
                    if (entry.getKey().isInstance(object)) {
                        name = entry.getValue();
                        break;
                    }
                }
            }
            GraphQLObjectType type = name == null ? null : env.getSchema().getObjectType(name);
            if (type == null) {
                throw new IllegalStateException("No GraphQL type for Node " + object.getClass().getName());
            }
            return type;
        };
        builder.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(resolver));
    }
}
