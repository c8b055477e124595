package eu.nis2assessor.adapter.persistence.repository;

import eu.nis2assessor.adapter.persistence.entity.ManagementBodyMemberEntity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Members of management bodies, always filtered by tenant. */
public interface ManagementBodyMemberRepository extends JpaRepository<ManagementBodyMemberEntity, UUID> {

    Optional<ManagementBodyMemberEntity> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query("select m from ManagementBodyMemberEntity m where m.tenantId = :tenant and m.id in :ids")
    List<ManagementBodyMemberEntity> findByIds(@Param("tenant") UUID tenant, @Param("ids") Collection<UUID> ids);

    @Query("select m from ManagementBodyMemberEntity m where m.tenantId = :tenant and m.legalEntityId in :ids"
            + " order by m.legalEntityId, m.appointedOn, m.name, m.id")
    List<ManagementBodyMemberEntity> findByLegalEntityIds(@Param("tenant") UUID tenant,
                                                          @Param("ids") Collection<UUID> legalEntityIds);
}
