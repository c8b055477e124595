package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.ManagementBodyMember;

/** Changes a member of a management body under optimistic locking, in one transaction. */
public interface UpdateManagementBodyMemberUseCase {

    /**
     * @return the member as stored, with the next version
     * @throws eu.nis2assessor.application.error.RefusedException {@code NOT_FOUND} (field {@code id})
     *         when the member is not the caller's
     * @throws eu.nis2assessor.application.error.RefusedException {@code CONFLICT} when {@code version} is not the stored one
     */
    ManagementBodyMember update(UpdateManagementBodyMemberCommand command);
}
