package eu.nis2assessor.adapter.persistence.audit;

import eu.nis2assessor.adapter.persistence.Rows;
import eu.nis2assessor.adapter.persistence.transaction.TenantTransactions;
import eu.nis2assessor.application.port.out.AuditEntry;
import eu.nis2assessor.application.port.out.AuditOutcome;
import eu.nis2assessor.application.port.out.AuditPort;
import eu.nis2assessor.application.port.out.AuditRecord;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link AuditPort} on table {@code audit_record}. The application role may only insert into and read that
 * table, and a trigger refuses any update or delete, so the log is append-only whatever the code does.
 */
@Component
public class AuditPersistenceAdapter implements AuditPort {

    private static final String COLUMNS = "id, seq, occurred_at, actor, action, target, outcome, detail";

    private final JdbcClient jdbc;
    private final TenantTransactions transactions;
    private final CurrentTenantPort tenants;

    public AuditPersistenceAdapter(JdbcTemplate jdbcTemplate, TenantTransactions transactions, CurrentTenantPort tenants) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.transactions = transactions;
        this.tenants = tenants;
    }

    @Override
    public void append(AuditEntry entry) {
        jdbc.sql("insert into audit_record (id, tenant_id, actor, action, target, outcome, detail) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), entry.tenant().value(), entry.actor(), entry.action(), entry.target(),
                        entry.outcome().name(), entry.detail())
                .update();
    }

    @Override
    public void appendIndependently(AuditEntry entry) {
        transactions.separately(entry.tenant(), Optional.empty(), () -> {
            append(entry);
            return null;
        });
    }

    @Override
    public List<AuditRecord> list(int limit, long afterSequence) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where tenant_id = ? and seq > ? order by seq limit ?")
                .params(tenants.currentTenant().value(), afterSequence, limit)
                .query((rs, n) -> map(rs)).list();
    }

    @Override
    public Optional<AuditRecord> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from audit_record where tenant_id = ? and id = ?")
                .params(tenants.currentTenant().value(), id)
                .query((rs, n) -> map(rs)).optional();
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getObject("id", UUID.class), rs.getLong("seq"), Rows.instant(rs, "occurred_at"),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"));
    }
}
