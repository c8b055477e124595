package eu.nis2assessor.domain.accountability;

import java.util.List;

/** What an entity keeps to show its management body meets NIS2 Art 20: members, approvals, trainings. */
public record AccountabilityRecord(List<BodyMember> members, List<MeasuresApproval> approvals,
                                   List<MemberTraining> trainings) {

    public AccountabilityRecord {
        members = members == null ? List.of() : List.copyOf(members);
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
    }
}
