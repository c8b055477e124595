package eu.nis2assessor.adapter.persistence.transaction;

import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions bound to a tenant: each sets the PostgreSQL settings {@code app.tenant_id} and
 * {@code app.group_ids} local to the transaction ({@code set_config(..., true)}), which the row-level security
 * policies read (see {@code V10__security.sql}, {@code afterMigrate.sql}). {@code app.group_ids} is {@code *}
 * for a caller that may see every group, otherwise the comma-separated ids of the groups it may see.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;
    private final TransactionTemplate requiresNew;
    private final JdbcTemplate jdbc;

    public TenantTransactions(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.requiresNew = new TransactionTemplate(transactionManager);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
    }

    public <T> T readWrite(TenantId tenant, Optional<Set<UUID>> groups, Supplier<T> work) {
        return run(readWrite, tenant, groups, work);
    }

    public <T> T readOnly(TenantId tenant, Optional<Set<UUID>> groups, Supplier<T> work) {
        return run(readOnly, tenant, groups, work);
    }

    /** A new transaction of its own (an outer one, if any, is suspended), bound to {@code tenant}. */
    public <T> T separately(TenantId tenant, Optional<Set<UUID>> groups, Supplier<T> work) {
        return run(requiresNew, tenant, groups, work);
    }

    private <T> T run(TransactionTemplate template, TenantId tenant, Optional<Set<UUID>> groups, Supplier<T> work) {
        return template.execute(status -> {
            bind(tenant, groups);
            return work.get();
        });
    }

    private void bind(TenantId tenant, Optional<Set<UUID>> groups) {
        String groupList = groups.map(ids -> ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")))
                .orElse("*");
        jdbc.queryForList("select set_config('app.tenant_id', ?, true), set_config('app.group_ids', ?, true)",
                tenant.value().toString(), groupList);
    }
}
