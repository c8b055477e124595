package eu.nis2assessor.adapter.persistence.repository;

import eu.nis2assessor.adapter.persistence.entity.ApprovalMemberEntity;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Approvers of approvals, always filtered by tenant. */
public interface ApprovalMemberRepository extends JpaRepository<ApprovalMemberEntity, UUID> {

    @Query("select am from ApprovalMemberEntity am where am.tenantId = :tenant and am.approvalId in :ids"
            + " order by am.approvalId, am.id")
    List<ApprovalMemberEntity> findByApprovalIds(@Param("tenant") UUID tenant, @Param("ids") Collection<UUID> approvalIds);
}
