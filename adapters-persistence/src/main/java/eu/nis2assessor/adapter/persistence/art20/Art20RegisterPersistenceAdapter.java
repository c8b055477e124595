package eu.nis2assessor.adapter.persistence.art20;

import eu.nis2assessor.adapter.persistence.entity.ApprovalEntity;
import eu.nis2assessor.adapter.persistence.entity.ApprovalMemberEntity;
import eu.nis2assessor.adapter.persistence.entity.ManagementBodyMemberEntity;
import eu.nis2assessor.adapter.persistence.mapper.Art20RegisterMapper;
import eu.nis2assessor.adapter.persistence.repository.ApprovalMemberRepository;
import eu.nis2assessor.adapter.persistence.repository.ApprovalRepository;
import eu.nis2assessor.adapter.persistence.repository.ManagementBodyMemberRepository;
import eu.nis2assessor.adapter.persistence.repository.TrainingRepository;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.port.out.Art20RegisterPort;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import eu.nis2assessor.domain.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * {@link Art20RegisterPort} over JPA. Every query names the tenant. Batch reads are one statement each (approvals:
 * two, the approvals and their approvers); callers run them inside the application's transaction.
 */
@Component
public class Art20RegisterPersistenceAdapter implements Art20RegisterPort {

    private final ManagementBodyMemberRepository members;
    private final ApprovalRepository approvals;
    private final ApprovalMemberRepository approvalMembers;
    private final TrainingRepository trainings;
    private final Art20RegisterMapper mapper;
    private final EntityManager entityManager;

    public Art20RegisterPersistenceAdapter(ManagementBodyMemberRepository members, ApprovalRepository approvals,
                                           ApprovalMemberRepository approvalMembers, TrainingRepository trainings,
                                           Art20RegisterMapper mapper, EntityManager entityManager) {
        this.members = members;
        this.approvals = approvals;
        this.approvalMembers = approvalMembers;
        this.trainings = trainings;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public boolean legalEntityExists(TenantId tenant, UUID legalEntityId) {
        return !entityManager.createNativeQuery("select 1 from legal_entity where id = ?1 and tenant_id = ?2")
                .setParameter(1, legalEntityId)
                .setParameter(2, tenant.value())
                .getResultList().isEmpty();
    }

    @Override
    public void insertMember(TenantId tenant, ManagementBodyMember member) {
        ManagementBodyMemberEntity entity = mapper.toEntity(member, tenant.value());
        entity.setUpdatedAt(now());
        entityManager.persist(entity);
        entityManager.flush();
    }

    @Override
    public ManagementBodyMember updateMember(TenantId tenant, ManagementBodyMember member, long expectedVersion) {
        ManagementBodyMemberEntity entity = members.findByIdAndTenantId(member.id(), tenant.value())
                .orElseThrow(() -> RefusedException.notFound("id", "ManagementBodyMember", member.id()));
        if (entity.getVersion() != expectedVersion) {
            throw RefusedException.conflict("ManagementBodyMember", member.id(), expectedVersion, entity.getVersion());
        }
        mapper.update(entity, member);
        entity.setUpdatedAt(now());
        try {
            entityManager.flush();
        } catch (OptimisticLockException | ObjectOptimisticLockingFailureException e) {
            // changed by a concurrent transaction between our read and our write
            throw new RefusedException(RefusedException.Code.CONFLICT, "version", "ManagementBodyMember " + member.id()
                    + " was changed by someone else meanwhile; read it again and repeat the change");
        }
        return mapper.toDomain(entity);
    }

    @Override
    public void insertApproval(TenantId tenant, Approval approval) {
        entityManager.persist(mapper.toEntity(approval, tenant.value()));
        for (UUID approver : approval.approverIds()) {
            entityManager.persist(new ApprovalMemberEntity(UUID.randomUUID(), tenant.value(), approval.id(), approver,
                    approval.legalEntityId()));
        }
        entityManager.flush();
    }

    @Override
    public void insertTraining(TenantId tenant, Training training) {
        entityManager.persist(mapper.toEntity(training, tenant.value()));
        entityManager.flush();
    }

    @Override
    public Optional<ManagementBodyMember> findMember(TenantId tenant, UUID id) {
        return members.findByIdAndTenantId(id, tenant.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Approval> findApproval(TenantId tenant, UUID id) {
        return approvals.findByIdAndTenantId(id, tenant.value())
                .map(a -> withApprovers(tenant, List.of(a)).getFirst());
    }

    @Override
    public Optional<Training> findTraining(TenantId tenant, UUID id) {
        return trainings.findByIdAndTenantId(id, tenant.value()).map(mapper::toDomain);
    }

    @Override
    public Map<UUID, ManagementBodyMember> members(TenantId tenant, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ManagementBodyMember> result = new HashMap<>();
        for (ManagementBodyMemberEntity e : members.findByIds(tenant.value(), memberIds)) {
            result.put(e.getId(), mapper.toDomain(e));
        }
        return result;
    }

    @Override
    public Map<UUID, List<ManagementBodyMember>> membersOfEntities(TenantId tenant, Collection<UUID> legalEntityIds) {
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        return group(members.findByLegalEntityIds(tenant.value(), legalEntityIds).stream().map(mapper::toDomain).toList(),
                ManagementBodyMember::legalEntityId);
    }

    @Override
    public Map<UUID, List<Approval>> approvalsOfEntities(TenantId tenant, Collection<UUID> legalEntityIds) {
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        return group(withApprovers(tenant, approvals.findByLegalEntityIds(tenant.value(), legalEntityIds)),
                Approval::legalEntityId);
    }

    @Override
    public Map<UUID, List<Training>> trainingsOfEntities(TenantId tenant, Collection<UUID> legalEntityIds) {
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        return group(trainings.findByLegalEntityIds(tenant.value(), legalEntityIds).stream().map(mapper::toDomain).toList(),
                Training::legalEntityId);
    }

    @Override
    public Map<UUID, List<Training>> trainingsOfMembers(TenantId tenant, Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return group(trainings.findByMemberIds(tenant.value(), memberIds).stream().map(mapper::toDomain).toList(),
                Training::memberId);
    }

    /** The approvals with their approvers: one more statement for all of them. */
    private List<Approval> withApprovers(TenantId tenant, List<ApprovalEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<UUID>> approvers = new HashMap<>();
        for (ApprovalMemberEntity am : approvalMembers.findByApprovalIds(tenant.value(),
                entities.stream().map(ApprovalEntity::getId).toList())) {
            approvers.computeIfAbsent(am.getApprovalId(), k -> new ArrayList<>()).add(am.getMemberId());
        }
        return entities.stream().map(e -> mapper.toDomain(e, approvers.getOrDefault(e.getId(), List.of()))).toList();
    }

    private static <T> Map<UUID, List<T>> group(List<T> items, Function<T, UUID> key) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        for (T item : items) {
            grouped.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
        }
        return grouped;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
