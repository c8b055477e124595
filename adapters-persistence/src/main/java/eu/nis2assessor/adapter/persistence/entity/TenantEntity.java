package eu.nis2assessor.adapter.persistence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JPA mapping of table {@code tenant} (created by Flyway V1; JPA only validates it). */
@Entity
@Table(name = "tenant")
public class TenantEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "name", nullable = false, columnDefinition = "text")
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false, insertable = false,
            columnDefinition = "timestamptz")
    private OffsetDateTime createdAt;

    protected TenantEntity() {
        // for JPA
    }

    public TenantEntity(UUID id, String name) {
        this.id = id;
        this.name = name;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Set by the database ({@code default now()}); null until the row has been read back. */
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
