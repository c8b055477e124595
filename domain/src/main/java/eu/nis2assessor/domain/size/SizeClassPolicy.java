package eu.nis2assessor.domain.size;

import eu.nis2assessor.domain.reasoning.LegalBasis;
import eu.nis2assessor.domain.reasoning.PlainNumber;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
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
    /** Per size class and {@link #reasonCase}: the explanation after the figures, computed once. */
    private final String[][] reasons = new String[SizeClass.values().length][4];

    public SizeClassPolicy(SizeCeilings ceilings) {
        this.ceilings = ceilings;
        for (SizeCeilings.Tier tier : java.util.List.of(ceilings.micro(), ceilings.small(), ceilings.medium())) {
            texts.put(tier, new String[] {tier.staffText(), tier.turnoverText(), tier.balanceSheetText()});
        }
        for (SizeClass sizeClass : SizeClass.values()) {
            for (int c = 0; c < 4; c++) {
                reasons[sizeClass.ordinal()][c] = reasonText(sizeClass, c);
            }
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
        return explain(figures, sizeClass, period, null);
    }

    /**
     * {@link #explain(SizeFigures, SizeClass, String)}, the text built in {@code scratch} when given (cleared first; a
     * caller that explains many figures in a row passes the same one, so that only the texts are allocated).
     */
    public ReasoningStep explain(SizeFigures figures, SizeClass sizeClass, String period, StringBuilder scratch) {
        // The part after the figures depends only on the class and two comparisons: built once per case.
        String because = reasons[sizeClass.ordinal()][reasonCase(figures, sizeClass)];
        StringBuilder text = scratch != null ? scratch : new StringBuilder(period.length() + 120 + because.length());
        text.setLength(0);
        text.append(period).append(": ");
        PlainNumber.append(text, figures.headcount()).append(" AWU, turnover EUR ");
        PlainNumber.append(text, figures.annualTurnover());
        if (figures.balanceSheetKnown()) {
            PlainNumber.append(text.append(", balance sheet total EUR "), figures.balanceSheetTotal()).append(". ");
        } else {
            text.append(", balance sheet total unknown (assumed above every ceiling). ");
        }
        return new ReasoningStep(RULE, sizeClass.name(), BASIS, text.append(because).toString());
    }

    /**
     * Which explanation applies: bit 0 = the staff reaches the ceiling of the tier the class exceeds, bit 1 = the
     * turnover does not exceed the ceiling of the tier the class is within.
     */
    private int reasonCase(SizeFigures f, SizeClass sizeClass) {
        SizeCeilings.Tier exceededTier = switch (sizeClass) {
            case LARGE -> ceilings.medium();
            case MEDIUM -> ceilings.small();
            case SMALL -> ceilings.micro();
            case MICRO -> null;
        };
        SizeCeilings.Tier withinTier = switch (sizeClass) {
            case LARGE -> null;
            case MEDIUM -> ceilings.medium();
            case SMALL -> ceilings.small();
            case MICRO -> ceilings.micro();
        };
        int c = 0;
        if (exceededTier != null && f.headcount().compareTo(exceededTier.staffBelow()) >= 0) {
            c |= 1;
        }
        if (withinTier != null && f.annualTurnover().compareTo(withinTier.turnoverMax()) <= 0) {
            c |= 2;
        }
        return c;
    }

    private String reasonText(SizeClass sizeClass, int reasonCase) {
        boolean staffReached = (reasonCase & 1) != 0;
        boolean turnoverWithin = (reasonCase & 2) != 0;
        StringBuilder text = new StringBuilder(200);
        switch (sizeClass) {
            case LARGE -> reason(text, ceilings.medium(), true, staffReached, turnoverWithin)
                    .append(" Exceeds the medium-sized ceilings: large enterprise.");
            case MEDIUM -> reason(reason(text, ceilings.medium(), false, staffReached, turnoverWithin).append(' '),
                    ceilings.small(), true, staffReached, turnoverWithin).append(" Medium-sized enterprise.");
            case SMALL -> reason(reason(text, ceilings.small(), false, staffReached, turnoverWithin).append(' '),
                    ceilings.micro(), true, staffReached, turnoverWithin).append(" Small enterprise.");
            case MICRO -> reason(text, ceilings.micro(), false, staffReached, turnoverWithin)
                    .append(" Micro enterprise.");
        }
        return text.toString();
    }

    private static boolean exceeds(SizeCeilings.Tier tier, SizeFigures f) {
        if (f.headcount().compareTo(tier.staffBelow()) >= 0) {
            return true;
        }
        boolean turnoverAbove = f.annualTurnover().compareTo(tier.turnoverMax()) > 0;
        boolean balanceAbove = !f.balanceSheetKnown() || f.balanceSheetTotal().compareTo(tier.balanceSheetMax()) > 0;
        return turnoverAbove && balanceAbove;
    }

    private StringBuilder reason(StringBuilder text, SizeCeilings.Tier tier, boolean exceeded, boolean staffReached,
                                 boolean turnoverWithin) {
        String[] ceiling = texts.get(tier);
        if (exceeded) {
            if (staffReached) {
                return text.append("Staff is not fewer than ").append(ceiling[0]).append(" AWU (")
                        .append(tier.legalBasis()).append(").");
            }
            return text.append("Turnover exceeds EUR ").append(ceiling[1]).append(" and balance sheet total exceeds EUR ")
                    .append(ceiling[2]).append(" (").append(tier.legalBasis()).append(").");
        }
        text.append("Staff is fewer than ").append(ceiling[0]).append(" AWU and ");
        if (turnoverWithin) {
            text.append("turnover does not exceed EUR ").append(ceiling[1]);
        } else {
            text.append("balance sheet total does not exceed EUR ").append(ceiling[2]);
        }
        return text.append(" (").append(tier.legalBasis()).append(").");
    }
}
