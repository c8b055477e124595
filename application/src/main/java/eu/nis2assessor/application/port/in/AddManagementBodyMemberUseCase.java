package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.ManagementBodyMember;

/** Adds a member to a legal entity's management body, in one transaction. */
public interface AddManagementBodyMemberUseCase {

    /**
     * @return the stored member (version 0)
     * @throws eu.nis2assessor.application.error.RefusedException {@code NOT_FOUND} (field {@code legalEntityId})
     *         when the legal entity is not the caller's
     */
    ManagementBodyMember add(AddManagementBodyMemberCommand command);
}
