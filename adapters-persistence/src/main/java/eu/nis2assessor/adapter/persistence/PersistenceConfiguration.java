package eu.nis2assessor.adapter.persistence;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Where the JPA entities and Spring Data repositories of this adapter live. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = TenantEntity.class)
@EnableJpaRepositories(basePackageClasses = TenantRepository.class)
public class PersistenceConfiguration {
}
