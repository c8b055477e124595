package eu.nis2assessor.domain.accountability;

import java.util.List;

/**
 * One legal entity's stored Art 20 register: its management body members (present and former), the approvals of
 * its risk-management measures and its members' trainings.
 */
public record Art20Register(List<ManagementBodyMember> members, List<Approval> approvals, List<Training> trainings) {

    public static final Art20Register EMPTY = new Art20Register(List.of(), List.of(), List.of());

    public Art20Register {
        members = members == null ? List.of() : List.copyOf(members);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
    }

    /** The register as the {@link AccountabilityGapPolicy} reads it. */
    public AccountabilityRecord toRecord() {
        // in superseding order, so that the gap policy and the review agree on the approval in force even on ties
        return new AccountabilityRecord(members.stream().map(ManagementBodyMember::toBodyMember).toList(),
                approvals.stream().sorted(Approval.SUPERSEDING_ORDER).map(Approval::toMeasuresApproval).toList(),
                trainings.stream().map(Training::toMemberTraining).toList());
    }
}
