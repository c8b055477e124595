package eu.nis2assessor.domain.size;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link SizeClassPolicy} to each known period and {@link ConsecutivePeriodsPolicy} across
 * them. Stateless; safe to share.
 */
public final class SizeDetermination {

    public static final String BALANCE_SHEET_ASSUMPTION = "Balance sheet total not given: assumed to exceed every"
            + " ceiling of Rec 2003/361 Annex Art 2 (the stricter reading); give it to check whether a smaller"
            + " size class applies.";
    public static final String PREVIOUS_BALANCE_SHEET_ASSUMPTION = "Balance sheet total of the previous period not"
            + " given: assumed to exceed every ceiling of Rec 2003/361 Annex Art 2.";

    private final SizeClassPolicy sizeClassPolicy;
    private final ConsecutivePeriodsPolicy consecutivePeriodsPolicy;

    public SizeDetermination(SizeClassPolicy sizeClassPolicy, ConsecutivePeriodsPolicy consecutivePeriodsPolicy) {
        this.sizeClassPolicy = sizeClassPolicy;
        this.consecutivePeriodsPolicy = consecutivePeriodsPolicy;
    }

    public SizeDetermination() {
        this(new SizeClassPolicy(), new ConsecutivePeriodsPolicy());
    }

    /**
     * The size class that {@link #determine} gives, without its reasoning: for an enterprise that gets no assessment
     * (and hence no explanation), where building the texts would be wasted work.
     */
    public SizeClass sizeClass(SizeFigures latest, SizeFigures previous) {
        SizeClass latestRaw = sizeClassPolicy.classify(latest);
        return previous == null ? latestRaw
                : consecutivePeriodsPolicy.status(sizeClassPolicy.classify(previous), latestRaw);
    }

    /**
     * @param latest   figures of the latest approved accounting period (for a group member: aggregated)
     * @param previous figures of the period before, or {@code null}
     */
    public SizeClassification determine(SizeFigures latest, SizeFigures previous) {
        return determine(latest, previous, null);
    }

    /**
     * {@link #determine(SizeFigures, SizeFigures)}, the texts built in {@code scratch} when given (see
     * {@link SizeClassPolicy#explain(SizeFigures, SizeClass, String, StringBuilder)}).
     */
    public SizeClassification determine(SizeFigures latest, SizeFigures previous, StringBuilder scratch) {
        SizeClass latestRaw = sizeClassPolicy.classify(latest);
        List<String> assumptions = latest.balanceSheetKnown() ? List.of() : List.of(BALANCE_SHEET_ASSUMPTION);
        if (previous == null) {
            return new SizeClassification(latestRaw, latestRaw, null,
                    List.of(sizeClassPolicy.explain(latest, latestRaw, "Latest period", scratch)), assumptions);
        }
        SizeClass previousRaw = sizeClassPolicy.classify(previous);
        SizeClass status = consecutivePeriodsPolicy.status(previousRaw, latestRaw);
        if (!previous.balanceSheetKnown()) {
            List<String> more = new ArrayList<>(assumptions);
            more.add(PREVIOUS_BALANCE_SHEET_ASSUMPTION);
            assumptions = more;
        }
        return new SizeClassification(status, latestRaw, previousRaw, List.of(
                sizeClassPolicy.explain(previous, previousRaw, "Previous period", scratch),
                sizeClassPolicy.explain(latest, latestRaw, "Latest period", scratch),
                consecutivePeriodsPolicy.explain(previousRaw, latestRaw, status)), assumptions);
    }
}
