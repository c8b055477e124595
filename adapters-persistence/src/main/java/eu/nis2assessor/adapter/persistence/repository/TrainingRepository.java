package eu.nis2assessor.adapter.persistence.repository;

import eu.nis2assessor.adapter.persistence.entity.TrainingEntity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Trainings of members of management bodies, always filtered by tenant. */
public interface TrainingRepository extends JpaRepository<TrainingEntity, UUID> {

    Optional<TrainingEntity> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("select t from TrainingEntity t where t.tenantId = :tenant and t.memberId in :ids"
            + " order by t.memberId, t.completedOn desc, t.id")
    List<TrainingEntity> findByMemberIds(@Param("tenant") UUID tenant, @Param("ids") Collection<UUID> memberIds);

    @Query("select t from TrainingEntity t where t.tenantId = :tenant and t.legalEntityId in :ids"
            + " order by t.legalEntityId, t.completedOn desc, t.id")
    List<TrainingEntity> findByLegalEntityIds(@Param("tenant") UUID tenant, @Param("ids") Collection<UUID> legalEntityIds);
}
