package eu.nis2assessor.archviolations.application.service;

import eu.nis2assessor.archviolations.adapter.graphql.LeakyGraphqlController;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Violates: application carries Spring annotations (class and method), depends on a framework and on an
 * adapter; application -> adapter -> application is a package cycle.
 */
@Service
public class SpringAnnotatedService {

    @Transactional
    public Object handle(LeakyGraphqlController controller) {
        return controller;
    }
}
