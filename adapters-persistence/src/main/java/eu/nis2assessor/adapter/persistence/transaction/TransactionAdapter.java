package eu.nis2assessor.adapter.persistence.transaction;

import eu.nis2assessor.application.audit.OperationContext;
import eu.nis2assessor.application.audit.OperationContext.Operation;
import eu.nis2assessor.application.audit.AuditOutcomes;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.access.Caller;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link TransactionPort} over Spring's transaction manager. Each transaction is bound to the current caller's
 * tenant and groups ({@link TenantTransactions}), so that row-level security applies. When a mutation is running
 * ({@link OperationContext}), the outermost read-write transaction also writes its audit record: in the same
 * transaction when the work succeeds (it commits with it), in a transaction of its own when it fails (the work
 * is rolled back, the record stays).
 */
@Component
public class TransactionAdapter implements TransactionPort {

    private static final Logger log = LoggerFactory.getLogger(TransactionAdapter.class);

    private final TenantTransactions transactions;
    private final CurrentCallerPort callers;
    private final AuditPort audit;

    public TransactionAdapter(TenantTransactions transactions, CurrentCallerPort callers, AuditPort audit) {
        this.transactions = transactions;
        this.callers = callers;
        this.audit = audit;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Caller caller = callers.currentCaller();
        Operation operation = TransactionSynchronizationManager.isActualTransactionActive() ? null
                : OperationContext.current().filter(op -> !op.recorded()).orElse(null);
        try {
            T result = transactions.readWrite(caller.tenant(), caller.groups(), () -> {
                T value = work.get();
                if (operation != null) {
                    audit.append(entry(caller, operation, AuditOutcome.SUCCESS, null));
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
                    audit.appendIndependently(entry(caller, operation, AuditOutcomes.outcomeOf(failure),
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
        Caller caller = callers.currentCaller();
        return transactions.readOnly(caller.tenant(), caller.groups(), work);
    }

    private static AuditEntry entry(Caller caller, Operation operation, AuditOutcome outcome, String detail) {
        return new AuditEntry(caller.tenant(), caller.actor(), operation.action(), operation.target(), outcome, detail);
    }
}
