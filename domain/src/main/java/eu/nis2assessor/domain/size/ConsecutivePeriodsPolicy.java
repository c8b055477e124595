package eu.nis2assessor.domain.size;

import eu.nis2assessor.domain.reasoning.LegalBasis;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.time.LocalDate;
import java.util.List;

/**
 * Rec 2003/361 Annex Art 4(2): an enterprise neither gains nor loses a size status unless the
 * ceilings are crossed over two consecutive accounting periods.
 *
 * <p>The status of the earliest known period is its raw class (Art 4(3) for a new enterprise). From
 * then on the status moves only when two consecutive periods both lie on the same side of it, and
 * then to the nearer of the two raw classes. With two known periods this means: the same class in
 * both periods holds; when they differ, the earlier class is kept (a ceiling crossed in one period
 * only changes nothing), in both directions. See docs/decisions.md.
 */
public final class ConsecutivePeriodsPolicy {

    public static final String RULE = "Two consecutive periods";

    /**
     * Accounting periods whose ends lie at most this many months apart are consecutive: a year of twelve months, or
     * one shortened or extended (up to 18 months) when the year end moves. Further apart, a period lies between them.
     */
    public static final int MAX_MONTHS_BETWEEN_CONSECUTIVE_PERIOD_ENDS = 18;

    /** Whether the period ending {@code previousEnd} is the one directly before the period ending {@code latestEnd}. */
    public static boolean consecutive(LocalDate latestEnd, LocalDate previousEnd) {
        return !previousEnd.isBefore(latestEnd.minusMonths(MAX_MONTHS_BETWEEN_CONSECUTIVE_PERIOD_ENDS));
    }

    /** The assumption line of an assessment whose only earlier period is not the one directly before the latest. */
    public static String notConsecutiveAssumption(LocalDate latestEnd, LocalDate previousEnd) {
        return notConsecutiveAssumption(latestEnd, previousEnd, false);
    }

    /**
     * The same, for an assessment that may still have a previous period from elsewhere: consolidated accounts it is
     * included in that give one ({@code previousFromAccounts}), so that the rule is applied on those.
     */
    public static String notConsecutiveAssumption(LocalDate latestEnd, LocalDate previousEnd, boolean previousFromAccounts) {
        return "The approved financial year before the latest one ends on " + previousEnd + ", more than "
                + MAX_MONTHS_BETWEEN_CONSECUTIVE_PERIOD_ENDS + " months before the latest (" + latestEnd
                + "): the two are not consecutive periods, so " + (previousFromAccounts
                ? "the entity's own figures of that year are not used; the two-period rule (Rec 2003/361 Annex Art"
                + " 4(2)) is applied on the previous period of the consolidated accounts it is included in."
                : "the two-period rule (Rec 2003/361 Annex Art 4(2)) is not applied and the entity's own figures count"
                + " for the latest period only.");
    }

    /** The status at the latest closing, given the raw classes of the known periods, oldest first. */
    public SizeClass status(List<SizeClass> rawOldestFirst) {
        if (rawOldestFirst.isEmpty()) {
            throw new IllegalArgumentException("at least one period is needed");
        }
        SizeClass status = rawOldestFirst.get(0);
        for (int t = 1; t < rawOldestFirst.size(); t++) {
            SizeClass now = rawOldestFirst.get(t);
            SizeClass before = rawOldestFirst.get(t - 1);
            if (now.compareTo(status) > 0 && before.compareTo(status) > 0) {
                status = now.compareTo(before) <= 0 ? now : before;
            } else if (now.compareTo(status) < 0 && before.compareTo(status) < 0) {
                status = now.compareTo(before) >= 0 ? now : before;
            }
        }
        return status;
    }

    /** Two known periods: the previous and the latest. */
    public SizeClass status(SizeClass previousRaw, SizeClass latestRaw) {
        return status(List.of(previousRaw, latestRaw));
    }

    public ReasoningStep explain(SizeClass previousRaw, SizeClass latestRaw, SizeClass status) {
        String text;
        if (previousRaw == latestRaw) {
            text = "Both periods give " + latestRaw + ": the status is " + status + ".";
        } else {
            text = "The previous period gives " + previousRaw + ", the latest " + latestRaw
                    + ". A status is neither gained nor lost unless the ceilings are crossed in two consecutive"
                    + " periods; the previous period is the first one known, so the enterprise keeps " + status
                    + " at this closing.";
        }
        return ReasoningStep.of(RULE, status.name(), text, LegalBasis.REC_ART_4_2);
    }
}
