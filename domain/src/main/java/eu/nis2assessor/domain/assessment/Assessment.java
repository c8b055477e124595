package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.obligation.Obligation;
import eu.nis2assessor.domain.penalty.FineExposure;
import eu.nis2assessor.domain.reasoning.ReasoningStep;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.size.SizeClass;
import eu.nis2assessor.domain.supervision.Supervision;
import java.util.ArrayList;
import java.util.List;

/**
 * The full result for one entity: its class with the legal basis, the size class, the supervision
 * regime, the fine exposure ({@code null} when no Art 34(4)-(5) ceiling applies), the Art 20 duties,
 * the registration duties, the reasoning in order, the assumptions made, and the rules version.
 */
public record Assessment(EntityClass entityClass, SizeClass sizeClass, List<String> legalBasis, Supervision supervision,
                         FineExposure fineExposure, List<Obligation> managementObligations,
                         List<Obligation> registrationObligations, List<ReasoningStep> reasoning,
                         List<String> assumptions, RulesVersion rulesVersion) {

    public Assessment {
        legalBasis = List.copyOf(legalBasis);
        managementObligations = List.copyOf(managementObligations);
        registrationObligations = List.copyOf(registrationObligations);
        reasoning = List.copyOf(reasoning);
        assumptions = List.copyOf(assumptions);
    }

    /** The same assessment with one more assumption line. */
    public Assessment withAssumption(String assumption) {
        List<String> more = new ArrayList<>(assumptions);
        more.add(assumption);
        return new Assessment(entityClass, sizeClass, legalBasis, supervision, fineExposure, managementObligations,
                registrationObligations, reasoning, more, rulesVersion);
    }
}
