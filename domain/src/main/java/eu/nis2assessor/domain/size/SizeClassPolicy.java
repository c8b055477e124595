package eu.nis2assessor.domain.size;

import eu.nis2assessor.domain.reasoning.LegalBasis;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rec 2003/361 Annex Art 2: the size class of one period's figures.
 *
 * <p>An enterprise stays within a tier when its staff is <b>fewer than</b> the staff ceiling
 * <b>and</b> its turnover <b>or</b> its balance sheet total does <b>not exceed</b> the financial
 * ceiling. Inverted: it exceeds a tier when staff reaches the ceiling, or when turnover and balance
 * sheet total both exceed theirs. A plain "staff or turnover" test is wrong (nis2-rules §12 #1-#4).
 *
 * <p>An unknown balance sheet total is treated as exceeding every ceiling: the stricter reading,
 * reported as an assumption.
 */
public final class SizeClassPolicy {

    public static final String RULE = "Size class";
    private static final List<String> BASIS = List.of(LegalBasis.REC_ART_2_1, LegalBasis.REC_ART_2_2,
            LegalBasis.REC_ART_2_3);

    private final SizeCeilings ceilings;

    public SizeClassPolicy(SizeCeilings ceilings) {
        this.ceilings = ceilings;
    }

    public SizeClassPolicy() {
        this(SizeCeilings.REC_2003_361);
    }

    /** The raw size class of one period, before the two-period rule. */
    public SizeClass classify(SizeFigures figures) {
        if (exceeds(ceilings.medium(), figures)) {
            return SizeClass.LARGE;
        }
        if (exceeds(ceilings.small(), figures)) {
            return SizeClass.MEDIUM;
        }
        if (exceeds(ceilings.micro(), figures)) {
            return SizeClass.SMALL;
        }
        return SizeClass.MICRO;
    }

    /** A reasoning step that shows the figures against the ceilings of the class found. */
    public ReasoningStep explain(SizeFigures figures, SizeClass sizeClass, String period) {
        StringBuilder text = new StringBuilder(240);
        text.append(period).append(": ").append(plain(figures.headcount())).append(" AWU, turnover EUR ")
                .append(plain(figures.annualTurnover())).append(", balance sheet total ")
                .append(figures.balanceSheetKnown() ? "EUR " + plain(figures.balanceSheetTotal()) : "unknown (assumed above every ceiling)")
                .append(". ");
        switch (sizeClass) {
            case LARGE -> text.append(reason(ceilings.medium(), figures, true))
                    .append(" Exceeds the medium-sized ceilings: large enterprise.");
            case MEDIUM -> text.append(reason(ceilings.medium(), figures, false)).append(' ')
                    .append(reason(ceilings.small(), figures, true)).append(" Medium-sized enterprise.");
            case SMALL -> text.append(reason(ceilings.small(), figures, false)).append(' ')
                    .append(reason(ceilings.micro(), figures, true)).append(" Small enterprise.");
            case MICRO -> text.append(reason(ceilings.micro(), figures, false)).append(" Micro enterprise.");
        }
        return new ReasoningStep(RULE, sizeClass.name(), BASIS, text.toString());
    }

    private static boolean exceeds(SizeCeilings.Tier tier, SizeFigures f) {
        if (f.headcount().compareTo(tier.staffBelow()) >= 0) {
            return true;
        }
        boolean turnoverAbove = f.annualTurnover().compareTo(tier.turnoverMax()) > 0;
        boolean balanceAbove = !f.balanceSheetKnown() || f.balanceSheetTotal().compareTo(tier.balanceSheetMax()) > 0;
        return turnoverAbove && balanceAbove;
    }

    private static String reason(SizeCeilings.Tier tier, SizeFigures f, boolean exceeded) {
        String staff = plain(tier.staffBelow());
        String turnover = millions(tier.turnoverMax());
        String balance = millions(tier.balanceSheetMax());
        if (exceeded) {
            if (f.headcount().compareTo(tier.staffBelow()) >= 0) {
                return "Staff is not fewer than " + staff + " AWU (" + tier.legalBasis() + ").";
            }
            return "Turnover exceeds EUR " + turnover + " and balance sheet total exceeds EUR " + balance
                    + " (" + tier.legalBasis() + ").";
        }
        String financial = f.annualTurnover().compareTo(tier.turnoverMax()) <= 0
                ? "turnover does not exceed EUR " + turnover
                : "balance sheet total does not exceed EUR " + balance;
        return "Staff is fewer than " + staff + " AWU and " + financial + " (" + tier.legalBasis() + ").";
    }

    private static String millions(BigDecimal amount) {
        return amount.movePointLeft(6).stripTrailingZeros().toPlainString() + " million";
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
