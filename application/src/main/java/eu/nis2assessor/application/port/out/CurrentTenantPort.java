package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.tenant.TenantId;

/**
 * The tenant on whose behalf the current request runs. Services ask this port instead of taking the tenant
 * as an argument from a client, so that a client can never choose another tenant. Implemented in
 * {@code bootstrap} (from the authenticated principal).
 */
public interface CurrentTenantPort {

    /** The current tenant; never {@code null}. */
    TenantId currentTenant();
}
