package eu.nis2assessor.bootstrap.tenant;

import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.bootstrap.db.AppRoleCheck;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default tenant of a first start. Which tenant a request runs for comes from the authenticated principal
 * ({@code security.SecurityContextCallers}); the default tenant owns the bootstrap admin token. Before touching
 * any data the application role is checked ({@link AppRoleCheck}).
 */
@Configuration(proxyBeanMethods = false)
public class TenantConfiguration {

    @Bean
    AppRoleCheck appRoleCheck(JdbcTemplate jdbc, org.springframework.core.env.Environment environment) {
        AppRoleCheck check = new AppRoleCheck(jdbc, environment.getProperty("nis2.db.allow-privileged-app-role",
                Boolean.class, false));
        check.verify();
        return check;
    }

    @Bean
    DefaultTenant defaultTenant(TenantRepository tenants, AppRoleCheck appRoleCheck) {
        return DefaultTenant.findOrCreate(tenants);
    }
}
