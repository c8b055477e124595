package eu.nis2assessor.application.port.out;

import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.domain.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage of immutable group assessments: written once, never changed or deleted. */
public interface GroupAssessmentStorePort {

    /** Stores the assessment and its per-entity results in a fixed number of statements (batched). */
    void store(TenantId tenant, GroupAssessmentView assessment, List<GroupAssessmentResultView> results);

    Optional<GroupAssessmentView> find(TenantId tenant, UUID id);

    /** Per group, its assessments newest first (run_at desc, id). */
    Map<UUID, Page<GroupAssessmentView>> assessmentsOfGroups(TenantId tenant, Collection<UUID> groupIds, PageRequest page);

    /** Per assessment, its results ordered by key. */
    Map<UUID, Page<GroupAssessmentResultView>> resultsOf(TenantId tenant, Collection<UUID> assessmentIds, PageRequest page);
}
