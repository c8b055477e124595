package eu.nis2assessor.archviolations.domain.policy;

import eu.nis2assessor.archviolations.application.service.SpringAnnotatedService;
import eu.nis2assessor.archviolations.domain.model.CyclicModel;
import jakarta.persistence.Entity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Violates: domain touches frameworks (Spring, JPA, Jackson); domain depends on an outer onion layer
 * (application service); forms a package cycle with domain.model.
 */
@Component
@Entity
public class FrameworkTouchingPolicy {

    private final JsonMapper mapper = JsonMapper.builder().build();

    public String decide(SpringAnnotatedService service, CyclicModel model) {
        return mapper.writeValueAsString(service.toString() + model);
    }
}
