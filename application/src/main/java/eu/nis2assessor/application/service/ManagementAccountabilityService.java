package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.ManagementAccountability;
import eu.nis2assessor.application.port.in.ManagementAccountabilityQuery;
import eu.nis2assessor.application.port.out.Art20RegisterPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.LatestEntityClassPort;
import eu.nis2assessor.application.port.out.LatestEntityClassPort.LatestClass;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.accountability.AccountabilityReviewPolicy;
import eu.nis2assessor.domain.accountability.Art20Register;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link ManagementAccountabilityQuery}: the latest class of each entity (one statement), then the registers of
 * the entities in scope (three statements: members, approvals, trainings), read by the domain's
 * {@link AccountabilityReviewPolicy}.
 */
public final class ManagementAccountabilityService implements ManagementAccountabilityQuery {

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
        TenantId tenant = tenants.currentTenant();
        return transactions.readOnly(() -> {
            Map<UUID, LatestClass> latest = new HashMap<>();
            classes.latestClasses(tenant, legalEntityIds).forEach((id, c) -> {
                if (c.art20Applies() && (c.entityClass() == EntityClass.ESSENTIAL
                        || c.entityClass() == EntityClass.IMPORTANT)) {
                    latest.put(id, c);
                }
            });
            if (latest.isEmpty()) {
                return Map.of();
            }
            var members = register.membersOfEntities(tenant, latest.keySet());
            var approvals = register.approvalsOfEntities(tenant, latest.keySet());
            var trainings = register.trainingsOfEntities(tenant, latest.keySet());
            Map<UUID, ManagementAccountability> views = new HashMap<>();
            latest.forEach((id, c) -> {
                Art20Register entityRegister = new Art20Register(members.getOrDefault(id, List.of()),
                        approvals.getOrDefault(id, List.of()), trainings.getOrDefault(id, List.of()));
                views.put(id, new ManagementAccountability(id, c.entityClass(), c.groupAssessmentId(), c.asOf(),
                        policy.review(entityRegister, asOf)));
            });
            return views;
        });
    }
}
