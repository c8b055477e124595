package eu.nis2assessor.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** JPA mapping of table {@code approval_member} (Flyway V3): one approver of one approval. */
@Entity
@Immutable
@Table(name = "approval_member")
public class ApprovalMemberEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "approval_id", nullable = false, updatable = false)
    private UUID approvalId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private UUID memberId;

    @Column(name = "legal_entity_id", nullable = false, updatable = false)
    private UUID legalEntityId;

    protected ApprovalMemberEntity() {
        // for JPA
    }

    public ApprovalMemberEntity(UUID id, UUID tenantId, UUID approvalId, UUID memberId, UUID legalEntityId) {
        this.id = id;
        this.tenantId = tenantId;
        this.approvalId = approvalId;
        this.memberId = memberId;
        this.legalEntityId = legalEntityId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getApprovalId() {
        return approvalId;
    }

    public UUID getMemberId() {
        return memberId;
    }
}
