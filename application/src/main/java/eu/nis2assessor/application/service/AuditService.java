package eu.nis2assessor.application.service;

import eu.nis2assessor.application.port.in.QueryAuditRecordsUseCase;
import eu.nis2assessor.application.port.in.RecordOperationUseCase;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.AuditRecord;
import eu.nis2assessor.application.port.out.CurrentCallerPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.access.Caller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the audit log; records mutations that were refused before any transaction recorded them. */
public class AuditService implements QueryAuditRecordsUseCase, RecordOperationUseCase {

    private final AuditPort audit;
    private final TransactionPort transactions;
    private final CurrentCallerPort callers;

    public AuditService(AuditPort audit, TransactionPort transactions, CurrentCallerPort callers) {
        this.audit = audit;
        this.transactions = transactions;
        this.callers = callers;
    }

    @Override
    public List<AuditRecord> list(int limit, long afterSequence) {
        return transactions.readOnly(() -> audit.list(limit, afterSequence));
    }

    @Override
    public Optional<AuditRecord> find(UUID id) {
        return transactions.readOnly(() -> audit.findById(id));
    }

    @Override
    public void record(String action, String target, AuditOutcome outcome, String detail) {
        Caller caller = callers.currentCaller();
        audit.appendIndependently(new AuditEntry(caller.tenant(), caller.actor(), action, target, outcome, detail));
    }
}
