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

/** JPA mapping of table {@code financial_year} (Flyway V2, consolidated previous figures V5); the included entities are in {@code consolidated_inclusion}. */
@Entity
@Table(name = "financial_year")
public class FinancialYearEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "legal_entity_id", nullable = false, updatable = false)
    private UUID legalEntityId;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd;

    @Column(name = "headcount", nullable = false, columnDefinition = "numeric")
    private BigDecimal headcount;

    @Column(name = "annual_turnover", nullable = false, columnDefinition = "numeric")
    private BigDecimal annualTurnover;

    @Column(name = "balance_sheet_total", columnDefinition = "numeric")
    private BigDecimal balanceSheetTotal;

    @Column(name = "approved", nullable = false)
    private boolean approved;

    @Column(name = "consolidated_headcount", columnDefinition = "numeric")
    private BigDecimal consolidatedHeadcount;

    @Column(name = "consolidated_annual_turnover", columnDefinition = "numeric")
    private BigDecimal consolidatedAnnualTurnover;

    @Column(name = "consolidated_balance_sheet_total", columnDefinition = "numeric")
    private BigDecimal consolidatedBalanceSheetTotal;

    @Column(name = "consolidated_previous_headcount", columnDefinition = "numeric")
    private BigDecimal consolidatedPreviousHeadcount;

    @Column(name = "consolidated_previous_annual_turnover", columnDefinition = "numeric")
    private BigDecimal consolidatedPreviousAnnualTurnover;

    @Column(name = "consolidated_previous_balance_sheet_total", columnDefinition = "numeric")
    private BigDecimal consolidatedPreviousBalanceSheetTotal;

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
    public UUID getLegalEntityId() { return legalEntityId; }
    public void setLegalEntityId(UUID legalEntityId) { this.legalEntityId = legalEntityId; }
    public LocalDate getPeriodEnd() { return periodEnd; }
    public void setPeriodEnd(LocalDate periodEnd) { this.periodEnd = periodEnd; }
    public BigDecimal getHeadcount() { return headcount; }
    public void setHeadcount(BigDecimal headcount) { this.headcount = headcount; }
    public BigDecimal getAnnualTurnover() { return annualTurnover; }
    public void setAnnualTurnover(BigDecimal annualTurnover) { this.annualTurnover = annualTurnover; }
    public BigDecimal getBalanceSheetTotal() { return balanceSheetTotal; }
    public void setBalanceSheetTotal(BigDecimal balanceSheetTotal) { this.balanceSheetTotal = balanceSheetTotal; }
    public boolean isApproved() { return approved; }
    public void setApproved(boolean approved) { this.approved = approved; }
    public BigDecimal getConsolidatedHeadcount() { return consolidatedHeadcount; }
    public void setConsolidatedHeadcount(BigDecimal v) { this.consolidatedHeadcount = v; }
    public BigDecimal getConsolidatedAnnualTurnover() { return consolidatedAnnualTurnover; }
    public void setConsolidatedAnnualTurnover(BigDecimal v) { this.consolidatedAnnualTurnover = v; }
    public BigDecimal getConsolidatedBalanceSheetTotal() { return consolidatedBalanceSheetTotal; }
    public void setConsolidatedBalanceSheetTotal(BigDecimal v) { this.consolidatedBalanceSheetTotal = v; }
    public BigDecimal getConsolidatedPreviousHeadcount() { return consolidatedPreviousHeadcount; }
    public void setConsolidatedPreviousHeadcount(BigDecimal v) { this.consolidatedPreviousHeadcount = v; }
    public BigDecimal getConsolidatedPreviousAnnualTurnover() { return consolidatedPreviousAnnualTurnover; }
    public void setConsolidatedPreviousAnnualTurnover(BigDecimal v) { this.consolidatedPreviousAnnualTurnover = v; }
    public BigDecimal getConsolidatedPreviousBalanceSheetTotal() { return consolidatedPreviousBalanceSheetTotal; }
    public void setConsolidatedPreviousBalanceSheetTotal(BigDecimal v) { this.consolidatedPreviousBalanceSheetTotal = v; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
}
