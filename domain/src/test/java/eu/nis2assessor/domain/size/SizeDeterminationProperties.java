package eu.nis2assessor.domain.size;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SizeDeterminationProperties {

    private final SizeDetermination determination = new SizeDetermination();

    /** The size class without reasoning (for enterprises that get no assessment) is the one with reasoning. */
    @Property(tries = 1000)
    void theSizeClassAloneIsTheSizeClassOfTheFullDetermination(@ForAll long seed) {
        Random random = new Random(seed);
        SizeFigures latest = figures(random);
        SizeFigures previous = random.nextBoolean() ? figures(random) : null;
        assertThat(determination.sizeClass(latest, previous))
                .isEqualTo(determination.determine(latest, previous).sizeClass());
    }

    /** Around the ceilings: staff 9 to 11, 49 to 51, 249 to 251; money around 2, 10, 43 and 50 million. */
    private static SizeFigures figures(Random random) {
        int[] staff = {10, 50, 250};
        long[] money = {2_000_000, 10_000_000, 43_000_000, 50_000_000};
        BigDecimal headcount = BigDecimal.valueOf(staff[random.nextInt(3)] * 10L + random.nextInt(21) - 10, 1);
        BigDecimal turnover = BigDecimal.valueOf(money[random.nextInt(4)] + random.nextInt(3) - 1);
        BigDecimal balance = random.nextInt(6) == 0 ? null
                : BigDecimal.valueOf(money[random.nextInt(4)] + random.nextInt(3) - 1);
        return new SizeFigures(headcount, turnover, balance);
    }
}
