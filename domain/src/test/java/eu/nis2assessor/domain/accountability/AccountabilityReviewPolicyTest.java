package eu.nis2assessor.domain.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountabilityReviewPolicyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final UUID ENTITY = UUID.randomUUID();

    private final AccountabilityReviewPolicy policy = new AccountabilityReviewPolicy();

    private final ManagementBodyMember ceo = member("Anna Berg", "CEO", "2020-01-01", null);
    private final ManagementBodyMember cfo = member("Ben Vogel", "CFO", "2021-03-01", null);
    private final ManagementBodyMember former = member("Carl Alt", "CEO", "2015-01-01", "2020-01-01");

    private static ManagementBodyMember member(String name, String role, String from, String to) {
        return new ManagementBodyMember(UUID.randomUUID(), ENTITY, name, role, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), 0);
    }

    /** Each approval is recorded one second after the previous one. */
    private static final java.util.concurrent.atomic.AtomicLong CLOCK = new java.util.concurrent.atomic.AtomicLong(
            java.time.Instant.parse("2026-01-01T10:00:00Z").getEpochSecond());

    private static Approval approval(String version, String on, ManagementBodyMember... approvers) {
        return new Approval(UUID.randomUUID(), ENTITY, version, LocalDate.parse(on),
                java.util.Arrays.stream(approvers).map(ManagementBodyMember::id).toList(), "DMS-" + version,
                java.time.Instant.ofEpochSecond(CLOCK.incrementAndGet()));
    }

    @Test
    void ofTwoApprovalsOnTheSameDayTheOneRecordedLaterIsInForceWhateverItsVersionText() {
        // the former body approved v10 in the morning; the new board re-approved v9 later the same day
        Approval v10 = approval("v10", "2026-01-15", former);
        Approval v9 = approval("v9", "2026-01-15", ceo, cfo);
        for (List<Approval> order : List.of(List.of(v10, v9), List.of(v9, v10))) {
            AccountabilityReview review = policy.review(new Art20Register(List.of(former, ceo, cfo), order,
                    List.of(training(ceo, "2026-01-01"), training(cfo, "2026-01-01"))), AS_OF);
            assertThat(review.currentApproval()).as("approvals given as %s", order).isEqualTo(v9);
            assertThat(review.approvedBy()).containsExactly(ceo, cfo);
            // the gap policy reads the same approval: no APPROVAL_BY_FORMER_BODY, no APPROVER_NOT_A_MEMBER
            assertThat(review.measuresApproved()).isTrue();
            assertThat(review.gaps()).isEmpty();
        }
        // and the other way round: v10 recorded after v9 is in force (v10 by the former body, a gap)
        Approval v10Later = approval("v10", "2026-01-15", former);
        AccountabilityReview review = policy.review(new Art20Register(List.of(former, ceo, cfo), List.of(v10Later, v9),
                List.of(training(ceo, "2026-01-01"), training(cfo, "2026-01-01"))), AS_OF);
        assertThat(review.currentApproval()).isEqualTo(v10Later);
        assertThat(review.measuresApproved()).isFalse();
        assertThat(review.gaps()).extracting(AccountabilityGap::code)
                .contains("APPROVAL_BY_FORMER_BODY", "APPROVER_NOT_A_MEMBER");
    }

    private static Training training(ManagementBodyMember m, String on) {
        return new Training(UUID.randomUUID(), ENTITY, m.id(), LocalDate.parse(on), "Provider", "NIS2 for boards");
    }

    @Test
    void aCompleteRegisterIsApprovedWithLastTrainingsAndNoGaps() {
        Training old = training(ceo, "2024-09-01");
        Training recent = training(ceo, "2026-02-01");
        Training cfoTraining = training(cfo, "2025-11-11");
        Training future = training(cfo, "2026-09-01");
        Approval v2 = approval("v2", "2025-01-10", ceo, former);
        Approval v3 = approval("v3", "2026-01-15", ceo, cfo);
        Approval later = approval("v4", "2026-08-01", ceo);
        AccountabilityReview review = policy.review(new Art20Register(List.of(former, cfo, ceo),
                List.of(v2, v3, later), List.of(old, recent, cfoTraining, future)), AS_OF);

        assertThat(review.membersInOffice()).containsExactly(ceo, cfo);
        assertThat(review.currentApproval()).isEqualTo(v3);
        assertThat(review.measuresApproved()).isTrue();
        assertThat(review.approvedBy()).containsExactly(ceo, cfo);
        assertThat(review.lastTrainings()).containsEntry(ceo.id(), recent).containsEntry(cfo.id(), cfoTraining)
                .hasSize(2);
        assertThat(review.gaps()).isEmpty();
    }

    @Test
    void anApprovalByTheFormerBodyOrAnOldOneDoesNotCount() {
        AccountabilityReview byFormer = policy.review(new Art20Register(List.of(former, ceo),
                List.of(approval("v1", "2019-12-01", former)), List.of(training(ceo, "2026-01-01"))),
                LocalDate.parse("2020-06-01"));
        assertThat(byFormer.measuresApproved()).isFalse();
        assertThat(byFormer.approvedBy()).containsExactly(former);
        assertThat(byFormer.gaps()).extracting(AccountabilityGap::code).containsExactly("APPROVAL_BY_FORMER_BODY",
                "MEMBER_NOT_TRAINED");

        AccountabilityReview outdated = policy.review(new Art20Register(List.of(ceo),
                List.of(approval("v1", "2025-01-01", ceo)), List.of(training(ceo, "2026-01-01"))), AS_OF);
        assertThat(outdated.measuresApproved()).isFalse();
        assertThat(outdated.currentApproval().measuresVersion()).isEqualTo("v1");
        assertThat(outdated.gaps()).extracting(AccountabilityGap::code).containsExactly("APPROVAL_OUTDATED");
    }

    @Test
    void anEmptyRegisterHasNothingApproved() {
        AccountabilityReview review = policy.review(Art20Register.EMPTY, AS_OF);
        assertThat(review.membersInOffice()).isEmpty();
        assertThat(review.currentApproval()).isNull();
        assertThat(review.measuresApproved()).isFalse();
        assertThat(review.approvedBy()).isEmpty();
        assertThat(review.gaps()).extracting(AccountabilityGap::code)
                .containsExactly("NO_MANAGEMENT_BODY", "MEASURES_NOT_APPROVED");
    }

    @Test
    void gapsNameTheStoredMemberId() {
        AccountabilityReview review = policy.review(new Art20Register(List.of(ceo),
                List.of(approval("v3", "2026-01-15", ceo)), List.of()), AS_OF);
        assertThat(review.gaps()).singleElement().satisfies(g -> {
            assertThat(g.code()).isEqualTo("MEMBER_NOT_TRAINED");
            assertThat(g.memberId()).isEqualTo(ceo.id().toString());
        });
    }

    @Test
    void registerRecordsValidateThemselvesAndNameTheField() {
        assertThatThrownBy(() -> member("  ", "CEO", "2020-01-01", null))
                .isInstanceOf(InvalidInputException.class).hasMessage("name: is required");
        assertThatThrownBy(() -> member("Anna", "CEO", "2020-01-01", "2019-12-31"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("leftOn: must not be before appointedOn");
        assertThatThrownBy(() -> approval("v1", "2020-01-01"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("approverIds: must name at least one");
        assertThatThrownBy(() -> approval("v1", "2020-01-01", ceo, ceo))
                .isInstanceOf(InvalidInputException.class).hasMessage("approverIds: must not name a member twice");
        assertThatThrownBy(() -> new Training(UUID.randomUUID(), ENTITY, ceo.id(), AS_OF, "X", " "))
                .isInstanceOf(InvalidInputException.class).hasMessage("topic: is required");
        assertThatThrownBy(() -> member("x".repeat(501), null, "2020-01-01", null))
                .isInstanceOf(InvalidInputException.class).hasMessage("name: must be at most 500 characters");
        assertThat(member("  Anna  ", "  ", "2020-01-01", "2020-01-01").name()).isEqualTo("Anna");
        assertThat(member("Anna", "  ", "2020-01-01", null).role()).isNull();
    }
}
