package eu.nis2assessor.application.port.in;

/**
 * Tells which rule set the service applies, so that a client can record the rules a result was made under.
 */
public interface DescribeRulesUseCase {

    /** The current rules version, e.g. {@code nis2-eu-baseline-2026.12.4}; never blank. */
    String rulesVersion();
}
