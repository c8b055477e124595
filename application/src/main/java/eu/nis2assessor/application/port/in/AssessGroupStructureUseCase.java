package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.validation.InvalidInputException;

/**
 * Aggregates the figures of every enterprise of a group structure under Rec 2003/361 Annex Art 6 and
 * classifies each one with activities under NIS2 (stateless): one result per enterprise, in input order.
 */
public interface AssessGroupStructureUseCase {

    /**
     * @throws InvalidInputException when the structure exceeds the input limits of this service
     *                               (e.g. {@code enterprises: at most 10000 enterprises per call (got 10001)})
     */
    GroupStructureAssessment assess(AssessGroupStructureCommand command);
}
