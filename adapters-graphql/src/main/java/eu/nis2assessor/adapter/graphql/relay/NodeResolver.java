package eu.nis2assessor.adapter.graphql.relay;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the stored things of one GraphQL type for {@code node(id:)}. Every type that implements
 * {@code Node} has one resolver bean; {@link NodeController} dispatches by the type named in the
 * {@link GlobalId}, and {@link NodeTypeResolver} maps the returned Java object back to the GraphQL type.
 *
 * @param <T> the Java type of the objects returned (the source object of the GraphQL type)
 */
public interface NodeResolver<T> {

    /** The GraphQL type name, e.g. {@code Group}. */
    String typeName();

    /** The Java class of the objects {@link #find} returns. */
    Class<T> javaType();

    /** The object of that id visible to the caller, or empty (missing, or not visible: the same answer). */
    Optional<T> find(UUID id);
}
