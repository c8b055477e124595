package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.Approval;

/** Records an approval of the risk-management measures in the Art 20 register, in one transaction. */
public interface RecordApprovalUseCase {

    /**
     * @return the stored approval
     * @throws eu.nis2assessor.application.error.RefusedException {@code NOT_FOUND} (field {@code legalEntityId})
     *         when the entity is not the caller's
     * @throws eu.nis2assessor.domain.validation.InvalidInputException ({@code approverIds[i]}) when an approver is not
     *         a member of this entity's management body
     */
    Approval record(RecordApprovalCommand command);
}
