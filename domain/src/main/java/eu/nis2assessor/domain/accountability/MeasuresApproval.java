package eu.nis2assessor.domain.accountability;

import eu.nis2assessor.domain.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The management body's approval of a version of the cybersecurity risk-management measures (NIS2 Art 20(1)).
 *
 * @param version            the version of the measures approved
 * @param approvedOn         the day of the decision
 * @param approverMemberIds  the members who approved
 * @param documentReference  where the approved measures are documented
 * @param recordedAt         when the approval was entered in the register; null when unknown. Of two approvals on
 *                           the same day, the one recorded later is the one in force (the version text says nothing
 *                           about order: "v10" sorts before "v9")
 */
public record MeasuresApproval(String version, LocalDate approvedOn, List<String> approverMemberIds,
                               String documentReference, Instant recordedAt) {

    /**
     * The order in which approvals supersede each other: by day, then by the time recorded (unknown first). Approvals
     * equal in both keep the order of the register (the later one in the list supersedes).
     */
    public static final Comparator<MeasuresApproval> SUPERSEDING_ORDER = Comparator
            .comparing(MeasuresApproval::approvedOn)
            .thenComparing(MeasuresApproval::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    public MeasuresApproval {
        Check.required(version, "version");
        Check.required(approvedOn, "approvedOn");
        approverMemberIds = List.copyOf(Check.required(approverMemberIds, "approverMemberIds"));
    }

    /** An approval whose recording time is unknown (its place in the register's list decides ties). */
    public MeasuresApproval(String version, LocalDate approvedOn, List<String> approverMemberIds,
                            String documentReference) {
        this(version, approvedOn, approverMemberIds, documentReference, null);
    }
}
