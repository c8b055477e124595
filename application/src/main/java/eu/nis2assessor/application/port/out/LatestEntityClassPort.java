package eu.nis2assessor.application.port.out;

import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.tenant.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What the latest stored group assessment said about each legal entity. */
public interface LatestEntityClassPort {

    /**
     * The class an entity was given by the latest group assessment (by run time) that included it.
     *
     * @param groupAssessmentId   that assessment
     * @param asOf                its as-of date
     * @param entityClass         the class; null when the entity had no activities
     * @param art20Applies        whether the result lists NIS2 Art 20 management duties (false when not in scope
     *                            or when DORA displaces them)
     */
    record LatestClass(UUID groupAssessmentId, LocalDate asOf, EntityClass entityClass, boolean art20Applies) {
    }

    /** Per entity of the tenant that was ever assessed, its latest class; one statement for any number of ids. */
    Map<UUID, LatestClass> latestClasses(TenantId tenant, Collection<UUID> legalEntityIds);
}
