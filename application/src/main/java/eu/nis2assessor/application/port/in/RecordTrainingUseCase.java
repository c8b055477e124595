package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.Training;

/** Records a member's training in the Art 20 register, in one transaction. */
public interface RecordTrainingUseCase {

    /**
     * @return the stored training
     * @throws eu.nis2assessor.application.error.RefusedException {@code NOT_FOUND} (field {@code memberId})
     *         when the member is not the caller's
     */
    Training record(RecordTrainingCommand command);
}
