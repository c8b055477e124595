package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.group.Contribution;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result for one enterprise of a group structure.
 *
 * @param aggregatedFigures            figures after Rec 2003/361 Annex Art 6
 * @param contributions                every enterprise counted, with its share
 * @param sizeClass                    size class of the aggregated figures (after the two-period rule)
 * @param undertakingWorldwideTurnover the enterprise with its linked enterprises at 100 %, no partners (EUR)
 * @param assessment                   the NIS2 assessment, or {@code null} when the enterprise has no activities
 */
public record EnterpriseAssessment(String key, SizeFigures aggregatedFigures, List<Contribution> contributions,
                                   SizeClass sizeClass, BigDecimal undertakingWorldwideTurnover, Assessment assessment) {

    /** The same result with another assessment. */
    public EnterpriseAssessment withAssessment(Assessment other) {
        return new EnterpriseAssessment(key, aggregatedFigures, contributions, sizeClass, undertakingWorldwideTurnover, other);
    }
}
