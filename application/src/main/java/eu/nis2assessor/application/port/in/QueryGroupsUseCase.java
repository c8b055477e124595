package eu.nis2assessor.application.port.in;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of stored groups, all restricted to the current tenant. The batch methods take many parents at once and
 * answer in a fixed number of statements whatever their number (no N+1); a parent without children maps to an
 * empty page.
 */
public interface QueryGroupsUseCase {

    /** The paginated parent-to-child edges. */
    enum Edge { GROUP_ENTITIES, GROUP_ASSESSMENTS, ENTITY_HOLDINGS, ENTITY_OWNERS, ENTITY_FINANCIAL_YEARS, ASSESSMENT_RESULTS }

    /** One page of one edge of one parent; {@code asOf} only for holdings and owners (null = all). */
    record EdgeRequest(Edge edge, UUID parent, PageRequest page, LocalDate asOf) {
    }

    /**
     * Many pages of many edges at once, in ONE read-only transaction: one statement per distinct (edge, page
     * arguments), whatever the number of parents. A parent without children maps to an empty page.
     */
    Map<EdgeRequest, Page<?>> edges(Collection<EdgeRequest> requests);

    Page<GroupView> groups(PageRequest page);

    Optional<GroupView> group(UUID id);

    List<GroupView> groupsByIds(Collection<UUID> ids);

    Optional<LegalEntityView> legalEntity(UUID id);

    List<LegalEntityView> legalEntitiesByIds(Collection<UUID> ids);

    Map<UUID, Page<LegalEntityView>> entitiesOfGroups(Collection<UUID> groupIds, PageRequest page);

    /** Holdings the entities have in others; {@code asOf} null = all. */
    Map<UUID, Page<HoldingView>> holdingsOfOwners(Collection<UUID> ownerIds, LocalDate asOf, PageRequest page);

    /** Holdings others have in the entities; {@code asOf} null = all. */
    Map<UUID, Page<HoldingView>> holdingsOfOwned(Collection<UUID> ownedIds, LocalDate asOf, PageRequest page);

    Optional<HoldingView> holding(UUID id);

    Map<UUID, Page<FinancialYearView>> financialYearsOfEntities(Collection<UUID> entityIds, PageRequest page);

    Optional<FinancialYearView> financialYear(UUID id);

    Map<UUID, Page<GroupAssessmentView>> assessmentsOfGroups(Collection<UUID> groupIds, PageRequest page);

    Optional<GroupAssessmentView> groupAssessment(UUID id);

    Map<UUID, Page<GroupAssessmentResultView>> resultsOfAssessments(Collection<UUID> assessmentIds, PageRequest page);
}
