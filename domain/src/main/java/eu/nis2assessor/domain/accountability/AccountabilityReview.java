package eu.nis2assessor.domain.accountability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an entity's Art 20 register shows on one day (NIS2 Art 20): who is in office, which approval of the
 * risk-management measures is current and whether it still counts, each member's last training, and the gaps.
 *
 * @param asOf             the day looked at
 * @param membersInOffice  the members in office that day, in order of appointment
 * @param currentApproval  the latest approval on or before the day; null when there is none
 * @param measuresApproved true when the current approval still counts: it exists, is within the review interval
 *                         and at least one of its approvers is still in office
 * @param approvedBy       the members who gave the current approval (some may have left since); empty without one
 * @param lastTrainings    per member in office (by id), the last training on or before the day; members without
 *                         one are absent
 * @param gaps             what the register does not show, as found by {@link AccountabilityGapPolicy}
 */
public record AccountabilityReview(LocalDate asOf, List<ManagementBodyMember> membersInOffice, Approval currentApproval,
                                   boolean measuresApproved, List<ManagementBodyMember> approvedBy,
                                   Map<UUID, Training> lastTrainings, List<AccountabilityGap> gaps) {

    public AccountabilityReview {
        membersInOffice = List.copyOf(membersInOffice);
        approvedBy = List.copyOf(approvedBy);
        lastTrainings = Map.copyOf(lastTrainings);
        gaps = List.copyOf(gaps);
    }
}
