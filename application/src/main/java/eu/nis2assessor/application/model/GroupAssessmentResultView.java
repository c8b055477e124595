package eu.nis2assessor.application.model;

import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.size.SizeClass;
import java.util.Objects;
import java.util.UUID;

/**
 * The stored result of one entity in a group assessment (source object of {@code GroupAssessmentResult}).
 *
 * @param entityClass {@code null} when the entity had no activities
 * @param result      the engine's full result, as it was stored
 */
public record GroupAssessmentResultView(UUID id, UUID groupAssessmentId, UUID legalEntityId, String key,
                                        EntityClass entityClass, SizeClass sizeClass, EnterpriseAssessment result) {

    public GroupAssessmentResultView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
    }
}
