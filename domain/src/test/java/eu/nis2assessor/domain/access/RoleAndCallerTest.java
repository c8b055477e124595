package eu.nis2assessor.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.tenant.TenantId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoleAndCallerTest {

    @Test
    void rolesMapToScopes() {
        assertThat(Role.ADMIN.scopes()).containsExactlyInAnyOrder(Scope.values());
        assertThat(Role.COMPLIANCE_HEAD.scopes()).containsExactlyInAnyOrder(
                Scope.ASSESS_READ, Scope.GROUPS_READ, Scope.GROUPS_WRITE, Scope.ASSESSMENTS_RUN);
        assertThat(Role.VIEWER.scopes()).containsExactlyInAnyOrder(Scope.ASSESS_READ, Scope.GROUPS_READ);
    }

    @Test
    void scopesAreWrittenAsInTheContract() {
        assertThat(Scope.values()).extracting(Scope::value)
                .containsExactly("assess:read", "groups:read", "groups:write", "assessments:run", "tokens:admin");
        assertThat(Scope.fromValue("groups:write")).contains(Scope.GROUPS_WRITE);
        assertThat(Scope.fromValue("GROUPS:WRITE")).isEmpty();
        assertThat(Scope.fromValue("admin")).isEmpty();
    }

    @Test
    void aGroupRestrictionLimitsTheGroupsACallerMaySee() {
        UUID mine = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        TenantId tenant = new TenantId(UUID.randomUUID());
        Caller restricted = new Caller(tenant, "token:1", Set.of(Scope.GROUPS_READ), Optional.of(Set.of(mine)));
        assertThat(restricted.mayAccessGroup(mine)).isTrue();
        assertThat(restricted.mayAccessGroup(other)).isFalse();
        assertThat(restricted.has(Scope.GROUPS_READ)).isTrue();
        assertThat(restricted.has(Scope.GROUPS_WRITE)).isFalse();
        Caller free = new Caller(tenant, "user:1", EnumSet.of(Scope.GROUPS_READ), Optional.empty());
        assertThat(free.mayAccessGroup(other)).isTrue();
        assertThat(Caller.system(tenant).scopes()).containsExactlyInAnyOrder(Scope.values());
    }
}
