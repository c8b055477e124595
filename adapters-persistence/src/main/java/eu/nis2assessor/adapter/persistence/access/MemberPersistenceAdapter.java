package eu.nis2assessor.adapter.persistence.access;

import eu.nis2assessor.adapter.persistence.Rows;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.MemberRecord;
import eu.nis2assessor.application.port.out.MemberStore;
import eu.nis2assessor.application.port.out.MembershipGrant;
import eu.nis2assessor.domain.access.Role;
import eu.nis2assessor.domain.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link MemberStore} on tables {@code app_user} and {@code tenant_membership}. The look-up at authentication goes
 * through the SECURITY DEFINER function {@code nis2_find_memberships} (before a tenant is bound); everything
 * else names the current tenant and runs under row-level security.
 */
@Component
public class MemberPersistenceAdapter implements MemberStore {

    private static final String SELECT = "select m.id, m.user_id, u.issuer, u.subject, m.display_name, m.role, m.group_ids,"
            + " m.created_at, m.updated_at from tenant_membership m join app_user u on u.id = m.user_id";

    private final JdbcClient jdbc;
    private final CurrentTenantPort tenants;

    public MemberPersistenceAdapter(JdbcTemplate jdbcTemplate, CurrentTenantPort tenants) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.tenants = tenants;
    }

    @Override
    public List<MembershipGrant> findGrants(String issuer, String subject) {
        return jdbc.sql("select membership_id, tenant_id, role, group_ids from nis2_find_memberships(?, ?)")
                .params(issuer, subject)
                .query((rs, n) -> new MembershipGrant(rs.getObject("membership_id", UUID.class),
                        new TenantId(rs.getObject("tenant_id", UUID.class)), Role.valueOf(rs.getString("role")),
                        Rows.uuids(rs, "group_ids")))
                .list();
    }

    @Override
    public MemberRecord upsert(String issuer, String subject, String displayName, Role role, Optional<Set<UUID>> groups) {
        jdbc.sql("insert into app_user (id, issuer, subject) values (?, ?, ?) on conflict (issuer, subject) do nothing")
                .params(UUID.randomUUID(), issuer, subject).update();
        UUID userId = jdbc.sql("select id from app_user where issuer = ? and subject = ?")
                .params(issuer, subject).query(UUID.class).single();
        UUID tenant = tenant();
        jdbc.sql("insert into tenant_membership (id, tenant_id, user_id, display_name, role, group_ids)"
                        + " values (?, ?, ?, ?, ?, ?::uuid[]) on conflict (tenant_id, user_id) do update"
                        + " set display_name = excluded.display_name, role = excluded.role, group_ids = excluded.group_ids,"
                        + " updated_at = now()")
                .params(UUID.randomUUID(), tenant, userId, displayName, role.name(),
                        groups.map(Rows::arrayLiteral).orElse(null))
                .update();
        return jdbc.sql(SELECT + " where m.tenant_id = ? and m.user_id = ?").params(tenant, userId)
                .query((rs, n) -> map(rs)).single();
    }

    @Override
    public Optional<MemberRecord> findById(UUID id) {
        return jdbc.sql(SELECT + " where m.tenant_id = ? and m.id = ?").params(tenant(), id)
                .query((rs, n) -> map(rs)).optional();
    }

    @Override
    public boolean remove(UUID id) {
        return jdbc.sql("delete from tenant_membership where tenant_id = ? and id = ?").params(tenant(), id).update() > 0;
    }

    @Override
    public List<MemberRecord> list(int limit, Optional<UUID> after) {
        UUID tenant = tenant();
        if (after.isEmpty()) {
            return jdbc.sql(SELECT + " where m.tenant_id = ? order by m.created_at, m.id limit ?").params(tenant, limit)
                    .query((rs, n) -> map(rs)).list();
        }
        return jdbc.sql(SELECT + " where m.tenant_id = ? and (m.created_at, m.id) > (select a.created_at, a.id"
                        + " from tenant_membership a where a.tenant_id = ? and a.id = ?) order by m.created_at, m.id limit ?")
                .params(tenant, tenant, after.get(), limit).query((rs, n) -> map(rs)).list();
    }

    private UUID tenant() {
        return tenants.currentTenant().value();
    }

    private static MemberRecord map(ResultSet rs) throws SQLException {
        return new MemberRecord(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("issuer"), rs.getString("subject"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), Rows.uuids(rs, "group_ids"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
    }
}
