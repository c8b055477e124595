package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import java.time.LocalDate;
import java.util.List;

/**
 * The management body's approval of a version of the cybersecurity risk-management measures (NIS2 Art 20(1)).
 *
 * @param version            the version of the measures approved
 * @param approvedOn         the day of the decision
 * @param approverMemberIds  the members who approved
 * @param documentReference  where the approved measures are documented
 */
public record MeasuresApproval(String version, LocalDate approvedOn, List<String> approverMemberIds,
                               String documentReference) {

    public MeasuresApproval {
        Check.required(version, "version");
        Check.required(approvedOn, "approvedOn");
        approverMemberIds = List.copyOf(Check.required(approverMemberIds, "approverMemberIds"));
    }
}
