package eu.nis2assessor.bootstrap.tenant;

import eu.nis2assessor.adapter.persistence.entity.TenantEntity;
import eu.nis2assessor.adapter.persistence.repository.TenantRepository;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Comparator;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tenant created on first start: with an empty database the service creates one tenant named
 * {@value #NAME}; later starts find it again (the oldest tenant).
 */
public final class DefaultTenant {

    public static final String NAME = "default";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultTenant.class);

    private final TenantId id;

    private DefaultTenant(TenantId id) {
        this.id = id;
    }

    /** Finds the oldest tenant, or creates the default one when there is none. */
    public static DefaultTenant findOrCreate(TenantRepository tenants) {
        return tenants.findAll().stream()
                .min(Comparator.comparing(TenantEntity::getCreatedAt).thenComparing(TenantEntity::getId))
                .map(t -> new DefaultTenant(new TenantId(t.getId())))
                .orElseGet(() -> {
                    UUID id = UUID.randomUUID();
                    tenants.saveAndFlush(new TenantEntity(id, NAME));
                    LOG.info("First start: created the default tenant {}", id);
                    return new DefaultTenant(new TenantId(id));
                });
    }

    public TenantId id() {
        return id;
    }
}
