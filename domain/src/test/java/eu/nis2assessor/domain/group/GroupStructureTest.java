package eu.nis2assessor.domain.group;

import static eu.nis2assessor.domain.group.Groups.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupStructureTest {

    private final Enterprise a = e("A", "1", "1", "1");
    private final Enterprise b = e("B", "1", "1", "1");

    @Test
    void duplicateKeysAreNamed() {
        assertThatThrownBy(() -> structure(List.of(a, b, e("A", "2", "2", "2")), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("enterprises[2].key: duplicate key 'A'");
    }

    @Test
    void keysWithTheSameHashAreTold() {
        // "Aa", "BB" and "C#" have the same String hash: the look-up compares the characters, not the hash alone
        Enterprise aa = e("Aa", "1", "1", "1");
        Enterprise bb = e("BB", "1", "1", "1");
        Enterprise cc = e("C#", "1", "1", "1");
        GroupStructure s = structure(List.of(aa, bb, cc), List.of(votes("C#", "Aa", "10"), votes("BB", "C#", "10"),
                votes("Aa", "BB", "10")));
        assertThat(List.of(s.holdingOwner(0), s.holdingOwned(0), s.holdingOwner(1), s.holdingOwned(1),
                s.holdingOwner(2), s.holdingOwned(2))).containsExactly(2, 0, 1, 2, 0, 1);
        assertThat(List.of(s.indexOf("Aa"), s.indexOf("BB"), s.indexOf("C#"), s.indexOf("Ab"))).containsExactly(0, 1, 2,
                -1);
        assertThatThrownBy(() -> structure(List.of(aa, bb), List.of(votes("C#", "Aa", "10"))))
                .hasMessage("holdings[0].owner: unknown enterprise key 'C#'");
        assertThatThrownBy(() -> structure(List.of(aa, bb, e("BB", "2", "2", "2")), List.of()))
                .hasMessage("enterprises[2].key: duplicate key 'BB'");
    }

    @Test
    void theFirstDuplicateIsNamedBeforeAnyOtherError() {
        // a duplicate key is reported first, even after an enterprise whose consolidated accounts are wrong
        Enterprise consolidating = a.withConsolidatedAccounts(new ConsolidatedAccounts(SizeFigures.of("1", "1", "1"),
                null, List.of("X")));
        assertThatThrownBy(() -> structure(List.of(consolidating, b, e("B", "2", "2", "2"), e("A2", "1", "1", "1"),
                e("A2", "1", "1", "1")), List.of()))
                .hasMessage("enterprises[2].key: duplicate key 'B'");
        assertThatThrownBy(() -> structure(List.of(consolidating, b), List.of()))
                .hasMessage("enterprises[0].consolidatedAccounts.includes[0]: unknown enterprise key 'X'");
    }

    @Test
    void unknownKeysAreNamed() {
        assertThatThrownBy(() -> structure(List.of(a, b), List.of(votes("A", "B", "10"), votes("X", "B", "10"))))
                .hasMessage("holdings[1].owner: unknown enterprise key 'X'");
        assertThatThrownBy(() -> structure(List.of(a, b), List.of(votes("A", "Y", "10"))))
                .hasMessage("holdings[0].owned: unknown enterprise key 'Y'");
    }

    @Test
    void percentagesOutsideTheRangeAreRefused() {
        assertThatThrownBy(() -> InvalidInputException.within("holdings[3]",
                () -> new Holding("A", "B", new BigDecimal("150"), null, Set.of(), null)))
                .hasMessage("holdings[3].capitalPercent: must be between 0 and 100");
        assertThatThrownBy(() -> new Holding("A", "B", null, new BigDecimal("-1"), Set.of(), null))
                .hasMessage("votingPercent: must be between 0 and 100");
    }

    @Test
    void holdingsAboveOneHundredPercentAreRefused() {
        assertThatThrownBy(() -> structure(List.of(a, b, e("C", "1", "1", "1")),
                List.of(votes("A", "C", "60"), votes("B", "C", "40.01"))))
                .hasMessage("holdings[1].capitalPercent: the holdings of the capital of 'C' add up to 100.01, more than 100");
        assertThatThrownBy(() -> structure(List.of(a, b, e("C", "1", "1", "1")),
                List.of(split("A", "C", "10", "60"), split("B", "C", "10", "41"))))
                .hasMessageStartingWith("holdings[1].votingPercent: the holdings of the voting rights of 'C' add up to 101");
    }

    @Test
    void percentagesWithMoreDecimalPlacesThanTheFixedPointUnitsAreAddedExactly() {
        // 50.0000000001 has ten decimal places: no exact unit value; the sum goes on in BigDecimal, as written
        assertThatThrownBy(() -> structure(List.of(a, b, e("C", "1", "1", "1")),
                List.of(votes("A", "C", "50"), votes("B", "C", "50.0000000001"))))
                .hasMessage("holdings[1].capitalPercent: the holdings of the capital of 'C' add up to 100.0000000001,"
                        + " more than 100");
        // exactly 100 in ten decimal places is not more than 100
        structure(List.of(a, b, e("C", "1", "1", "1")),
                List.of(votes("A", "C", "49.9999999999"), votes("B", "C", "50.0000000001")));
        // trailing zeros beyond the units are still exact, and the message keeps the scale of the input
        assertThatThrownBy(() -> structure(List.of(a, b, e("C", "1", "1", "1")),
                List.of(votes("A", "C", "60.000000000000"), votes("B", "C", "40.5"))))
                .hasMessage("holdings[1].capitalPercent: the holdings of the capital of 'C' add up to 100.500000000000,"
                        + " more than 100");
    }

    @Test
    void keysAreFoundByValueNotByObject() {
        GroupStructure structure = structure(List.of(a, b, e("Ä-ü 東京", "1", "1", "1")),
                List.of(votes(new String("A"), "Ä-ü 東京", "10")));
        org.assertj.core.api.Assertions.assertThat(structure.indexOf("Ä-ü 東京")).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(structure.indexOf(new String("B"))).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(structure.indexOf("AB")).isEqualTo(-1);
        org.assertj.core.api.Assertions.assertThat(structure.indexOf("Ä-ü 東")).isEqualTo(-1);
    }

    @Test
    void anEnterpriseCannotHoldItself() {
        assertThatThrownBy(() -> InvalidInputException.within("holdings[0]", () -> votes("A", "A", "10")))
                .hasMessage("holdings[0].owned: an enterprise cannot hold itself ('A')");
    }

    @Test
    void negativeFiguresAreRefused() {
        assertThatThrownBy(() -> InvalidInputException.within("enterprises[1]", () -> InvalidInputException.within(
                "figures", () -> SizeFigures.of("-1", "0", "0"))))
                .hasMessage("enterprises[1].figures.headcount: must not be negative");
        assertThatThrownBy(() -> SizeFigures.of("1", "-0.01", "0")).hasMessage("annualTurnover: must not be negative");
        assertThatThrownBy(() -> SizeFigures.of("1", "0", "-5")).hasMessage("balanceSheetTotal: must not be negative");
        assertThatThrownBy(() -> new Holding("A", "B", BigDecimal.TEN, null, Set.of(), new BigDecimal("-1")))
                .hasMessage("investedAmount: must not be negative");
    }

    @Test
    void referencesInConsolidatedAccountsAndMarketsAreChecked() {
        Enterprise consolidator = a.withConsolidatedAccounts(new ConsolidatedAccounts(SizeFigures.of("1", "1", "1"), null,
                List.of("B", "Z")));
        assertThatThrownBy(() -> structure(List.of(consolidator, b), List.of()))
                .hasMessage("enterprises[0].consolidatedAccounts.includes[1]: unknown enterprise key 'Z'");
        assertThatThrownBy(() -> new GroupStructure(List.of(a, b), List.of(), List.of(List.of("A"), List.of("B", "Q"))))
                .hasMessage("sameOrAdjacentMarkets[1].enterprises[1]: unknown enterprise key 'Q'");
    }

    @Test
    void naturalPersonsCannotBeHeld() {
        assertThatThrownBy(() -> structure(List.of(a, e("P", "0", "0", "0").asNaturalPerson()),
                List.of(votes("A", "P", "10"))))
                .hasMessage("holdings[0].owned: 'P' is a natural person and cannot be held");
    }

    @Test
    void aHoldingNeedsSomethingToHold() {
        assertThatThrownBy(() -> new Holding("A", "B", null, null, Set.of(), null))
                .hasMessage("capitalPercent: give capitalPercent, votingPercent or controlRights");
    }
}
