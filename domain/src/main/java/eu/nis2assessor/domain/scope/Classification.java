package eu.nis2assessor.domain.scope;

import eu.nis2assessor.domain.reasoning.ReasoningStep;
import java.util.List;
import java.util.Set;

/**
 * The outcome of NIS2 Art 2 and 3 for one entity.
 *
 * @param entityClass          essential, important or neither
 * @param legalBasis           the grounds that decided the class (every Art 3(1) ground that holds)
 * @param effectiveTypes       the entity types that count (ancillary and excluded activities removed)
 * @param registrarDuties      the entity provides domain name registration services (Art 2(4), 27, 28)
 * @param doraLexSpecialis     DORA displaces NIS2's risk-management, reporting and Chapter VII (Art 4(1))
 * @param publicAdministration the entity is a public administration entity (Art 34(7), 32(5))
 */
public record Classification(EntityClass entityClass, List<String> legalBasis, Set<EntityType> effectiveTypes,
                             boolean registrarDuties, boolean doraLexSpecialis, boolean publicAdministration,
                             List<ReasoningStep> steps, List<String> assumptions) {

    public Classification {
        legalBasis = List.copyOf(legalBasis);
        effectiveTypes = effectiveTypes.isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(effectiveTypes));
        steps = List.copyOf(steps);
        assumptions = List.copyOf(assumptions);
    }

    public boolean inScope() {
        return entityClass != EntityClass.NOT_IN_SCOPE;
    }
}
