package eu.nis2assessor.domain.tenant;

import java.util.Objects;
import java.util.UUID;

/**
 * The customer organisation that owns groups, legal entities, assessments and API tokens. Every stored row
 * belongs to exactly one tenant; nobody sees another tenant's rows.
 *
 * @param value the tenant's id (the primary key of table {@code tenant})
 */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    public static TenantId of(String uuid) {
        return new TenantId(UUID.fromString(uuid));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
