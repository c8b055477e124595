package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.RunGroupAssessmentCommand;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Review of rules 2026.12.2: a subsidiary included in consolidated accounts that give the previous period is now held
 * to the two-period rule; its own earlier year that is not the one before the latest must then not make its result say
 * that the rule is not applied.
 */
/** A stored subsidiary whose own years are not consecutive, held to the two-period rule by its parent's accounts. */
class StoredTwoPeriodThroughConsolidatedAccountsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
    private final InMemoryGroupPorts ports = new InMemoryGroupPorts();
    private final RunGroupAssessmentService service = new RunGroupAssessmentService(ports, ports, new GroupStructureAssessor(),
            AssessmentLimits.DEFAULTS, ports, ports, Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC));
    private final GroupView group = new GroupView(UUID.randomUUID(), "G", null, 0, null);
    private final UUID p = UUID.randomUUID();
    private final UUID s = UUID.randomUUID();

    private LegalEntityView entity(UUID id, String key) {
        return new LegalEntityView(id, group.id(), key, key + " AG", "DE", null,
                List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)), List.of(), Set.of(), null, false, true, 0,
                null, null);
    }

    private static FinancialYearView year(UUID entity, String end, SizeFigures figures, FinancialYearView.Consolidated c) {
        return new FinancialYearView(UUID.randomUUID(), entity, LocalDate.parse(end), figures, true, c, 0);
    }

    @Test
    void aSubsidiaryHeldToTheTwoPeriodRuleThroughConsolidatedAccountsIsNotToldThatTheRuleIsNotApplied() {
        TenantId t = ports.currentTenant();
        ports.inTransaction(() -> {
            ports.putGroup(t, group);
            ports.createEntity(t, entity(p, "P"));
            ports.createEntity(t, entity(s, "S"));
            ports.createHolding(t, new HoldingView(UUID.randomUUID(), group.id(), p, s, new BigDecimal("100"),
                    new BigDecimal("100"), Set.of(), null, null, null, 0));
            // P's consolidated accounts cover S and give the previous period (small); the latest period is large
            ports.saveFinancialYear(t, year(p, "2025-12-31", SizeFigures.of("30", "8000000", "6000000"),
                    new FinancialYearView.Consolidated(SizeFigures.of("300", "80000000", "60000000"),
                            SizeFigures.of("20", "4000000", "3000000"), List.of(s))), false);
            // S's own earlier year is not the one before its latest
            ports.saveFinancialYear(t, year(s, "2025-12-31", SizeFigures.of("270", "72000000", "54000000"), null), false);
            ports.saveFinancialYear(t, year(s, "2023-12-31", SizeFigures.of("10", "1000000", "1000000"), null), false);
            return null;
        });
        GroupAssessmentView run = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF));
        Map<String, EnterpriseAssessment> results = ports.resultsOf(run.id()).stream()
                .collect(Collectors.toMap(GroupAssessmentResultView::key, GroupAssessmentResultView::result));

        EnterpriseAssessment sub = results.get("S");
        // the engine holds S to the two-period rule (through P's consolidated accounts) ...
        assertThat(sub.assessment().reasoning()).anyMatch(step -> step.rule().equals("Two consecutive periods"));
        // ... so its result must not say that the rule is not applied
        assertThat(sub.assessment().assumptions()).noneMatch(a -> a.contains("the two-period rule (Rec 2003/361 Annex"
                + " Art 4(2)) is not applied"))
                .anyMatch(a -> a.contains("own figures of that year are not used; the two-period rule (Rec 2003/361"
                        + " Annex Art 4(2)) is applied on the previous period of the consolidated accounts"));
    }
}
