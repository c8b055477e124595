package eu.nis2assessor.domain.reasoning;

/**
 * The name of the rule set that produced a result. Changed in this one place whenever a rule changes,
 * so that a stored assessment says which rules it was made under.
 */
public record RulesVersion(String value) {

    /** The rule set currently implemented: EU baseline of NIS2 (2022/2555) with Rec 2003/361. */
    public static final RulesVersion CURRENT = new RulesVersion("nis2-eu-baseline-2026.12.4");

    public RulesVersion {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rulesVersion: must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
