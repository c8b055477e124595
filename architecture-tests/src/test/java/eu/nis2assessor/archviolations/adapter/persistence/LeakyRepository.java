package eu.nis2assessor.archviolations.adapter.persistence;

import eu.nis2assessor.archviolations.adapter.graphql.LeakyGraphqlController;

/** Violates: the persistence adapter imports the GraphQL adapter. */
public class LeakyRepository {

    public String find() {
        return LeakyGraphqlController.class.getSimpleName();
    }
}
