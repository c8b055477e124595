package eu.nis2assessor.archviolations.adapter.graphql;

import eu.nis2assessor.archviolations.adapter.persistence.LeakyRepository;
import eu.nis2assessor.archviolations.application.service.SpringAnnotatedService;

/** Violates: the GraphQL adapter imports the persistence adapter (and the two form a cycle). */
public class LeakyGraphqlController {

    public Object query(LeakyRepository repository, SpringAnnotatedService service) {
        return repository.find() + String.valueOf(service);
    }
}
