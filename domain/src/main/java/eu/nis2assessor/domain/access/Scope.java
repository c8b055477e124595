package eu.nis2assessor.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** What a caller may do. API tokens carry scopes; a user's role stands for a fixed set of them ({@link Role}). */
public enum Scope {
    /** Run the stateless assessments ({@code assessProfile}, {@code assessGroupStructure}) and read the rules version. */
    ASSESS_READ("assess:read"),
    /** Read stored groups, their entities, registers and assessments. */
    GROUPS_READ("groups:read"),
    /** Create, change and delete stored groups and their data. */
    GROUPS_WRITE("groups:write"),
    /** Run and store group assessments. */
    ASSESSMENTS_RUN("assessments:run"),
    /** Manage API tokens and tenant members, read the audit log. */
    TOKENS_ADMIN("tokens:admin");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    /** The scope as written in tokens and in the API, e.g. {@code groups:read}. */
    public String value() {
        return value;
    }

    /** The scope written as {@code value}, if there is one. */
    public static Optional<Scope> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
