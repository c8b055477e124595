package eu.nis2assessor.domain.size;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassPolicyTest {

    private final SizeClassPolicy policy = new SizeClassPolicy();

    @ParameterizedTest(name = "{0} AWU, turnover {1}, balance {2} -> {3}")
    @CsvSource({
            // staff ceilings: "fewer than"
            "249,    1000000, 1000000, MEDIUM",
            "250,    1000000, 1000000, LARGE",
            "249.99, 1000000, 1000000, MEDIUM",
            "49.5,   1000000, 1000000, SMALL",
            "49.99,  1000000, 1000000, SMALL",
            "50,     1000000, 1000000, MEDIUM",
            "9.5,    1000000, 1000000, MICRO",
            "10,     1000000, 1000000, SMALL",
            // financial ceilings: "not exceeding", and both must be exceeded
            "100, 50000000, 50000000, MEDIUM",
            "100, 50000001, 43000001, LARGE",
            "100, 50000001, 43000000, MEDIUM",
            "100, 50000000, 43000001, MEDIUM",
            "100, 50000001, 43000000.01, LARGE",
            "20, 10000000, 10000001, SMALL",
            "20, 10000001, 10000001, MEDIUM",
            "20, 10000001, 10000000, SMALL",
            "5, 2000000, 2000001, MICRO",
            "5, 2000001, 2000001, SMALL",
            "5, 2000001, 2000000, MICRO",
            "0, 0, 0, MICRO",
    })
    void classifiesAtEveryCeiling(String awu, String turnover, String balance, SizeClass expected) {
        assertThat(policy.classify(SizeFigures.of(awu, turnover, balance))).isEqualTo(expected);
    }

    @Test
    @DisplayName("an unknown balance sheet total counts as exceeding every ceiling")
    void unknownBalanceSheetIsTheStricterReading() {
        assertThat(policy.classify(SizeFigures.of("100", "50000001", null))).isEqualTo(SizeClass.LARGE);
        assertThat(policy.classify(SizeFigures.of("100", "50000000", null))).isEqualTo(SizeClass.MEDIUM);
        assertThat(policy.classify(SizeFigures.of("5", "1000", null))).isEqualTo(SizeClass.MICRO);
    }

    @Test
    @DisplayName("§12 #1: one financial figure above EUR 10 m does not make a 35-AWU company medium (Ex. 2)")
    void popularErrorOneFinancialFigureIsNotEnough() {
        assertThat(policy.classify(SizeFigures.of("35", "9500000", "14000000"))).isEqualTo(SizeClass.SMALL);
        assertThat(policy.classify(SizeFigures.of("35", "11000000", "14000000"))).isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    @DisplayName("§12 #2: turnover above EUR 50 m with 180 AWU and a 38 m balance sheet is not large (Ex. 1)")
    void popularErrorTurnoverAloneIsNotLarge() {
        assertThat(policy.classify(SizeFigures.of("180", "62000000", "38000000"))).isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    @DisplayName("§12 #3: medium does not need 50 staff")
    void popularErrorMediumWithoutFiftyStaff() {
        assertThat(policy.classify(SizeFigures.of("30", "15000000", "12000000"))).isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    @DisplayName("§12 #4: not 'two of three' — staff is mandatory and one financial ceiling suffices")
    void popularErrorTwoOfThree() {
        // staff below 50, turnover above 10 m, balance below: two of three criteria say 'small', one says medium;
        // staff 60 with both financials below: 'two of three' would say small, the Recommendation says medium
        assertThat(policy.classify(SizeFigures.of("60", "5000000", "5000000"))).isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    void explanationNamesFiguresCeilingsAndLegalBasis() {
        SizeFigures figures = SizeFigures.of("180", "62000000", "38000000");
        var step = policy.explain(figures, SizeClass.MEDIUM, "Latest period");
        assertThat(step.outcome()).isEqualTo("MEDIUM");
        assertThat(step.legalBasis()).contains("Rec 2003/361 Annex Art 2(1)");
        assertThat(step.explanation()).contains("180 AWU", "62000000", "balance sheet total does not exceed EUR 43 million",
                "Staff is not fewer than 50 AWU");
    }
}
