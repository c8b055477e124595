package eu.nis2assessor.domain.assessment;

import java.util.List;

/** One {@link EnterpriseAssessment} per enterprise of the structure, in the same order. */
public record GroupStructureAssessment(List<EnterpriseAssessment> enterprises) {

    public GroupStructureAssessment {
        enterprises = List.copyOf(enterprises);
    }
}
