package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.group.AggregationPolicy;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.EnterpriseAggregation;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.size.SizeClassification;
import eu.nis2assessor.domain.size.SizeDetermination;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses every enterprise of a group structure: aggregates the figures once per linked group
 * ({@link AggregationPolicy}), then classifies each enterprise with activities on its aggregated figures,
 * with the undertaking's turnover as the fine base. Stateless and thread-safe.
 */
public final class GroupStructureAssessor {

    private final AggregationPolicy aggregationPolicy;
    private final ProfileAssessor profileAssessor;
    private final SizeDetermination sizeDetermination;

    public GroupStructureAssessor(AggregationPolicy aggregationPolicy, ProfileAssessor profileAssessor,
                                  SizeDetermination sizeDetermination) {
        this.aggregationPolicy = aggregationPolicy;
        this.profileAssessor = profileAssessor;
        this.sizeDetermination = sizeDetermination;
    }

    public GroupStructureAssessor() {
        this(new AggregationPolicy(), new ProfileAssessor(), new SizeDetermination());
    }

    public GroupStructureAssessment assess(GroupStructure structure) {
        List<EnterpriseAggregation> aggregations = aggregationPolicy.aggregate(structure);
        List<EnterpriseAssessment> results = new ArrayList<>(aggregations.size());
        for (int i = 0; i < aggregations.size(); i++) {
            Enterprise e = structure.enterprises().get(i);
            EnterpriseAggregation a = aggregations.get(i);
            Assessment assessment = null;
            if (!e.activities().isEmpty()) {
                EntityProfile profile = new EntityProfile(e.name(), e.activities(), a.figures(), a.previousFigures(),
                        a.undertakingWorldwideTurnover(), e.providesServicesInUnion(), e.identifications(),
                        e.exclusions());
                assessment = profileAssessor.assess(profile, a.steps(), a.assumptions(), false);
            }
            SizeClassification size = assessment == null
                    ? sizeDetermination.determine(a.figures(), a.previousFigures()) : null;
            results.add(new EnterpriseAssessment(a.key(), a.figures(), a.contributions(),
                    assessment != null ? assessment.sizeClass() : size.sizeClass(), a.undertakingWorldwideTurnover(),
                    assessment));
        }
        return new GroupStructureAssessment(results);
    }
}
