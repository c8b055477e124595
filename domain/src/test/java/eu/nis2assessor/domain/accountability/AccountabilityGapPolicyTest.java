package eu.nis2assessor.domain.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountabilityGapPolicyTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private final AccountabilityGapPolicy policy = new AccountabilityGapPolicy();

    private final BodyMember ceo = new BodyMember("m1", "Anna CEO", "CEO", LocalDate.of(2020, 1, 1), null);
    private final BodyMember cfo = new BodyMember("m2", "Ben CFO", "CFO", LocalDate.of(2021, 1, 1), null);
    private final BodyMember former = new BodyMember("m0", "Old CEO", "CEO", LocalDate.of(2015, 1, 1),
            LocalDate.of(2020, 1, 1));

    private List<String> codes(AccountabilityRecord record) {
        return policy.gaps(record, AS_OF).stream().map(AccountabilityGap::code).toList();
    }

    @Test
    void aCompleteRegisterHasNoGaps() {
        AccountabilityRecord record = new AccountabilityRecord(List.of(ceo, cfo),
                List.of(new MeasuresApproval("v3", LocalDate.of(2026, 1, 15), List.of("m1", "m2"), "ISMS-POL-3")),
                List.of(new MemberTraining("m1", LocalDate.of(2025, 10, 1), "TÜV", "NIS2 for boards"),
                        new MemberTraining("m2", LocalDate.of(2026, 2, 1), "BSI", "Cyber risk")));
        assertThat(policy.gaps(record, AS_OF)).isEmpty();
        assertThat(AccountabilityGapPolicy.currentApproval(record, AS_OF).orElseThrow().version()).isEqualTo("v3");
        assertThat(AccountabilityGapPolicy.lastTraining(record, "m1", AS_OF).orElseThrow().provider()).isEqualTo("TÜV");
    }

    @Test
    void onTheSameDayTheApprovalRecordedLaterIsCurrentNotTheGreaterVersionText() {
        java.time.Instant morning = java.time.Instant.parse("2026-01-15T09:00:00Z");
        MeasuresApproval v10 = new MeasuresApproval("v10", LocalDate.of(2026, 1, 15), List.of("m1"), null,
                morning.plusSeconds(3600));
        MeasuresApproval v9 = new MeasuresApproval("v9", LocalDate.of(2026, 1, 15), List.of("m1"), null, morning);
        AccountabilityRecord record = new AccountabilityRecord(List.of(ceo), List.of(v10, v9), List.of());
        assertThat(AccountabilityGapPolicy.currentApproval(record, AS_OF).orElseThrow().version()).isEqualTo("v10");
        record = new AccountabilityRecord(List.of(ceo), List.of(v9, v10), List.of());
        assertThat(AccountabilityGapPolicy.currentApproval(record, AS_OF).orElseThrow().version()).isEqualTo("v10");
        // recording times unknown: the later in the record is current
        MeasuresApproval a = new MeasuresApproval("v10", LocalDate.of(2026, 1, 15), List.of("m1"), null);
        MeasuresApproval b = new MeasuresApproval("v9", LocalDate.of(2026, 1, 15), List.of("m1"), null);
        record = new AccountabilityRecord(List.of(ceo), List.of(a, b), List.of());
        assertThat(AccountabilityGapPolicy.currentApproval(record, AS_OF).orElseThrow().version()).isEqualTo("v9");
        // a later day always wins
        MeasuresApproval next = new MeasuresApproval("v8", LocalDate.of(2026, 1, 16), List.of("m1"), null, morning);
        record = new AccountabilityRecord(List.of(ceo), List.of(next, v10, v9), List.of());
        assertThat(AccountabilityGapPolicy.currentApproval(record, AS_OF).orElseThrow().version()).isEqualTo("v8");
    }

    @Test
    void anEmptyRegisterShowsNoBodyAndNoApproval() {
        assertThat(codes(new AccountabilityRecord(List.of(), List.of(), List.of())))
                .containsExactly("NO_MANAGEMENT_BODY", "MEASURES_NOT_APPROVED");
    }

    @Test
    void untrainedAndOutdatedTrainingArePerMember() {
        AccountabilityRecord record = new AccountabilityRecord(List.of(ceo, cfo),
                List.of(new MeasuresApproval("v3", LocalDate.of(2026, 1, 15), List.of("m1"), null)),
                List.of(new MemberTraining("m1", LocalDate.of(2024, 6, 1), "X", "Y")));
        List<AccountabilityGap> gaps = policy.gaps(record, AS_OF);
        assertThat(gaps).extracting(AccountabilityGap::code).containsExactly("MEMBER_TRAINING_OUTDATED",
                "MEMBER_NOT_TRAINED");
        assertThat(gaps).extracting(AccountabilityGap::memberId).containsExactly("m1", "m2");
        assertThat(gaps.get(1).legalBasis()).containsExactly("NIS2 Art 20(2)");
    }

    @Test
    void approvalsMustBeRecentByTheBodyInOfficeAndByMembers() {
        AccountabilityRecord record = new AccountabilityRecord(List.of(ceo, cfo, former),
                List.of(new MeasuresApproval("v1", LocalDate.of(2019, 5, 1), List.of("m0", "x9"), null)),
                List.of(new MemberTraining("m1", LocalDate.of(2026, 1, 1), "X", "Y"),
                        new MemberTraining("m2", LocalDate.of(2026, 1, 1), "X", "Y")));
        assertThat(codes(record)).containsExactly("APPROVAL_OUTDATED", "APPROVAL_BY_FORMER_BODY",
                "APPROVER_NOT_A_MEMBER");
    }

    @Test
    void futureRecordsDoNotCountAndIntervalsAreConfigurable() {
        AccountabilityRecord record = new AccountabilityRecord(List.of(ceo),
                List.of(new MeasuresApproval("v9", LocalDate.of(2027, 1, 1), List.of("m1"), null)),
                List.of(new MemberTraining("m1", LocalDate.of(2027, 1, 1), "X", "Y")));
        assertThat(codes(record)).containsExactly("MEASURES_NOT_APPROVED", "MEMBER_NOT_TRAINED");
        AccountabilityRecord old = new AccountabilityRecord(List.of(ceo),
                List.of(new MeasuresApproval("v1", LocalDate.of(2025, 1, 1), List.of("m1"), null)),
                List.of(new MemberTraining("m1", LocalDate.of(2025, 1, 1), "X", "Y")));
        assertThat(codes(old)).containsExactly("APPROVAL_OUTDATED");
        assertThat(new AccountabilityGapPolicy(java.time.Period.ofMonths(24), java.time.Period.ofMonths(36))
                .gaps(old, AS_OF)).isEmpty();
    }

    @Test
    void membersValidateTheirPeriodOfOffice() {
        assertThatThrownBy(() -> new BodyMember("m", "n", "r", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .hasMessage("leftOn: must not be before appointedOn");
        assertThat(former.inOfficeOn(LocalDate.of(2020, 1, 1))).isFalse();
        assertThat(ceo.inOfficeOn(LocalDate.of(2020, 1, 1))).isTrue();
    }
}
