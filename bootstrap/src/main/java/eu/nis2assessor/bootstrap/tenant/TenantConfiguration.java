package eu.nis2assessor.bootstrap.tenant;

import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which tenant a request runs for. Until authentication exists every request runs for the
 * {@link DefaultTenant}; the security wiring replaces {@link CurrentTenantPort} with the tenant of the
 * authenticated principal.
 */
@Configuration(proxyBeanMethods = false)
public class TenantConfiguration {

    @Bean
    DefaultTenant defaultTenant(TenantRepository tenants) {
        return DefaultTenant.findOrCreate(tenants);
    }

    @Bean
    CurrentTenantPort currentTenantPort(DefaultTenant defaultTenant) {
        return defaultTenant::id;
    }
}
