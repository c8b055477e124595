package eu.nis2assessor.domain.assessment;

import static eu.nis2assessor.domain.group.Groups.*;
import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.group.RandomGroups;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputFingerprintTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static String hash(GroupStructure s) {
        return InputFingerprint.sha256(s, AS_OF, RulesVersion.CURRENT);
    }

    @Test
    void sameDataSameHashWhateverTheOrderOrTheDecimalScale() {
        GroupStructure s = RandomGroups.generate(7, 200, 1.5, true);
        List<eu.nis2assessor.domain.group.Enterprise> es = new ArrayList<>(s.enterprises());
        List<Holding> hs = new ArrayList<>(s.holdings());
        Collections.shuffle(es, new java.util.Random(1));
        Collections.shuffle(hs, new java.util.Random(2));
        assertThat(hash(new GroupStructure(es, hs, null))).isEqualTo(hash(s)).hasSize(64).matches("[0-9a-f]+");
        GroupStructure a = structure(List.of(e("A", "10", "1", "1"), e("B", "1", "1", "1")),
                List.of(votes("A", "B", "30")));
        GroupStructure b = structure(List.of(e("A", "10.00", "1", "1"), e("B", "1", "1", "1")),
                List.of(new Holding("A", "B", new BigDecimal("30.0"), new BigDecimal("30"), Set.of(), null)));
        assertThat(hash(a)).isEqualTo(hash(b));
    }

    @Test
    void anyFigureUsedChangesTheHash() {
        GroupStructure base = structure(List.of(e("A", "10", "1", "1"), e("B", "1", "1", "1")),
                List.of(votes("A", "B", "30")));
        String h = hash(base);
        assertThat(hash(structure(List.of(e("A", "10.5", "1", "1"), e("B", "1", "1", "1")),
                List.of(votes("A", "B", "30"))))).isNotEqualTo(h);
        assertThat(hash(structure(List.of(e("A", "10", "1", "1"), e("B", "1", "1", "1")),
                List.of(votes("A", "B", "31"))))).isNotEqualTo(h);
        assertThat(hash(structure(List.of(e("A", "10", "1", "1").withPreviousFigures(SizeFigures.of("1", "1", "1")),
                e("B", "1", "1", "1")), List.of(votes("A", "B", "30"))))).isNotEqualTo(h);
        assertThat(InputFingerprint.sha256(base, AS_OF.plusDays(1), RulesVersion.CURRENT)).isNotEqualTo(h);
        assertThat(InputFingerprint.sha256(base, AS_OF, new RulesVersion("other"))).isNotEqualTo(h);
        assertThat(hash(new GroupStructure(base.enterprises(), base.holdings(), List.of()))).isNotEqualTo(h);
    }
}
