package eu.nis2assessor.domain.penalty;

import static eu.nis2assessor.domain.reasoning.LegalBasis.*;

import eu.nis2assessor.domain.reasoning.PlainNumber;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.scope.Classification;
import eu.nis2assessor.domain.size.SizeClassPolicy;
import java.math.BigDecimal;
import java.util.List;

/**
 * NIS2 Art 34(4)-(5): the maximum fine for infringements of Art 21 or 23 is at least the fixed amount
 * or the percentage of the total worldwide annual turnover of the <b>undertaking</b> the entity belongs
 * to in the preceding financial year, <b>whichever is higher</b>. These are floors for the national
 * maximum, not caps. No ceiling for entities outside Art 3 (registrars included) or displaced by DORA.
 * Art 34(7) leaves fines on public administration entities to the Member State.
 */
public final class FinePolicy {

    public static final String RULE = "Fine ceiling";
    public static final String PUBLIC_ADMINISTRATION_ASSUMPTION = "Public administration entity: NIS2 Art 34(7) leaves"
            + " it to the Member State whether and to what extent fines may be imposed on it; the figures shown apply"
            + " only if national law provides for fines.";

    private static final BigDecimal ESSENTIAL_FIXED = new BigDecimal("10000000");
    private static final BigDecimal ESSENTIAL_PERCENT = new BigDecimal("2");
    private static final BigDecimal IMPORTANT_FIXED = new BigDecimal("7000000");
    private static final BigDecimal IMPORTANT_PERCENT = new BigDecimal("1.4");
    private static final String ESSENTIAL_TEXT = "maximum is at least EUR 10000000 or 2 % of the undertaking's"
            + " worldwide annual turnover (EUR ";
    private static final String IMPORTANT_TEXT = "maximum is at least EUR 7000000 or 1.4 % of the undertaking's"
            + " worldwide annual turnover (EUR ";
    /** Art 34(7): the ceiling binds only if the Member State fines public administration entities at all. */
    private static final String PUBLIC_ADMINISTRATION_TEXT = "Public administration entity: the Member State decides"
            + " whether and to what extent fines may be imposed on it (Art 34(7)). If national law provides for them,"
            + " the ";
    private static final List<String> ESSENTIAL_BASIS = List.of(NIS2_ART_34_4);
    private static final List<String> IMPORTANT_BASIS = List.of(NIS2_ART_34_5);
    private static final List<String> ESSENTIAL_PA_BASIS = List.of(NIS2_ART_34_4, NIS2_ART_34_7);
    private static final List<String> IMPORTANT_PA_BASIS = List.of(NIS2_ART_34_5, NIS2_ART_34_7);

    /**
     * @param undertakingTurnover worldwide annual turnover (EUR) of the undertaking: the entity with its
     *                            linked enterprises at 100 %, without partners
     * @return the exposure, or {@code null} when Art 34(4)-(5) do not apply
     */
    public FineExposure exposure(Classification classification, BigDecimal undertakingTurnover) {
        if (!classification.inScope() || classification.doraLexSpecialis()) {
            return null;
        }
        boolean essential = classification.entityClass() == eu.nis2assessor.domain.scope.EntityClass.ESSENTIAL;
        BigDecimal fixed = essential ? ESSENTIAL_FIXED : IMPORTANT_FIXED;
        BigDecimal percent = essential ? ESSENTIAL_PERCENT : IMPORTANT_PERCENT;
        BigDecimal byTurnover = undertakingTurnover.multiply(percent).movePointLeft(2);
        BigDecimal maximum = byTurnover.compareTo(fixed) > 0 ? normalised(byTurnover) : fixed;
        List<String> basis = classification.publicAdministration()
                ? (essential ? ESSENTIAL_PA_BASIS : IMPORTANT_PA_BASIS)
                : (essential ? ESSENTIAL_BASIS : IMPORTANT_BASIS);
        return new FineExposure(maximum, fixed, percent, undertakingTurnover, basis);
    }

    /** Plain amounts without a needless fraction ("60000000", not "60000000.00"). */
    private static BigDecimal normalised(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public ReasoningStep explain(Classification classification, FineExposure exposure) {
        if (exposure == null) {
            if (classification.doraLexSpecialis()) {
                return ReasoningStep.of(RULE, "none under NIS2", "Art 34 is part of Chapter VII, which DORA displaces:"
                        + " penalties follow DORA.", NIS2_ART_4_1, DORA_ART_1_2);
            }
            if (classification.registrarDuties()) {
                return ReasoningStep.of(RULE, "none under Art 34", "Art 34(4)-(5) apply to essential and important"
                        + " entities; penalties for registration duties are set by national law.", NIS2_ART_36);
            }
            return null;
        }
        boolean essential = exposure.fixedAmount() == ESSENTIAL_FIXED;
        String opening = classification.publicAdministration() ? PUBLIC_ADMINISTRATION_TEXT : "The ";
        String ground = essential ? ESSENTIAL_TEXT : IMPORTANT_TEXT;
        StringBuilder text = new StringBuilder(opening.length() + ground.length() + 140).append(opening).append(ground);
        PlainNumber.append(text, exposure.undertakingTurnover()).append("), whichever is higher: EUR ");
        int from = text.length();
        PlainNumber.append(text, exposure.maximum());
        String outcome = "EUR ".concat(text.substring(from));
        text.append(". Applies to infringements of Art 21 or 23; national law may set higher maxima.");
        return new ReasoningStep(RULE, outcome, exposure.legalBasis(), text.toString());
    }
}
