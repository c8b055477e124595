package eu.nis2assessor.adapter.persistence.transaction;

import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.TransactionPort;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TransactionPort} over Spring's transaction manager. Each transaction first sets the PostgreSQL
 * setting {@code app.tenant_id} to the current tenant, local to the transaction
 * ({@code set_config(..., true)}), so that row-level security policies can read it.
 */
@Component
public class TransactionAdapter implements TransactionPort {

    private final TransactionTemplate readWrite;
    private final TransactionTemplate readOnly;
    private final EntityManager entityManager;
    private final CurrentTenantPort currentTenant;

    public TransactionAdapter(PlatformTransactionManager transactionManager, EntityManager entityManager,
                              CurrentTenantPort currentTenant) {
        this.readWrite = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.entityManager = entityManager;
        this.currentTenant = currentTenant;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return readWrite.execute(status -> {
            bindTenant();
            return work.get();
        });
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return readOnly.execute(status -> {
            bindTenant();
            return work.get();
        });
    }

    private void bindTenant() {
        entityManager.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                .setParameter(1, currentTenant.currentTenant().value().toString())
                .getSingleResult();
    }
}
