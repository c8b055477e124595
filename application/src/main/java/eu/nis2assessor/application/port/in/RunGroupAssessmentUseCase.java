package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.GroupAssessmentView;

/**
 * {@code runGroupAssessment}: builds the group structure as of the date from the stored data, runs the domain
 * engine, and stores the immutable result with the hash of the engine's input.
 */
public interface RunGroupAssessmentUseCase {

    GroupAssessmentView runGroupAssessment(RunGroupAssessmentCommand command);
}
