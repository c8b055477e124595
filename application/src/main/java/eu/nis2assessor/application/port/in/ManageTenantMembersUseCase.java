package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.port.out.MemberRecord;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The users of the caller's tenant and their roles (scope {@code tokens:admin}, i.e. admins). */
public interface ManageTenantMembersUseCase {

    MemberRecord set(SetTenantMemberCommand command);

    /** Removes membership {@code id}; a missing one (or another tenant's) is {@code NotFoundException}. */
    MemberRecord remove(UUID id);

    List<MemberRecord> list(int limit, Optional<UUID> after);

    Optional<MemberRecord> find(UUID id);
}
