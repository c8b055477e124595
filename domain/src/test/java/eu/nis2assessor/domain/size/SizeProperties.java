package eu.nis2assessor.domain.size;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class SizeProperties {

    private final SizeClassPolicy policy = new SizeClassPolicy();

    @Property(tries = 2000)
    void moreStaffTurnoverOrBalanceNeverGivesASmallerClass(
            @ForAll @BigRange(min = "0", max = "400") @Scale(2) BigDecimal staff,
            @ForAll @BigRange(min = "0", max = "80000000") @Scale(2) BigDecimal turnover,
            @ForAll @BigRange(min = "0", max = "80000000") @Scale(2) BigDecimal balance,
            @ForAll @BigRange(min = "0", max = "300") @Scale(2) BigDecimal moreStaff,
            @ForAll @BigRange(min = "0", max = "60000000") @Scale(2) BigDecimal moreTurnover,
            @ForAll @BigRange(min = "0", max = "60000000") @Scale(2) BigDecimal moreBalance) {
        SizeClass before = policy.classify(new SizeFigures(staff, turnover, balance));
        SizeClass after = policy.classify(new SizeFigures(staff.add(moreStaff), turnover.add(moreTurnover),
                balance.add(moreBalance)));
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 500)
    void anUnknownBalanceSheetNeverGivesASmallerClassThanAKnownOne(
            @ForAll @BigRange(min = "0", max = "400") BigDecimal staff,
            @ForAll @BigRange(min = "0", max = "80000000") BigDecimal turnover,
            @ForAll @BigRange(min = "0", max = "80000000") BigDecimal balance) {
        assertThat(policy.classify(new SizeFigures(staff, turnover, null)))
                .isGreaterThanOrEqualTo(policy.classify(new SizeFigures(staff, turnover, balance)));
    }
}
