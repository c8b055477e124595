package eu.nis2assessor.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** JPA mapping of table {@code legal_entity} (Flyway V2); JSONB lists are held as JSON text. */
@Entity
@Table(name = "legal_entity")
public class LegalEntityEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private UUID tenantId;

    @Column(name = "group_id", nullable = false, updatable = false)
    private UUID groupId;

    @Column(name = "external_key", nullable = false, columnDefinition = "text")
    private String externalKey;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country", length = 2, columnDefinition = "char(2)")
    private String country;

    @Column(name = "registration_number", columnDefinition = "text")
    private String registrationNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "activities", nullable = false, columnDefinition = "jsonb")
    private String activities;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "identifications", nullable = false, columnDefinition = "jsonb")
    private String identifications;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exclusions", nullable = false, columnDefinition = "jsonb")
    private String exclusions;

    @Column(name = "investor_category", columnDefinition = "text")
    private String investorCategory;

    @Column(name = "natural_person", nullable = false)
    private boolean naturalPerson;

    @Column(name = "provides_services_in_union", nullable = false)
    private boolean providesServicesInUnion;

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
    public String getExternalKey() { return externalKey; }
    public void setExternalKey(String externalKey) { this.externalKey = externalKey; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getActivities() { return activities; }
    public void setActivities(String activities) { this.activities = activities; }
    public String getIdentifications() { return identifications; }
    public void setIdentifications(String identifications) { this.identifications = identifications; }
    public String getExclusions() { return exclusions; }
    public void setExclusions(String exclusions) { this.exclusions = exclusions; }
    public String getInvestorCategory() { return investorCategory; }
    public void setInvestorCategory(String investorCategory) { this.investorCategory = investorCategory; }
    public boolean isNaturalPerson() { return naturalPerson; }
    public void setNaturalPerson(boolean naturalPerson) { this.naturalPerson = naturalPerson; }
    public boolean isProvidesServicesInUnion() { return providesServicesInUnion; }
    public void setProvidesServicesInUnion(boolean providesServicesInUnion) { this.providesServicesInUnion = providesServicesInUnion; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
}
