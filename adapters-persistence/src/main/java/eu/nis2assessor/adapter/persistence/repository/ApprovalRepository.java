package eu.nis2assessor.adapter.persistence.repository;

import eu.nis2assessor.adapter.persistence.entity.ApprovalEntity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Approvals of risk-management measures, always filtered by tenant. */
public interface ApprovalRepository extends JpaRepository<ApprovalEntity, UUID> {

    Optional<ApprovalEntity> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("select a from ApprovalEntity a where a.tenantId = :tenant and a.legalEntityId in :ids"
            + " order by a.legalEntityId, a.approvedOn desc, a.recordedAt desc, a.id desc")
    List<ApprovalEntity> findByLegalEntityIds(@Param("tenant") UUID tenant, @Param("ids") Collection<UUID> legalEntityIds);
}
