package eu.nis2assessor.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** JPA mapping of table {@code approval} (Flyway V3, V4): written once, never updated. */
@Entity
@Immutable
@Table(name = "approval")
public class ApprovalEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "legal_entity_id", nullable = false, updatable = false)
    private UUID legalEntityId;

    @Column(name = "measures_version", nullable = false, updatable = false, columnDefinition = "text")
    private String measuresVersion;

    @Column(name = "approved_on", nullable = false, updatable = false)
    private LocalDate approvedOn;

    @Column(name = "document_reference", updatable = false, columnDefinition = "text")
    private String documentReference;

    /** Flyway V4: orders approvals of the same day. */
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public void setTenantId(UUID tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getLegalEntityId() {
        return legalEntityId;
    }

    public void setLegalEntityId(UUID legalEntityId) {
        this.legalEntityId = legalEntityId;
    }

    public String getMeasuresVersion() {
        return measuresVersion;
    }

    public void setMeasuresVersion(String measuresVersion) {
        this.measuresVersion = measuresVersion;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }
}
