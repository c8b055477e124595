package eu.nis2assessor.adapter.persistence.repository;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Spring Data access to {@link TenantEntity}. */
public interface TenantRepository extends JpaRepository<TenantEntity, UUID> {
}
