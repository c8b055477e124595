package eu.nis2assessor.domain.size;

import static eu.nis2assessor.domain.size.SizeClass.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsecutivePeriodsPolicyTest {

    private final ConsecutivePeriodsPolicy policy = new ConsecutivePeriodsPolicy();
    private final SizeDetermination determination = new SizeDetermination();

    @Test
    void crossingUpwardsInOnePeriodOnlyChangesNothing() {
        assertThat(policy.status(SMALL, MEDIUM)).isEqualTo(SMALL);
    }

    @Test
    void crossingDownwardsInOnePeriodOnlyChangesNothing() {
        assertThat(policy.status(LARGE, MEDIUM)).isEqualTo(LARGE);
    }

    @Test
    void sameClassInBothPeriodsHolds() {
        assertThat(policy.status(MEDIUM, MEDIUM)).isEqualTo(MEDIUM);
    }

    @Test
    void twoConsecutivePeriodsAboveChangeTheStatusToTheNearerClass() {
        // status SMALL (first period), then LARGE and MEDIUM: both above SMALL -> the nearer one, MEDIUM
        assertThat(policy.status(List.of(SMALL, LARGE, MEDIUM))).isEqualTo(MEDIUM);
        assertThat(policy.status(List.of(SMALL, MEDIUM, MEDIUM))).isEqualTo(MEDIUM);
        assertThat(policy.status(List.of(LARGE, MICRO, SMALL))).isEqualTo(SMALL);
        assertThat(policy.status(List.of(SMALL, MEDIUM, SMALL, MEDIUM))).isEqualTo(SMALL);
    }

    @Test
    void workedExample5AquaStaysSmallAtFy2025AndBecomesMediumAtFy2026() {
        SizeFigures fy2024 = SizeFigures.of("47", "7000000", "6000000");
        SizeFigures fy2025 = SizeFigures.of("56.0", "7000000", "6000000");
        SizeClassification at2025 = determination.determine(fy2025, fy2024);
        assertThat(at2025.latestRaw()).isEqualTo(MEDIUM);
        assertThat(at2025.previousRaw()).isEqualTo(SMALL);
        assertThat(at2025.sizeClass()).isEqualTo(SMALL);
        assertThat(at2025.steps()).extracting(s -> s.rule()).contains(ConsecutivePeriodsPolicy.RULE);
        assertThat(at2025.steps().get(2).legalBasis()).containsExactly("Rec 2003/361 Annex Art 4(2)");
        assertThat(policy.status(List.of(SMALL, MEDIUM, MEDIUM))).isEqualTo(MEDIUM);
    }

    @Test
    void withoutPreviousFiguresTheLatestClassCounts() {
        SizeClassification result = determination.determine(SizeFigures.of("56", "7000000", "6000000"), null);
        assertThat(result.sizeClass()).isEqualTo(MEDIUM);
        assertThat(result.previousRaw()).isNull();
        assertThat(result.steps()).hasSize(1);
    }

    @Test
    void missingBalanceSheetIsAnAssumptionNotASilentDefault() {
        SizeClassification result = determination.determine(SizeFigures.of("100", "60000000", null),
                SizeFigures.of("100", "60000000", null));
        assertThat(result.sizeClass()).isEqualTo(LARGE);
        assertThat(result.assumptions()).containsExactly(SizeDetermination.BALANCE_SHEET_ASSUMPTION,
                SizeDetermination.PREVIOUS_BALANCE_SHEET_ASSUMPTION);
    }

    @Test
    void periodsEndingAtMostEighteenMonthsApartAreConsecutive() {
        LocalDate latest = LocalDate.parse("2025-12-31");
        assertThat(ConsecutivePeriodsPolicy.consecutive(latest, LocalDate.parse("2024-12-31"))).isTrue();
        assertThat(ConsecutivePeriodsPolicy.consecutive(latest, LocalDate.parse("2025-06-30"))).as("shortened").isTrue();
        assertThat(ConsecutivePeriodsPolicy.consecutive(latest, LocalDate.parse("2024-06-30"))).as("extended").isTrue();
        assertThat(ConsecutivePeriodsPolicy.consecutive(latest, LocalDate.parse("2024-06-29"))).isFalse();
        assertThat(ConsecutivePeriodsPolicy.consecutive(latest, LocalDate.parse("2023-12-31"))).as("a year between").isFalse();
        assertThat(ConsecutivePeriodsPolicy.notConsecutiveAssumption(latest, LocalDate.parse("2023-12-31")))
                .contains("ends on 2023-12-31", "(2025-12-31)", "not consecutive periods", "Annex Art 4(2)");
    }
}
