package eu.nis2assessor.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.port.out.TokenDigestPort;
import eu.nis2assessor.bootstrap.support.OwnerJdbc;
import eu.nis2assessor.bootstrap.support.Tenants;
import eu.nis2assessor.domain.access.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tenant isolation in PostgreSQL itself: plain JDBC as the application role (the service's own DataSource), with
 * queries that "forget" the tenant filter, cannot read or write another tenant's rows; every table with a
 * {@code tenant_id} column has row-level security enabled and forced with a policy; the role owns nothing; the
 * audit log is append-only.
 */
@SpringBootTest
class RowLevelSecurityTest {

    @Autowired
    DataSource appDataSource;

    @Autowired
    Environment environment;

    @Autowired
    TokenDigestPort digests;

    JdbcTemplate owner;
    UUID tenantA;
    UUID tenantB;
    String tokenB;

    @BeforeEach
    void twoTenantsWithTokensAndAuditRecords() {
        owner = OwnerJdbc.of(environment);
        Tenants tenants = new Tenants(owner, digests);
        tenantA = tenants.create("RLS A");
        tenantB = tenants.create("RLS B");
        tenants.token(tenantA, Scope.GROUPS_READ);
        tokenB = tenants.token(tenantB, Scope.GROUPS_READ);
        for (UUID tenant : List.of(tenantA, tenantB)) {
            owner.update("insert into audit_record (id, tenant_id, actor, action, outcome) values (?, ?, 'test', 'rls', 'SUCCESS')",
                    UUID.randomUUID(), tenant);
        }
    }

    /** Runs {@code work} on one connection of the service's DataSource, in a transaction bound to {@code tenant}. */
    private <T> T asAppRoleBoundTo(UUID tenant, SqlWork<T> work) throws SQLException {
        try (Connection connection = appDataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement bind = connection.prepareStatement(
                    "select set_config('app.tenant_id', ?, true), set_config('app.group_ids', '*', true)")) {
                bind.setString(1, tenant == null ? "" : tenant.toString());
                bind.executeQuery().close();
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aQueryWithoutTenantFilterSeesOnlyTheBoundTenantsRows() throws SQLException {
        asAppRoleBoundTo(tenantA, connection -> {
            assertThat(count(connection, "select count(*) from api_token where tenant_id = '" + tenantB + "'")).isZero();
            assertThat(count(connection, "select count(*) from audit_record where tenant_id = '" + tenantB + "'")).isZero();
            assertThat(count(connection, "select count(*) from api_token where tenant_id <> '" + tenantA + "'")).isZero();
            assertThat(count(connection, "select count(*) from api_token")).isPositive();
            assertThat(count(connection, "select count(*) from audit_record")).isPositive();
            return null;
        });
        assertThat(owner.queryForObject("select count(*) from api_token where tenant_id = ?", Long.class, tenantB)).isEqualTo(1);
    }

    @Test
    void withoutABoundTenantNothingIsVisible() throws SQLException {
        asAppRoleBoundTo(null, connection -> {
            assertThat(count(connection, "select count(*) from api_token")).isZero();
            assertThat(count(connection, "select count(*) from audit_record")).isZero();
            assertThat(count(connection, "select count(*) from tenant_membership")).isZero();
            return null;
        });
    }

    @Test
    void anotherTenantsRowsCannotBeUpdatedDeletedOrInserted() throws SQLException {
        asAppRoleBoundTo(tenantA, connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate("update api_token set name = 'hijacked', revoked_at = now() where tenant_id = '"
                        + tenantB + "'")).isZero();
                assertThat(statement.executeUpdate("delete from api_token where tenant_id = '" + tenantB + "'")).isZero();
                assertThat(statement.executeUpdate("update api_token set tenant_id = '" + tenantB + "' where false")).isZero();
            }
            return null;
        });
        asAppRoleBoundTo(tenantA, connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("insert into api_token (id, tenant_id, name, prefix, digest, scopes,"
                        + " expires_at, created_by) values (gen_random_uuid(), '" + tenantB + "', 'planted', 'nis2_x',"
                        + " decode(repeat('ab', 32), 'hex'), '{groups:read}', now() + interval '1 day', 'x')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            return null;
        });
        asAppRoleBoundTo(tenantA, connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update api_token set tenant_id = '" + tenantB + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            return null;
        });
        assertThat(owner.queryForObject("select count(*) from api_token where tenant_id = ? and name = 'hijacked'", Long.class,
                tenantB)).isZero();
        assertThat(owner.queryForObject("select count(*) from api_token where tenant_id = ? and revoked_at is null", Long.class,
                tenantB)).isEqualTo(1);
    }

    @Test
    void everyTableWithATenantColumnHasRowLevelSecurityForcedAndAPolicy() {
        List<Map<String, Object>> tables = owner.queryForList("""
                select c.relname as table_name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
                       (select count(*) from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname
                           and p.policyname = 'tenant_isolation') as policies
                  from information_schema.columns col
                  join pg_namespace n on n.nspname = col.table_schema
                  join pg_class c on c.relnamespace = n.oid and c.relname = col.table_name and c.relkind = 'r'
                 where col.table_schema = current_schema() and col.column_name = 'tenant_id'""");
        assertThat(tables).extracting(t -> t.get("table_name"))
                .contains("api_token", "audit_record", "tenant_membership");
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.get("enabled")).as(table.get("table_name") + " RLS enabled").isEqualTo(true);
            assertThat(table.get("forced")).as(table.get("table_name") + " RLS forced").isEqualTo(true);
            assertThat(((Number) table.get("policies")).longValue()).as(table.get("table_name") + " policy").isEqualTo(1);
        });
    }

    @Test
    void theApplicationRoleOwnsNothingAndCannotBypassRowLevelSecurity() {
        JdbcTemplate app = new JdbcTemplate(appDataSource);
        Map<String, Object> role = app.queryForMap("select current_user as name, rolsuper, rolbypassrls from pg_roles"
                + " where rolname = current_user");
        assertThat(role.get("rolsuper")).isEqualTo(false);
        assertThat(role.get("rolbypassrls")).isEqualTo(false);
        assertThat(app.queryForObject("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = current_schema() and pg_get_userbyid(c.relowner) = current_user", Long.class)).isZero();
        assertThat(owner.queryForObject("select current_user", String.class)).isNotEqualTo(role.get("name"));
    }

    @Test
    void theAuditLogIsAppendOnly() throws SQLException {
        asAppRoleBoundTo(tenantA, connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("update audit_record set outcome = 'FAILED'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            return null;
        });
        asAppRoleBoundTo(tenantA, connection -> {
            try (Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("delete from audit_record"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            return null;
        });
        // Not even the owner can change it: a trigger refuses.
        assertThatThrownBy(() -> owner.update("update audit_record set outcome = 'FAILED' where tenant_id = ?", tenantA))
                .rootCause().hasMessageContaining("audit_record is append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_record where tenant_id = ?", tenantA))
                .rootCause().hasMessageContaining("audit_record is append-only");
    }

    @Test
    void theTokenLookupFunctionReturnsOnlyTheRowWithThatDigest() throws SQLException {
        String digestB = java.util.HexFormat.of().formatHex(digests.digest(tokenB));
        asAppRoleBoundTo(null, connection -> {
            assertThat(count(connection, "select count(*) from nis2_find_api_token(decode(repeat('00', 32), 'hex'))")).isZero();
            assertThat(count(connection, "select count(*) from nis2_find_api_token(decode('" + digestB + "', 'hex'))"
                    + " where tenant_id = '" + tenantB + "'")).isEqualTo(1);
            assertThat(count(connection, "select count(*) from api_token")).as("the table itself stays closed").isZero();
            return null;
        });
    }
}
