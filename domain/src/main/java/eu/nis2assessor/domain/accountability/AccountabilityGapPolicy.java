package eu.nis2assessor.domain.accountability;

import static eu.nis2assessor.domain.reasoning.LegalBasis.NIS2_ART_20_1;
import static eu.nis2assessor.domain.reasoning.LegalBasis.NIS2_ART_20_2;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NIS2 Art 20: the gaps an entity's register shows on a given day. A gap is what a supervisor asking for
 * evidence (Art 32(2)(g), 33(2)(f)) would not find:
 * <ul>
 *   <li>{@code NO_MANAGEMENT_BODY}: no member in office (nobody to approve, oversee or be trained);</li>
 *   <li>{@code MEASURES_NOT_APPROVED}: no approval of the risk-management measures on or before the day;</li>
 *   <li>{@code APPROVAL_OUTDATED}: the latest approval is older than the review interval (default 12 months,
 *       the annual review of the security policy in CIR 2024/2690 Annex 1.1.3 / 1.2);</li>
 *   <li>{@code APPROVAL_BY_FORMER_BODY}: none of the members who approved the current measures is still in
 *       office, so the body in office has not made the measures its own;</li>
 *   <li>{@code APPROVER_NOT_A_MEMBER}: an approval names someone who was not in office on its date;</li>
 *   <li>{@code MEMBER_NOT_TRAINED}: a member in office has no training on record (Art 20(2) "required");</li>
 *   <li>{@code MEMBER_TRAINING_OUTDATED}: a member's last training is older than the training interval
 *       (default 24 months: Art 20(2) and e.g. BSIG § 38(3) ask for regular training without a period).</li>
 * </ul>
 * The intervals are constructor arguments, so a national profile can set its own. See docs/decisions.md.
 */
public final class AccountabilityGapPolicy {

    public static final Period DEFAULT_REVIEW_INTERVAL = Period.ofMonths(12);
    public static final Period DEFAULT_TRAINING_INTERVAL = Period.ofMonths(24);

    private final Period reviewInterval;
    private final Period trainingInterval;

    public AccountabilityGapPolicy(Period reviewInterval, Period trainingInterval) {
        this.reviewInterval = reviewInterval;
        this.trainingInterval = trainingInterval;
    }

    public AccountabilityGapPolicy() {
        this(DEFAULT_REVIEW_INTERVAL, DEFAULT_TRAINING_INTERVAL);
    }

    /** The members in office on the day. */
    public static List<BodyMember> currentMembers(AccountabilityRecord record, LocalDate asOf) {
        return record.members().stream().filter(m -> m.inOfficeOn(asOf)).toList();
    }

    /**
     * The latest approval on or before the day: on the same day the one recorded later
     * ({@link MeasuresApproval#SUPERSEDING_ORDER}); when that cannot tell them apart, the later one in the record.
     */
    public static Optional<MeasuresApproval> currentApproval(AccountabilityRecord record, LocalDate asOf) {
        MeasuresApproval best = null;
        for (MeasuresApproval a : record.approvals()) {
            if (a.approvedOn().isAfter(asOf)) {
                continue;
            }
            if (best == null || MeasuresApproval.SUPERSEDING_ORDER.compare(a, best) >= 0) {
                best = a;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The member's latest training on or before the day. */
    public static Optional<MemberTraining> lastTraining(AccountabilityRecord record, String memberId, LocalDate asOf) {
        MemberTraining best = null;
        for (MemberTraining t : record.trainings()) {
            if (t.memberId().equals(memberId) && !t.completedOn().isAfter(asOf)
                    && (best == null || t.completedOn().isAfter(best.completedOn()))) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    public List<AccountabilityGap> gaps(AccountabilityRecord record, LocalDate asOf) {
        List<AccountabilityGap> gaps = new ArrayList<>();
        List<BodyMember> current = currentMembers(record, asOf);
        if (current.isEmpty()) {
            gaps.add(new AccountabilityGap("NO_MANAGEMENT_BODY", "No member of the management body is in office on "
                    + asOf + ": nobody approves and oversees the risk-management measures.", List.of(NIS2_ART_20_1),
                    null));
        }
        Optional<MeasuresApproval> approval = currentApproval(record, asOf);
        if (approval.isEmpty()) {
            gaps.add(new AccountabilityGap("MEASURES_NOT_APPROVED", "No approval of the cybersecurity risk-management"
                    + " measures by the management body is on record.", List.of(NIS2_ART_20_1), null));
        } else {
            MeasuresApproval a = approval.get();
            if (a.approvedOn().plus(reviewInterval).isBefore(asOf)) {
                gaps.add(new AccountabilityGap("APPROVAL_OUTDATED", "The measures in force (version " + a.version()
                        + ") were approved on " + a.approvedOn() + ", more than " + describe(reviewInterval)
                        + " ago.", List.of(NIS2_ART_20_1), null));
            }
            boolean anyApproverInOffice = current.stream().anyMatch(m -> a.approverMemberIds().contains(m.id()));
            if (!current.isEmpty() && !anyApproverInOffice) {
                gaps.add(new AccountabilityGap("APPROVAL_BY_FORMER_BODY", "None of the members who approved version "
                        + a.version() + " is still in office: the body in office has not approved the measures.",
                        List.of(NIS2_ART_20_1), null));
            }
            for (String approverId : a.approverMemberIds()) {
                boolean member = record.members().stream()
                        .anyMatch(m -> m.id().equals(approverId) && m.inOfficeOn(a.approvedOn()));
                if (!member) {
                    gaps.add(new AccountabilityGap("APPROVER_NOT_A_MEMBER", "The approval of version " + a.version()
                            + " names someone who was not a member of the management body on " + a.approvedOn() + ".",
                            List.of(NIS2_ART_20_1), approverId));
                }
            }
        }
        for (BodyMember m : current) {
            Optional<MemberTraining> last = lastTraining(record, m.id(), asOf);
            if (last.isEmpty()) {
                gaps.add(new AccountabilityGap("MEMBER_NOT_TRAINED", m.name() + " has no cybersecurity training on"
                        + " record; members of the management body are required to follow training.",
                        List.of(NIS2_ART_20_2), m.id()));
            } else if (last.get().completedOn().plus(trainingInterval).isBefore(asOf)) {
                gaps.add(new AccountabilityGap("MEMBER_TRAINING_OUTDATED", m.name() + "'s last training was on "
                        + last.get().completedOn() + ", more than " + describe(trainingInterval) + " ago.",
                        List.of(NIS2_ART_20_2), m.id()));
            }
        }
        return gaps;
    }

    private static String describe(Period p) {
        return p.toTotalMonths() + " months";
    }
}
