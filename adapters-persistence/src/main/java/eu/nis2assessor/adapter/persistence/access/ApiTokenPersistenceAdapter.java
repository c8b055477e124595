package eu.nis2assessor.adapter.persistence.access;

import static eu.nis2assessor.adapter.persistence.Rows.arrayLiteral;
import static eu.nis2assessor.adapter.persistence.Rows.instant;
import static eu.nis2assessor.adapter.persistence.Rows.timestamp;

import eu.nis2assessor.adapter.persistence.Rows;
import eu.nis2assessor.adapter.persistence.transaction.TenantTransactions;
import eu.nis2assessor.application.port.out.ApiTokenRecord;
import eu.nis2assessor.application.port.out.ApiTokenStore;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.domain.access.Scope;
import eu.nis2assessor.domain.tenant.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link ApiTokenStore} on table {@code api_token}. Every statement but the authentication look-up names the
 * current tenant explicitly (the application's filter); row-level security enforces the same in PostgreSQL. The
 * look-up by digest goes through the SECURITY DEFINER function {@code nis2_find_api_token}, which returns only
 * the row with that digest.
 */
@Component
public class ApiTokenPersistenceAdapter implements ApiTokenStore {

    private static final String COLUMNS =
            "id, tenant_id, name, prefix, scopes, group_ids, expires_at, created_at, created_by, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final CurrentTenantPort tenants;
    private final TenantTransactions transactions;

    public ApiTokenPersistenceAdapter(JdbcTemplate jdbcTemplate, CurrentTenantPort tenants, TenantTransactions transactions) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.tenants = tenants;
        this.transactions = transactions;
    }

    @Override
    public Optional<ApiTokenRecord> findByDigest(byte[] digest) {
        return jdbc.sql("select id, tenant_id, null::text as name, prefix, scopes, group_ids, expires_at,"
                        + " null::timestamptz as created_at, null::text as created_by, last_used_at, revoked_at"
                        + " from nis2_find_api_token(?)")
                .param(digest)
                .query((rs, n) -> map(rs, true))
                .optional();
    }

    @Override
    public void insert(ApiTokenRecord token, byte[] digest) {
        jdbc.sql("insert into api_token (id, tenant_id, name, prefix, digest, scopes, group_ids, expires_at, created_at,"
                        + " created_by) values (?, ?, ?, ?, ?, ?::text[], ?::uuid[], ?, ?, ?)")
                .params(token.id(), token.tenant().value(), token.name(), token.prefix(), digest,
                        arrayLiteral(token.scopes().stream().map(Scope::value).toList()),
                        token.groups().map(Rows::arrayLiteral).orElse(null),
                        timestamp(token.expiresAt()), timestamp(token.createdAt()), token.createdBy())
                .update();
    }

    @Override
    public Optional<ApiTokenRecord> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from api_token where tenant_id = ? and id = ?")
                .params(tenant().value(), id)
                .query((rs, n) -> map(rs, false))
                .optional();
    }

    @Override
    public List<ApiTokenRecord> list(int limit, Optional<UUID> after) {
        UUID tenant = tenant().value();
        if (after.isEmpty()) {
            return jdbc.sql("select " + COLUMNS + " from api_token where tenant_id = ? order by created_at, id limit ?")
                    .params(tenant, limit).query((rs, n) -> map(rs, false)).list();
        }
        return jdbc.sql("select " + COLUMNS + " from api_token t where t.tenant_id = ? and (t.created_at, t.id) >"
                        + " (select a.created_at, a.id from api_token a where a.tenant_id = ? and a.id = ?)"
                        + " order by t.created_at, t.id limit ?")
                .params(tenant, tenant, after.get(), limit).query((rs, n) -> map(rs, false)).list();
    }

    @Override
    public boolean tenantHasTokens() {
        return jdbc.sql("select exists (select 1 from api_token where tenant_id = ?)")
                .param(tenant().value()).query(Boolean.class).single();
    }

    @Override
    public void markRevoked(UUID id, Instant at) {
        jdbc.sql("update api_token set revoked_at = ? where tenant_id = ? and id = ? and revoked_at is null")
                .params(timestamp(at), tenant().value(), id).update();
    }

    @Override
    public void markUsed(ApiTokenRecord token, Instant at) {
        transactions.separately(token.tenant(), Optional.empty(), () -> jdbc.sql(
                        "update api_token set last_used_at = ? where tenant_id = ? and id = ?"
                                + " and (last_used_at is null or last_used_at < ?)")
                .params(timestamp(at), token.tenant().value(), token.id(), timestamp(at)).update());
    }

    private TenantId tenant() {
        return tenants.currentTenant();
    }

    private static ApiTokenRecord map(ResultSet rs, boolean lookup) throws SQLException {
        Set<Scope> scopes = Arrays.stream(Rows.strings(rs, "scopes"))
                .map(value -> Scope.fromValue(value).orElse(null))
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        Instant createdAt = instant(rs, "created_at");
        return new ApiTokenRecord(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                lookup ? "" : rs.getString("name"), rs.getString("prefix"), scopes, Rows.uuids(rs, "group_ids"),
                instant(rs, "expires_at"), lookup ? Instant.EPOCH : createdAt,
                lookup ? "" : rs.getString("created_by"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }
}
