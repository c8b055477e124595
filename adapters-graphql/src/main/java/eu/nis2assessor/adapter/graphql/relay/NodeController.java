package eu.nis2assessor.adapter.graphql.relay;

import eu.nis2assessor.application.error.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code node(id:)}: any stored thing by its global ID. An unknown or foreign ID is {@code NOT_FOUND}. */
@Controller
public class NodeController {

    private final Map<String, NodeResolver<?>> resolvers;

    public NodeController(List<NodeResolver<?>> resolvers) {
        this.resolvers = resolvers.stream().collect(Collectors.toUnmodifiableMap(NodeResolver::typeName, Function.identity()));
    }

    @QueryMapping
    public Object node(@Argument String id) {
        GlobalId globalId = GlobalId.decode(id);
        NodeResolver<?> resolver = resolvers.get(globalId.type());
        if (resolver == null) {
            throw new NotFoundException("Node", id);
        }
        return resolver.find(globalId.id()).orElseThrow(() -> new NotFoundException(globalId.type(), id));
    }
}
