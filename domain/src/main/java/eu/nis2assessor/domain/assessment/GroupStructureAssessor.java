package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.group.AggregationPolicy;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.EnterpriseAggregation;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.size.SizeClassification;
import eu.nis2assessor.domain.size.SizeDetermination;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.size.SizeFigures;
import java.util.Arrays;
import java.util.List;

/**
 * Assesses every enterprise of a group structure: aggregates the figures once per linked group
 * ({@link AggregationPolicy}), then classifies each enterprise with activities or identifications
 * ({@link Enterprise#assessed()}) on its aggregated figures,
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
        List<Enterprise> enterprises = structure.enterprises();
        EnterpriseAssessment[] results = new EnterpriseAssessment[enterprises.size()];
        // one builder for the size texts of every linked group: only the texts themselves are allocated
        StringBuilder scratch = new StringBuilder(320);
        // Each linked group is assessed as soon as it is aggregated, while its data are at hand. Its members share one
        // aggregation (the same figures, previous figures and fine base): their size classification and fine
        // exposures are worked out once per group, not once per member.
        aggregationPolicy.aggregate(structure, true, (members, from, to, aggregations) -> {
            Shared group = null;
            for (int k = from; k < to; k++) {
                int i = members[k];
                Enterprise e = enterprises.get(i);
                EnterpriseAggregation a = aggregations[i];
                if (group == null) {
                    group = new Shared(a);
                } else if (group.previous == null) {
                    group.previous = a.previousFigures();
                }
                Assessment assessment = null;
                SizeClass sizeClass;
                if (e.assessed()) {
                    EntityProfile profile = new EntityProfile(e.name(), e.activities(), a.figures(),
                            a.previousFigures(), a.undertakingWorldwideTurnover(), e.providesServicesInUnion(),
                            e.identifications(), e.exclusions());
                    SizeClassification size = group.size(a.previousFigures() != null,
                            profileAssessor.sizeDetermination(), scratch);
                    assessment = profileAssessor.assess(profile, size, a.steps(), a.assumptions(), false,
                            group.fineMemo);
                    sizeClass = assessment.sizeClass();
                } else {
                    // no activity, no identification: no assessment, hence no reasoning; the size class alone
                    sizeClass = group.sizeClass(a.previousFigures() != null, sizeDetermination);
                }
                results[i] = new EnterpriseAssessment(a.key(), a.figures(), a.contributions(), sizeClass,
                        a.undertakingWorldwideTurnover(), assessment);
            }
        });
        return new GroupStructureAssessment(Arrays.asList(results));
    }

    /** What the members of one linked group share. */
    private static final class Shared {
        private final SizeFigures figures;
        /** The group's previous figures, from the first member that gave previous figures. */
        private SizeFigures previous;
        /** Size classifications with their reasoning, [0] without and [1] with the previous period. */
        private final SizeClassification[] sizes = new SizeClassification[2];
        private SizeDetermination sizesBy;
        /** Size classes alone (for members without activities, whose reasoning nobody reads). */
        private final SizeClass[] classes = new SizeClass[2];
        final ProfileAssessor.FineMemo fineMemo = new ProfileAssessor.FineMemo();

        Shared(EnterpriseAggregation a) {
            this.figures = a.figures();
            this.previous = a.previousFigures();
        }

        SizeClassification size(boolean withPrevious, SizeDetermination determination, StringBuilder scratch) {
            if (sizesBy != determination) {
                sizes[0] = null;
                sizes[1] = null;
                sizesBy = determination;
            }
            int k = withPrevious ? 1 : 0;
            if (sizes[k] == null) {
                sizes[k] = determination.determine(figures, withPrevious ? previous : null, scratch);
            }
            return sizes[k];
        }

        SizeClass sizeClass(boolean withPrevious, SizeDetermination determination) {
            int k = withPrevious ? 1 : 0;
            if (sizesBy == determination && sizes[k] != null) {
                return sizes[k].sizeClass();
            }
            if (classes[k] == null) {
                classes[k] = determination.sizeClass(figures, withPrevious ? previous : null);
            }
            return classes[k];
        }
    }
}
