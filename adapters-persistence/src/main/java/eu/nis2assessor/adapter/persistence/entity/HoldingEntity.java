package eu.nis2assessor.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** JPA mapping of table {@code holding} (Flyway V2). */
@Entity
@Table(name = "holding")
public class HoldingEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private UUID groupId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private UUID ownerId;

    @Column(name = "owned_id", nullable = false, updatable = false)
    private UUID ownedId;

    @Column(name = "capital_percent", columnDefinition = "numeric")
    private BigDecimal capitalPercent;

    @Column(name = "voting_percent", columnDefinition = "numeric")
    private BigDecimal votingPercent;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "control_rights", nullable = false, columnDefinition = "jsonb")
    private String controlRights;

    @Column(name = "invested_amount", columnDefinition = "numeric")
    private BigDecimal investedAmount;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false, columnDefinition = "timestamptz")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false, columnDefinition = "timestamptz")
    private OffsetDateTime updatedAt;

    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getTenantId() { return tenantId; }
    public void setTenantId(UUID tenantId) { this.tenantId = tenantId; }
    public UUID getGroupId() { return groupId; }
    public void setGroupId(UUID groupId) { this.groupId = groupId; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
    public UUID getOwnedId() { return ownedId; }
    public void setOwnedId(UUID ownedId) { this.ownedId = ownedId; }
    public BigDecimal getCapitalPercent() { return capitalPercent; }
    public void setCapitalPercent(BigDecimal capitalPercent) { this.capitalPercent = capitalPercent; }
    public BigDecimal getVotingPercent() { return votingPercent; }
    public void setVotingPercent(BigDecimal votingPercent) { this.votingPercent = votingPercent; }
    public String getControlRights() { return controlRights; }
    public void setControlRights(String controlRights) { this.controlRights = controlRights; }
    public BigDecimal getInvestedAmount() { return investedAmount; }
    public void setInvestedAmount(BigDecimal investedAmount) { this.investedAmount = investedAmount; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidTo() { return validTo; }
    public void setValidTo(LocalDate validTo) { this.validTo = validTo; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
}
