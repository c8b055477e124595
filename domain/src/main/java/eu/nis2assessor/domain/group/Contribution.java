package eu.nis2assessor.domain.group;

import java.math.BigDecimal;
import java.util.List;

/**
 * One enterprise counted in a target's aggregated figures, with the fraction counted
 * ({@code 1} for own and linked data, {@code 0.3} for a 30 % partner).
 */
public record Contribution(String key, EnterpriseRelation relation, BigDecimal share, List<String> legalBasis) {
}
