package eu.nis2assessor.domain.reasoning;

import java.util.List;
import java.util.Objects;

/**
 * One step of a decision path: which rule was applied, what it gave, on which legal basis, and an
 * explanation that a compliance officer can read without the code.
 *
 * @param rule        short name of the rule, e.g. "Size class"
 * @param outcome     what the rule gave, e.g. "MEDIUM" or "not applicable"
 * @param legalBasis  legal references in the form {@code NIS2 Art 3(1)(a)} or {@code Rec 2003/361 Annex Art 6(2)}
 * @param explanation plain-language reasoning
 */
public record ReasoningStep(String rule, String outcome, List<String> legalBasis, String explanation) {

    public ReasoningStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
        legalBasis = List.copyOf(legalBasis);
        if (legalBasis.isEmpty()) {
            throw new IllegalArgumentException("a reasoning step needs at least one legal basis");
        }
    }

    public static ReasoningStep of(String rule, String outcome, String explanation, String... legalBasis) {
        return new ReasoningStep(rule, outcome, List.of(legalBasis), explanation);
    }
}
