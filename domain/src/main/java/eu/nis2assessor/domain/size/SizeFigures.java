package eu.nis2assessor.domain.size;

import static eu.nis2assessor.domain.validation.Check.nonNegative;
import static eu.nis2assessor.domain.validation.Check.required;

import java.math.BigDecimal;

/**
 * The figures that decide the size class (Rec 2003/361 Annex Art 4, 5): staff headcount in annual
 * work units (fractions allowed), annual turnover net of VAT in EUR, and the balance sheet total
 * (total assets) in EUR. A {@code null} balance sheet total means "not known".
 */
public record SizeFigures(BigDecimal headcount, BigDecimal annualTurnover, BigDecimal balanceSheetTotal) {

    public static final SizeFigures ZERO = new SizeFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public SizeFigures {
        nonNegative(required(headcount, "headcount"), "headcount");
        nonNegative(required(annualTurnover, "annualTurnover"), "annualTurnover");
        nonNegative(balanceSheetTotal, "balanceSheetTotal");
    }

    public static SizeFigures of(String headcount, String annualTurnover, String balanceSheetTotal) {
        return new SizeFigures(new BigDecimal(headcount), new BigDecimal(annualTurnover),
                balanceSheetTotal == null ? null : new BigDecimal(balanceSheetTotal));
    }

    public boolean balanceSheetKnown() {
        return balanceSheetTotal != null;
    }
}
