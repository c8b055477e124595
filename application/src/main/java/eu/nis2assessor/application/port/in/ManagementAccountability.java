package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.AccountabilityReview;
import eu.nis2assessor.domain.scope.EntityClass;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The Art 20 view of one in-scope legal entity: the class it was given by the latest group assessment, and what
 * its register shows on the day asked for.
 *
 * @param legalEntityId      the entity
 * @param entityClass        ESSENTIAL or IMPORTANT, from the latest group assessment
 * @param groupAssessmentId  that assessment
 * @param assessedAsOf       the as-of date of that assessment
 * @param review             the register on the day asked for: members, approval, trainings, gaps
 */
public record ManagementAccountability(UUID legalEntityId, EntityClass entityClass, UUID groupAssessmentId,
                                       LocalDate assessedAsOf, AccountabilityReview review) {

    public ManagementAccountability {
        Objects.requireNonNull(legalEntityId, "legalEntityId");
        Objects.requireNonNull(entityClass, "entityClass");
        Objects.requireNonNull(groupAssessmentId, "groupAssessmentId");
        Objects.requireNonNull(review, "review");
    }
}
