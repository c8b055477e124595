package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.assessment.Assessment;

/** Classifies one entity under NIS2 (scope check, stateless): class, size, supervision, fines, duties, reasoning. */
public interface AssessProfileUseCase {

    Assessment assess(AssessProfileCommand command);
}
