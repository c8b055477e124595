package eu.nis2assessor.application.port.in;

import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the Art 20 register of the caller's tenant, in batches (one statement per call whatever the number of
 * ids), so that GraphQL can load a page of entities with their registers without N+1. Ids of another tenant or
 * unknown ids are simply absent from the answers.
 */
public interface Art20RegisterQuery {

    /** Per legal entity, all its members (present and former), ordered by appointment, name, id. */
    Map<UUID, List<ManagementBodyMember>> membersOf(Collection<UUID> legalEntityIds);

    /** Per legal entity, its approvals, newest first. */
    Map<UUID, List<Approval>> approvalsOf(Collection<UUID> legalEntityIds);

    /** Per member, its trainings, newest first. */
    Map<UUID, List<Training>> trainingsOfMembers(Collection<UUID> memberIds);

    /** The members with these ids. */
    Map<UUID, ManagementBodyMember> members(Collection<UUID> memberIds);

    Optional<ManagementBodyMember> findMember(UUID id);

    Optional<Approval> findApproval(UUID id);

    Optional<Training> findTraining(UUID id);
}
