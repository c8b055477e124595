package eu.nis2assessor.domain.penalty;

import java.math.BigDecimal;
import java.util.List;

/**
 * The ceiling the Member State must at least provide for Art 21/23 infringements (NIS2 Art 34(4)-(5)).
 * All amounts in EUR.
 *
 * @param maximum            the higher of the fixed amount and the percentage of the undertaking's turnover
 * @param fixedAmount        EUR 10 000 000 (essential) or EUR 7 000 000 (important)
 * @param turnoverPercentage 2 (essential) or 1.4 (important)
 * @param undertakingTurnover the worldwide annual turnover of the undertaking the percentage was applied to
 */
public record FineExposure(BigDecimal maximum, BigDecimal fixedAmount, BigDecimal turnoverPercentage,
                           BigDecimal undertakingTurnover, List<String> legalBasis) {

    public FineExposure {
        legalBasis = List.copyOf(legalBasis);
    }
}
