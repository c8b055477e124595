package eu.nis2assessor.domain.access;

import java.util.EnumSet;
import java.util.Set;

/** The role of a user in a tenant; each role stands for a fixed set of {@link Scope scopes}. */
public enum Role {
    /** Everything, including tokens, members and the audit log. */
    ADMIN(EnumSet.allOf(Scope.class)),
    /** Reads and writes groups and runs assessments; may be restricted to named groups. */
    COMPLIANCE_HEAD(EnumSet.of(Scope.ASSESS_READ, Scope.GROUPS_READ, Scope.GROUPS_WRITE, Scope.ASSESSMENTS_RUN)),
    /** Reads only. */
    VIEWER(EnumSet.of(Scope.ASSESS_READ, Scope.GROUPS_READ));

    private final Set<Scope> scopes;

    Role(EnumSet<Scope> scopes) {
        this.scopes = Set.copyOf(scopes);
    }

    public Set<Scope> scopes() {
        return scopes;
    }
}
