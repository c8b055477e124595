package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage of the Art 20 register (members, approvals, trainings). Every method is restricted to {@code tenant}:
 * rows of another tenant are never read, found or changed. Batch reads take one statement for any number of ids.
 */
public interface Art20RegisterPort {

    /** Whether the legal entity exists for the tenant. */
    boolean legalEntityExists(TenantId tenant, UUID legalEntityId);

    void insertMember(TenantId tenant, ManagementBodyMember member);

    /**
     * Stores the member's new state if the stored version is {@code expectedVersion}.
     *
     * @return the member as stored (version {@code expectedVersion + 1})
     * @throws eu.nis2assessor.application.error.RefusedException {@code CONFLICT} when the stored version differs
     */
    ManagementBodyMember updateMember(TenantId tenant, ManagementBodyMember member, long expectedVersion);

    void insertApproval(TenantId tenant, Approval approval);

    void insertTraining(TenantId tenant, Training training);

    Optional<ManagementBodyMember> findMember(TenantId tenant, UUID id);

    Optional<Approval> findApproval(TenantId tenant, UUID id);

    Optional<Training> findTraining(TenantId tenant, UUID id);

    Map<UUID, ManagementBodyMember> members(TenantId tenant, Collection<UUID> memberIds);

    Map<UUID, List<ManagementBodyMember>> membersOfEntities(TenantId tenant, Collection<UUID> legalEntityIds);

    Map<UUID, List<Approval>> approvalsOfEntities(TenantId tenant, Collection<UUID> legalEntityIds);

    Map<UUID, List<Training>> trainingsOfEntities(TenantId tenant, Collection<UUID> legalEntityIds);

    Map<UUID, List<Training>> trainingsOfMembers(TenantId tenant, Collection<UUID> memberIds);
}
