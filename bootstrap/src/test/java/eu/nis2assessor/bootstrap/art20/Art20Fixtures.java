package eu.nis2assessor.bootstrap.art20;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows the Art 20 tests stand on (groups and legal entities of V2), written with SQL so that these tests do not
 * depend on the stored-groups use cases. The register itself is always written through the API.
 */
final class Art20Fixtures {

    private Art20Fixtures() {
    }

    static UUID group(JdbcTemplate jdbc, UUID tenant, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into nis2_group (id, tenant_id, name) values (?, ?, ?)", id, tenant, name);
        return id;
    }

    static UUID legalEntity(JdbcTemplate jdbc, UUID tenant, UUID group, String key) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into legal_entity (id, tenant_id, group_id, external_key, name, country)"
                + " values (?, ?, ?, ?, ?, 'DE')", id, tenant, group, key, "Entity " + key);
        return id;
    }

    static UUID tenant(JdbcTemplate jdbc, String name) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into tenant (id, name) values (?, ?)", id, name);
        return id;
    }
}
