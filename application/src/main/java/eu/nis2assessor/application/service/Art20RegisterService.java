package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.Art20RegisterQuery;
import eu.nis2assessor.application.port.in.RecordApprovalCommand;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingCommand;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.UpdateManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.out.Art20RegisterPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import eu.nis2assessor.domain.tenant.TenantId;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The Art 20 register (NIS2 Art 20): members of management bodies, approvals of the risk-management measures,
 * trainings. Each mutation runs in one transaction of the current tenant; reads are batched and tenant-filtered.
 */
public final class Art20RegisterService implements AddManagementBodyMemberUseCase, UpdateManagementBodyMemberUseCase,
        RecordApprovalUseCase, RecordTrainingUseCase, Art20RegisterQuery {

    private final Art20RegisterPort register;
    private final CurrentTenantPort tenants;
    private final TransactionPort transactions;
    private final Supplier<UUID> ids;
    private final Clock clock;

    /**
     * @param ids   the ids of new members, approvals and trainings
     * @param clock the time an approval is recorded at (orders approvals of the same day)
     */
    public Art20RegisterService(Art20RegisterPort register, CurrentTenantPort tenants, TransactionPort transactions,
                                Supplier<UUID> ids, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Art20RegisterService(Art20RegisterPort register, CurrentTenantPort tenants, TransactionPort transactions) {
        this(register, tenants, transactions, UUID::randomUUID, Clock.systemUTC());
    }

    @Override
    public ManagementBodyMember add(AddManagementBodyMemberCommand command) {
        Objects.requireNonNull(command, "command");
        TenantId tenant = tenants.currentTenant();
        return transactions.inTransaction(() -> {
            requireLegalEntity(tenant, command.legalEntityId());
            ManagementBodyMember member = new ManagementBodyMember(ids.get(), command.legalEntityId(), command.name(),
                    command.role(), command.appointedOn(), command.leftOn(), 0);
            register.insertMember(tenant, member);
            return member;
        });
    }

    @Override
    public ManagementBodyMember update(UpdateManagementBodyMemberCommand command) {
        Objects.requireNonNull(command, "command");
        TenantId tenant = tenants.currentTenant();
        return transactions.inTransaction(() -> {
            ManagementBodyMember stored = register.findMember(tenant, command.memberId())
                    .orElseThrow(() -> RefusedException.notFound("id", "ManagementBodyMember", command.memberId()));
            ManagementBodyMember changed = new ManagementBodyMember(stored.id(), stored.legalEntityId(), command.name(),
                    command.role(), command.appointedOn(), command.leftOn(), stored.version());
            return register.updateMember(tenant, changed, command.version());
        });
    }

    @Override
    public Approval record(RecordApprovalCommand command) {
        Objects.requireNonNull(command, "command");
        TenantId tenant = tenants.currentTenant();
        return transactions.inTransaction(() -> {
            requireLegalEntity(tenant, command.legalEntityId());
            Map<UUID, ManagementBodyMember> approvers = register.members(tenant, command.approverIds());
            List<UUID> approverIds = command.approverIds();
            for (int i = 0; i < approverIds.size(); i++) {
                ManagementBodyMember m = approvers.get(approverIds.get(i));
                if (m == null || !m.legalEntityId().equals(command.legalEntityId())) {
                    throw InvalidInputException.of("approverIds[" + i + "]",
                            "is not a member of this legal entity's management body");
                }
            }
            Approval approval = new Approval(ids.get(), command.legalEntityId(), command.measuresVersion(),
                    command.approvedOn(), approverIds, command.documentReference(), clock.instant());
            register.insertApproval(tenant, approval);
            return approval;
        });
    }

    @Override
    public Training record(RecordTrainingCommand command) {
        Objects.requireNonNull(command, "command");
        TenantId tenant = tenants.currentTenant();
        return transactions.inTransaction(() -> {
            ManagementBodyMember member = register.findMember(tenant, command.memberId())
                    .orElseThrow(() -> RefusedException.notFound("memberId", "ManagementBodyMember", command.memberId()));
            Training training = new Training(ids.get(), member.legalEntityId(), member.id(), command.completedOn(),
                    command.provider(), command.topic());
            register.insertTraining(tenant, training);
            return training;
        });
    }

    @Override
    public Map<UUID, List<ManagementBodyMember>> membersOf(Collection<UUID> legalEntityIds) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.membersOfEntities(tenant, legalEntityIds));
    }

    @Override
    public Map<UUID, List<Approval>> approvalsOf(Collection<UUID> legalEntityIds) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.approvalsOfEntities(tenant, legalEntityIds));
    }

    @Override
    public Map<UUID, List<Training>> trainingsOfMembers(Collection<UUID> memberIds) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.trainingsOfMembers(tenant, memberIds));
    }

    @Override
    public Map<UUID, ManagementBodyMember> members(Collection<UUID> memberIds) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.members(tenant, memberIds));
    }

    @Override
    public Optional<ManagementBodyMember> findMember(UUID id) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.findMember(tenant, id));
    }

    @Override
    public Optional<Approval> findApproval(UUID id) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.findApproval(tenant, id));
    }

    @Override
    public Optional<Training> findTraining(UUID id) {
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> register.findTraining(tenant, id));
    }

    private void requireLegalEntity(TenantId tenant, UUID legalEntityId) {
        if (!register.legalEntityExists(tenant, legalEntityId)) {
            throw RefusedException.notFound("legalEntityId", "LegalEntity", legalEntityId);
        }
    }
}
