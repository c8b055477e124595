package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.Art20BatchQuery;
import eu.nis2assessor.application.port.in.ManagementAccountability;
import eu.nis2assessor.application.port.in.ManagementAccountabilityQuery;
import eu.nis2assessor.application.port.out.Art20RegisterPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.LatestEntityClassPort;
import eu.nis2assessor.application.port.out.LatestEntityClassPort.LatestClass;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.accountability.AccountabilityReviewPolicy;
import eu.nis2assessor.domain.accountability.Approval;
import eu.nis2assessor.domain.accountability.Art20Register;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.accountability.Training;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ManagementAccountabilityQuery}: the latest class of each entity (one statement), then the registers of
 * the entities in scope (members, approvals with approvers, trainings), read by the domain's
 * {@link AccountabilityReviewPolicy}. {@link Art20BatchQuery}: every read of the register a GraphQL level asks for
 * (including the view) in one read-only transaction.
 */
public final class ManagementAccountabilityService implements ManagementAccountabilityQuery, Art20BatchQuery {

    private final LatestEntityClassPort classes;
    private final Art20RegisterPort register;
    private final CurrentTenantPort tenants;
    private final TransactionPort transactions;
    private final AccountabilityReviewPolicy policy;

    public ManagementAccountabilityService(LatestEntityClassPort classes, Art20RegisterPort register,
                                           CurrentTenantPort tenants, TransactionPort transactions,
                                           AccountabilityReviewPolicy policy) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.register = Objects.requireNonNull(register, "register");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Map<UUID, ManagementAccountability> accountabilityOf(Collection<UUID> legalEntityIds, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ManagementAccountability> views = new HashMap<>();
        read(legalEntityIds.stream().map(id -> ReadKey.accountability(id, asOf)).toList())
                .forEach((key, view) -> views.put(key.id(), (ManagementAccountability) view));
        return views;
    }

    @Override
    public Map<ReadKey, Object> read(Collection<ReadKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<Read, Set<UUID>> ids = new HashMap<>();
        for (Read read : Read.values()) {
            ids.put(read, new HashSet<>());
        }
        keys.forEach(k -> ids.get(k.read()).add(k.id()));
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> {
            // the view first: it decides which entities' registers are needed besides those asked for directly
            Map<UUID, LatestClass> inScope = inScope(tenant, ids.get(Read.ACCOUNTABILITY));
            Set<UUID> bodies = union(ids.get(Read.MEMBERS_OF_ENTITY), inScope.keySet());
            Set<UUID> approvalsOf = union(ids.get(Read.APPROVALS_OF_ENTITY), inScope.keySet());
            Map<UUID, List<ManagementBodyMember>> members = bodies.isEmpty() ? Map.of()
                    : register.membersOfEntities(tenant, bodies);
            Map<UUID, List<Approval>> approvals = approvalsOf.isEmpty() ? Map.of()
                    : register.approvalsOfEntities(tenant, approvalsOf);
            Map<UUID, List<Training>> entityTrainings = inScope.isEmpty() ? Map.of()
                    : register.trainingsOfEntities(tenant, inScope.keySet());
            Map<UUID, List<Training>> memberTrainings = ids.get(Read.TRAININGS_OF_MEMBER).isEmpty() ? Map.of()
                    : register.trainingsOfMembers(tenant, ids.get(Read.TRAININGS_OF_MEMBER));
            Map<UUID, ManagementBodyMember> byId = ids.get(Read.MEMBER).isEmpty() ? Map.of()
                    : register.members(tenant, ids.get(Read.MEMBER));

            Map<ReadKey, Object> result = new HashMap<>();
            for (ReadKey key : keys) {
                Object answer = switch (key.read()) {
                    case MEMBERS_OF_ENTITY -> members.getOrDefault(key.id(), List.of());
                    case APPROVALS_OF_ENTITY -> approvals.getOrDefault(key.id(), List.of());
                    case TRAININGS_OF_MEMBER -> memberTrainings.getOrDefault(key.id(), List.of());
                    case MEMBER -> byId.get(key.id());
                    case ACCOUNTABILITY -> {
                        LatestClass c = inScope.get(key.id());
                        yield c == null ? null : new ManagementAccountability(key.id(), c.entityClass(),
                                c.groupAssessmentId(), c.asOf(), policy.review(new Art20Register(
                                        members.getOrDefault(key.id(), List.of()),
                                        approvals.getOrDefault(key.id(), List.of()),
                                        entityTrainings.getOrDefault(key.id(), List.of())), key.asOf()));
                    }
                };
                if (answer != null) {
                    result.put(key, answer);
                }
            }
            return result;
        });
    }

    /** The entities whose latest assessment found them essential or important with Art 20 duties (one statement). */
    private Map<UUID, LatestClass> inScope(TenantId tenant, Set<UUID> legalEntityIds) {
        if (legalEntityIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, LatestClass> inScope = new HashMap<>();
        classes.latestClasses(tenant, legalEntityIds).forEach((id, c) -> {
            if (c.art20Applies() && (c.entityClass() == EntityClass.ESSENTIAL
                    || c.entityClass() == EntityClass.IMPORTANT)) {
                inScope.put(id, c);
            }
        });
        return inScope;
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
