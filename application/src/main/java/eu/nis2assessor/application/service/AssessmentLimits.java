package eu.nis2assessor.application.service;

/**
 * Upper bounds on the size of one stateless group-structure assessment, so that one call cannot take the
 * service's memory or CPU from everyone else.
 *
 * @param maxEnterprises most enterprises (including natural persons) in one structure; at least 1
 * @param maxHoldings    most holdings in one structure; at least 0
 */
public record AssessmentLimits(int maxEnterprises, int maxHoldings) {

    public static final int DEFAULT_MAX_ENTERPRISES = 10_000;
    public static final int DEFAULT_MAX_HOLDINGS = 50_000;

    /** 10,000 enterprises and 50,000 holdings per call. */
    public static final AssessmentLimits DEFAULTS = new AssessmentLimits(DEFAULT_MAX_ENTERPRISES, DEFAULT_MAX_HOLDINGS);

    public AssessmentLimits {
        if (maxEnterprises < 1) {
            throw new IllegalArgumentException("maxEnterprises: must be at least 1 (got " + maxEnterprises + ")");
        }
        if (maxHoldings < 0) {
            throw new IllegalArgumentException("maxHoldings: must not be negative (got " + maxHoldings + ")");
        }
    }
}
