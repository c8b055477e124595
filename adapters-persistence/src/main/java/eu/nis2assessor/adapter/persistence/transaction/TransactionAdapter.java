package eu.nis2assessor.adapter.persistence.transaction;

import eu.nis2assessor.application.audit.OperationContext;
import eu.nis2assessor.application.audit.OperationContext.Operation;
import eu.nis2assessor.application.audit.AuditOutcomes;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.access.Caller;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link TransactionPort} over Spring's transaction manager. Each transaction is bound to the current tenant and
 * the current caller's groups ({@link TenantTransactions}; both come from the authenticated principal), so that row-level security applies. When a mutation is running
 * ({@link OperationContext}), the outermost read-write transaction also writes its audit record: in the same
 * transaction when the work succeeds (it commits with it), in a transaction of its own when it fails (the work
 * is rolled back, the record stays).
 */
@Component
public class TransactionAdapter implements TransactionPort {

    private static final Logger log = LoggerFactory.getLogger(TransactionAdapter.class);

    private final TenantTransactions transactions;
    private final CurrentCallerPort callers;
    private final CurrentTenantPort tenants;
    private final AuditPort audit;

    public TransactionAdapter(TenantTransactions transactions, CurrentCallerPort callers, CurrentTenantPort tenants,
                              AuditPort audit) {
        this.transactions = transactions;
        this.callers = callers;
        this.tenants = tenants;
        this.audit = audit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Caller caller = callers.currentCaller();
        TenantId tenant = tenants.currentTenant();
        Operation operation = TransactionSynchronizationManager.isActualTransactionActive() ? null
                : OperationContext.current().filter(op -> !op.recorded()).orElse(null);
        try {
            T result = transactions.readWrite(tenant, caller.groups(), () -> {
                T value = work.get();
                if (operation != null) {
                    audit.append(entry(tenant, caller, operation, AuditOutcome.SUCCESS, null));
                }
                return value;
            });
            if (operation != null) {
                operation.markRecorded();
            }
            return result;
        } catch (RuntimeException | Error failure) {
            if (operation != null && !operation.recorded()) {
                try {
                    audit.appendIndependently(entry(tenant, caller, operation, AuditOutcomes.outcomeOf(failure),
                            AuditOutcomes.detailOf(failure)));
                    operation.markRecorded();
                } catch (RuntimeException auditFailure) {
                    log.error("Could not write the audit record of failed {}", operation.action(), auditFailure);
                    failure.addSuppressed(auditFailure);
                }
            }
            throw failure;
        }
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return transactions.readOnly(tenants.currentTenant(), callers.currentCaller().groups(), work);
    }

    private static AuditEntry entry(TenantId tenant, Caller caller, Operation operation, AuditOutcome outcome,
                                    String detail) {
        return new AuditEntry(tenant, caller.actor(), operation.action(), operation.target(), outcome, detail);
    }
}
