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
    /** Per tier (micro, small, medium): staff, turnover and balance sheet ceilings as text, computed once. */
    private final java.util.Map<SizeCeilings.Tier, String[]> texts = new java.util.IdentityHashMap<>();

    public SizeClassPolicy(SizeCeilings ceilings) {
        this.ceilings = ceilings;
        for (SizeCeilings.Tier tier : java.util.List.of(ceilings.micro(), ceilings.small(), ceilings.medium())) {
            texts.put(tier, new String[] {tier.staffText(), tier.turnoverText(), tier.balanceSheetText()});
        }
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
        StringBuilder text = new StringBuilder(320);
        text.append(period).append(": ").append(plain(figures.headcount())).append(" AWU, turnover EUR ")
                .append(plain(figures.annualTurnover())).append(", balance sheet total ");
        if (figures.balanceSheetKnown()) {
            text.append("EUR ").append(plain(figures.balanceSheetTotal()));
        } else {
            text.append("unknown (assumed above every ceiling)");
        }
        text.append(". ");
        switch (sizeClass) {
            case LARGE -> reason(text, ceilings.medium(), figures, true)
                    .append(" Exceeds the medium-sized ceilings: large enterprise.");
            case MEDIUM -> reason(reason(text, ceilings.medium(), figures, false).append(' '), ceilings.small(), figures,
                    true).append(" Medium-sized enterprise.");
            case SMALL -> reason(reason(text, ceilings.small(), figures, false).append(' '), ceilings.micro(), figures,
                    true).append(" Small enterprise.");
            case MICRO -> reason(text, ceilings.micro(), figures, false).append(" Micro enterprise.");
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

    private StringBuilder reason(StringBuilder text, SizeCeilings.Tier tier, SizeFigures f, boolean exceeded) {
        String[] ceiling = texts.get(tier);
        if (exceeded) {
            if (f.headcount().compareTo(tier.staffBelow()) >= 0) {
                return text.append("Staff is not fewer than ").append(ceiling[0]).append(" AWU (")
                        .append(tier.legalBasis()).append(").");
            }
            return text.append("Turnover exceeds EUR ").append(ceiling[1]).append(" and balance sheet total exceeds EUR ")
                    .append(ceiling[2]).append(" (").append(tier.legalBasis()).append(").");
        }
        text.append("Staff is fewer than ").append(ceiling[0]).append(" AWU and ");
        if (f.annualTurnover().compareTo(tier.turnoverMax()) <= 0) {
            text.append("turnover does not exceed EUR ").append(ceiling[1]);
        } else {
            text.append("balance sheet total does not exceed EUR ").append(ceiling[2]);
        }
        return text.append(" (").append(tier.legalBasis()).append(").");
    }

    /** Plain notation without trailing zeros; fast for the usual whole-number input. */
    public static String plain(BigDecimal value) {
        if (value.scale() <= 0) {
            return value.toPlainString();
        }
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
