package eu.nis2assessor.domain.accountability;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * NIS2 Art 20: reads one entity's stored {@link Art20Register} on a given day. The gaps are the
 * {@link AccountabilityGapPolicy}'s; the rest says what is there: members in office, the current approval (the
 * latest on or before the day; on the same day the one recorded later, {@link Approval#SUPERSEDING_ORDER}) and
 * whether it still counts ({@code measuresApproved}: approved, within the review interval, by a body of which at
 * least one approver is still in office), each member's last training.
 */
public final class AccountabilityReviewPolicy {

    private static final Set<String> APPROVAL_DOES_NOT_COUNT = Set.of("MEASURES_NOT_APPROVED", "APPROVAL_OUTDATED",
            "APPROVAL_BY_FORMER_BODY", "NO_MANAGEMENT_BODY");

    private final AccountabilityGapPolicy gapPolicy;

    public AccountabilityReviewPolicy(AccountabilityGapPolicy gapPolicy) {
        this.gapPolicy = gapPolicy;
    }

    public AccountabilityReviewPolicy() {
        this(new AccountabilityGapPolicy());
    }

    public AccountabilityReview review(Art20Register register, LocalDate asOf) {
        List<AccountabilityGap> gaps = gapPolicy.gaps(register.toRecord(), asOf);

        List<ManagementBodyMember> inOffice = register.members().stream()
                .filter(m -> m.inOfficeOn(asOf))
                .sorted(Comparator.comparing(ManagementBodyMember::appointedOn).thenComparing(ManagementBodyMember::name)
                        .thenComparing(ManagementBodyMember::id))
                .toList();

        Approval current = null;
        for (Approval a : register.approvals()) {
            if (a.approvedOn().isAfter(asOf)) {
                continue;
            }
            if (current == null || Approval.SUPERSEDING_ORDER.compare(a, current) > 0) {
                current = a;
            }
        }
        boolean approved = current != null
                && gaps.stream().noneMatch(g -> APPROVAL_DOES_NOT_COUNT.contains(g.code()));
        List<ManagementBodyMember> approvedBy = List.of();
        if (current != null) {
            Set<UUID> approvers = Set.copyOf(current.approverIds());
            approvedBy = register.members().stream().filter(m -> approvers.contains(m.id()))
                    .sorted(Comparator.comparing(ManagementBodyMember::appointedOn).thenComparing(ManagementBodyMember::name)
                            .thenComparing(ManagementBodyMember::id))
                    .toList();
        }

        Map<UUID, Training> last = new HashMap<>();
        Set<UUID> inOfficeIds = new java.util.HashSet<>();
        inOffice.forEach(m -> inOfficeIds.add(m.id()));
        for (Training t : register.trainings()) {
            if (!inOfficeIds.contains(t.memberId()) || t.completedOn().isAfter(asOf)) {
                continue;
            }
            Training best = last.get(t.memberId());
            if (best == null || t.completedOn().isAfter(best.completedOn())) {
                last.put(t.memberId(), t);
            }
        }
        return new AccountabilityReview(asOf, inOffice, current, approved, approvedBy, last, gaps);
    }
}
