package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.List;

/**
 * The figures that count for one enterprise after Rec 2003/361 Annex Art 6.
 *
 * @param key                         the enterprise
 * @param figures                     aggregated figures of the latest period
 * @param previousFigures             aggregated figures of the period before, or {@code null} when the
 *                                    enterprise gave no previous figures (the two-period rule then does not apply)
 * @param contributions               every enterprise counted, with its share
 * @param undertakingWorldwideTurnover the enterprise with its linked enterprises at 100 %, no partners (Art 34 base)
 * @param steps                       the reasoning of the aggregation
 * @param assumptions                 what the aggregation assumed
 */
public record EnterpriseAggregation(String key, SizeFigures figures, SizeFigures previousFigures,
                                    List<Contribution> contributions, BigDecimal undertakingWorldwideTurnover,
                                    List<ReasoningStep> steps, List<String> assumptions) {
}
