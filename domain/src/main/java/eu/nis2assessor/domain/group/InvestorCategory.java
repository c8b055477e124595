package eu.nis2assessor.domain.group;

import java.math.BigDecimal;

/**
 * Investors that may hold 25 % or more without making the enterprise a partner, provided they are not
 * linked to it (Rec 2003/361 Annex Art 3(2) second subparagraph).
 */
public enum InvestorCategory {
    /** Public investment corporation (point (a)). No amount ceiling. */
    PUBLIC_INVESTMENT_CORPORATION,
    /** Venture capital company (point (a)). No amount ceiling. */
    VENTURE_CAPITAL,
    /** Business angel (point (a)): only while the business angels' total investment in the enterprise is below EUR 1 250 000. */
    BUSINESS_ANGEL,
    /** University or non-profit research centre (point (b)). */
    UNIVERSITY_OR_RESEARCH_CENTRE,
    /** Institutional investor, including a regional development fund (point (c)). */
    INSTITUTIONAL_INVESTOR,
    /** Autonomous local authority with an annual budget below EUR 10 million and fewer than 5 000 inhabitants (point (d)). */
    SMALL_AUTONOMOUS_LOCAL_AUTHORITY;

    /** The business angels' ceiling: their total investment in the same enterprise must stay below it. */
    public static final BigDecimal BUSINESS_ANGEL_CEILING = new BigDecimal("1250000");
}
