package eu.nis2assessor.bootstrap.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.error.UnauthenticatedException;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.bootstrap.security.SecurityContextCallers;
import eu.nis2assessor.domain.access.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The default tenant exists after start, and every transaction of the application is bound to the current tenant. */
@SpringBootTest
class TenantTransactionTest {

    @Autowired
    TransactionPort transactions;

    @Autowired
    CurrentTenantPort currentTenant;

    @Autowired
    DefaultTenant defaultTenant;

    @Autowired
    TenantRepository tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultTenantIsFoundAgainNotCreatedTwice() {
        assertThat(tenants.existsById(defaultTenant.id().value())).isTrue();
        assertThat(DefaultTenant.findOrCreate(tenants).id()).isEqualTo(defaultTenant.id());
    }

    @Test
    void eachTransactionIsBoundToTheCurrentTenantAndOnlyThatTransaction() {
        SecurityContextCallers.runAs(Caller.system(defaultTenant.id()), () -> {
            String inside = transactions.readOnly(() -> jdbc.queryForObject("select current_setting('app.tenant_id', true)", String.class));
            assertThat(inside).isEqualTo(currentTenant.currentTenant().value().toString());

            String written = transactions.inTransaction(() -> jdbc.queryForObject("select current_setting('app.tenant_id', true)", String.class));
            assertThat(written).isEqualTo(inside);
            return null;
        });
        String outside = jdbc.queryForObject("select coalesce(current_setting('app.tenant_id', true), '')", String.class);
        assertThat(outside).isEmpty();
    }

    @Test
    void withoutAnAuthenticatedCallerThereIsNoTenantAndNoTransaction() {
        assertThatThrownBy(() -> currentTenant.currentTenant()).isInstanceOf(UnauthenticatedException.class);
        assertThatThrownBy(() -> transactions.readOnly(() -> 1)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aFailingTransactionIsRolledBack() {
        SecurityContextCallers.runAs(Caller.system(defaultTenant.id()), () -> {
            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                jdbc.update("insert into tenant (id, name) values (gen_random_uuid(), 'rolled back')");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            return null;
        });
        assertThat(jdbc.queryForObject("select count(*) from tenant where name = 'rolled back'", Integer.class)).isZero();
    }
}
