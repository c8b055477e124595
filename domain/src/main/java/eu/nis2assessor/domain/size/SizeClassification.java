package eu.nis2assessor.domain.size;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.util.List;

/**
 * The size class that counts, with the reasoning that led to it.
 *
 * @param sizeClass   the status after the two-period rule (or the raw class when one period is known)
 * @param latestRaw   the raw class of the latest period
 * @param previousRaw the raw class of the previous period, or {@code null} when not known
 */
public record SizeClassification(SizeClass sizeClass, SizeClass latestRaw, SizeClass previousRaw,
                                 List<ReasoningStep> steps, List<String> assumptions) {

    public SizeClassification {
        steps = List.copyOf(steps);
        assumptions = List.copyOf(assumptions);
    }
}
