package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.RefusedException.Code;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.ImportGroupStructureCommand;
import eu.nis2assessor.application.port.in.RunGroupAssessmentCommand;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.assessment.InputFingerprint;
import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.tenant.TenantId;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link RunGroupAssessmentService} and {@link ImportGroupStructureService} on in-memory fakes of their ports: the
 * structure as of the date, the same results and hash as the engine on the same structure, refusals that write nothing.
 */
class RunGroupAssessmentServiceTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");
    private final InMemoryGroupPorts ports = new InMemoryGroupPorts();
    private final RunGroupAssessmentService service = new RunGroupAssessmentService(ports, ports, new GroupStructureAssessor(),
            AssessmentLimits.DEFAULTS, ports, ports, Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC));
    private final GroupView group = new GroupView(UUID.randomUUID(), "G", null, 0, null);
    private final UUID p = UUID.randomUUID();
    private final UUID s = UUID.randomUUID();
    private final UUID q = UUID.randomUUID();

    private <T> T tx(Supplier<T> work) {
        return ports.inTransaction(work);
    }

    private LegalEntityView entity(UUID id, String key) {
        return new LegalEntityView(id, group.id(), key, key + " AG", "DE", null,
                List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)), List.of(), Set.of(), null, false, true, 0,
                null, null);
    }

    private static FinancialYearView year(UUID entity, String end, SizeFigures figures, boolean approved,
                                          FinancialYearView.Consolidated consolidated) {
        return new FinancialYearView(UUID.randomUUID(), entity, LocalDate.parse(end), figures, approved, consolidated, 0);
    }

    private static HoldingView holding(UUID owner, UUID owned, String percent, String from, String to) {
        return new HoldingView(UUID.randomUUID(), null, owner, owned, new BigDecimal(percent), new BigDecimal(percent), Set.of(),
                null, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), 0);
    }

    /** P holds 100 % of S and (until 2026-01-01) 30 % of Q; P consolidates S, its previous consolidated figures on its latest year. */
    private void store() {
        TenantId t = ports.currentTenant();
        tx(() -> {
            ports.putGroup(t, group);
            ports.createEntity(t, entity(p, "P"));
            ports.createEntity(t, entity(s, "S"));
            ports.createEntity(t, entity(q, "Q"));
            ports.createHolding(t, withGroup(holding(p, s, "100", null, null)));
            ports.createHolding(t, withGroup(holding(p, q, "30", "2020-01-01", "2026-01-01")));
            ports.createHolding(t, withGroup(holding(q, s, "10", "2026-07-01", null))); // not yet valid
            ports.saveFinancialYear(t, year(p, "2025-12-31", SizeFigures.of("30", "8000000", "6000000"), true,
                    new FinancialYearView.Consolidated(SizeFigures.of("300", "80000000", "60000000"),
                            SizeFigures.of("20", "4000000", "3000000"), List.of(s))), false);
            ports.saveFinancialYear(t, year(p, "2026-12-31", SizeFigures.of("1", "1", "1"), true, null), false); // after asOf
            ports.saveFinancialYear(t, year(s, "2025-12-31", SizeFigures.of("270", "72000000", "54000000"), true, null), false);
            ports.saveFinancialYear(t, year(s, "2024-12-31", SizeFigures.of("10", "1000000", "1000000"), true, null), false);
            ports.saveFinancialYear(t, year(s, "2023-12-31", SizeFigures.of("99", "1000000", "1000000"), true, null), false);
            ports.saveFinancialYear(t, year(q, "2025-06-30", SizeFigures.of("5", "500000", "400000"), true, null), false);
            ports.saveFinancialYear(t, year(q, "2026-03-31", SizeFigures.of("500", "90000000", "90000000"), false, null), false);
            return null;
        });
    }

    private HoldingView withGroup(HoldingView h) {
        return new HoldingView(h.id(), group.id(), h.ownerId(), h.ownedId(), h.capitalPercent(), h.votingPercent(),
                h.controlRights(), h.investedAmount(), h.validFrom(), h.validTo(), h.version());
    }

    /** What the engine gets: the structure as of 2026-06-30 built by hand from the rules in decisions.md. */
    private static GroupStructure expectedStructure() {
        List<Activity> cloud = List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER));
        return new GroupStructure(List.of(
                new Enterprise("P", "P AG", cloud, SizeFigures.of("30", "8000000", "6000000"), null, null, false, List.of(),
                        Set.of(), true, new ConsolidatedAccounts(SizeFigures.of("300", "80000000", "60000000"),
                        SizeFigures.of("20", "4000000", "3000000"), List.of("S"))),
                new Enterprise("Q", "Q AG", cloud, SizeFigures.of("5", "500000", "400000"), null, null, false, List.of(),
                        Set.of(), true, null),
                new Enterprise("S", "S AG", cloud, SizeFigures.of("270", "72000000", "54000000"),
                        SizeFigures.of("10", "1000000", "1000000"), null, false, List.of(), Set.of(), true, null)),
                List.of(Holding.of("P", "S", "100")), null);
    }

    @Test
    void runsTheEngineOnTheStructureAsOfTheDateAndStoresEveryResultWithTheFingerprint() {
        store();
        GroupAssessmentView run = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF));
        GroupStructure expected = expectedStructure();
        assertThat(run.inputHash()).isEqualTo(InputFingerprint.sha256(expected, AS_OF, RulesVersion.CURRENT));
        assertThat(run.entityCount()).isEqualTo(3);
        assertThat(run.asOf()).isEqualTo(AS_OF);
        assertThat(run.runAt().toInstant()).isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
        List<GroupAssessmentResultView> results = ports.resultsOf(run.id());
        Map<String, EnterpriseAssessment> byKey = new GroupStructureAssessor().assess(expected).enterprises().stream()
                .collect(Collectors.toMap(EnterpriseAssessment::key, r -> r));
        assertThat(results).extracting(GroupAssessmentResultView::key).containsExactly("P", "Q", "S");
        for (GroupAssessmentResultView r : results) {
            assertThat(r.result()).isEqualTo(byKey.get(r.key()));
            assertThat(r.sizeClass()).isEqualTo(r.result().sizeClass());
            assertThat(r.groupAssessmentId()).isEqualTo(run.id());
        }
        assertThat(results.get(0).legalEntityId()).isEqualTo(p);
        assertThat(ports.transactions).last().isEqualTo("rw");
    }

    @Test
    void aPreviousYearThatIsNotTheOneBeforeIsNotUsedForTheTwoPeriodRuleAndTheResultSaysSo() {
        TenantId t = ports.currentTenant();
        SizeFigures large = SizeFigures.of("300", "80000000", "60000000");
        SizeFigures small = SizeFigures.of("20", "4000000", "3000000");
        tx(() -> {
            ports.putGroup(t, group);
            ports.createEntity(t, entity(p, "P"));
            ports.saveFinancialYear(t, year(p, "2025-12-31", large, true, null), false);
            ports.saveFinancialYear(t, year(p, "2024-12-31", small, false, null), false); // not approved: not a period
            ports.saveFinancialYear(t, year(p, "2023-12-31", small, true, null), false);
            ports.createEntity(t, entity(s, "S"));
            ports.saveFinancialYear(t, year(s, "2025-12-31", large, true, null), false);
            ports.saveFinancialYear(t, year(s, "2024-06-30", small, true, null), false); // 18 months: year end moved
            return null;
        });
        GroupAssessmentView run = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF));
        Map<String, EnterpriseAssessment> results = ports.resultsOf(run.id()).stream()
                .collect(Collectors.toMap(GroupAssessmentResultView::key, GroupAssessmentResultView::result));

        EnterpriseAssessment gap = results.get("P");
        assertThat(gap.sizeClass()).as("the latest period alone").isEqualTo(eu.nis2assessor.domain.size.SizeClass.LARGE);
        assertThat(gap.assessment().assumptions()).anyMatch(a -> a.contains("ends on 2023-12-31")
                && a.contains("not consecutive periods"));
        assertThat(gap.assessment().reasoning()).noneMatch(step -> step.rule().equals("Two consecutive periods"));

        EnterpriseAssessment moved = results.get("S");
        assertThat(moved.sizeClass()).as("two consecutive periods: the earlier class is kept")
                .isEqualTo(eu.nis2assessor.domain.size.SizeClass.SMALL);
        assertThat(moved.assessment().assumptions()).noneMatch(a -> a.contains("not consecutive periods"));
    }

    @Test
    void sameDataSameHashAnotherFigureAnotherHash() {
        store();
        String first = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)).inputHash();
        String again = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)).inputHash();
        assertThat(again).isEqualTo(first);
        TenantId t = ports.currentTenant();
        tx(() -> ports.saveFinancialYear(t, year(q, "2026-01-31", SizeFigures.of("5", "500001", "400000"), true, null), false));
        assertThat(service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)).inputHash()).isNotEqualTo(first);
    }

    @Test
    void anEntityWithoutAnApprovedYearIsNamedAndNothingIsStored() {
        store();
        TenantId t = ports.currentTenant();
        tx(() -> ports.createEntity(t, entity(UUID.randomUUID(), "NEW")));
        RunGroupAssessmentCommand command = new RunGroupAssessmentCommand(group.id(), AS_OF);
        assertThatThrownBy(() -> service.runGroupAssessment(command)).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.code()).isEqualTo(Code.INVALID);
            assertThat(e.field()).isEqualTo("asOf");
            assertThat(e.getMessage()).contains("NEW").contains("1 legal entity has no approved financial year");
        });
        assertThatThrownBy(() -> service.runGroupAssessment(new RunGroupAssessmentCommand(UUID.randomUUID(), AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_FOUND));
    }

    @Test
    void aSubsidiaryHeldToTheTwoPeriodRuleThroughConsolidatedAccountsIsNotToldThatTheRuleIsNotApplied() {
        TenantId t = ports.currentTenant();
        tx(() -> {
            ports.putGroup(t, group);
            ports.createEntity(t, entity(p, "P"));
            ports.createEntity(t, entity(s, "S"));
            ports.createHolding(t, withGroup(holding(p, s, "100", null, null)));
            // P's consolidated accounts cover S and give the previous period (small); the latest period is large
            ports.saveFinancialYear(t, year(p, "2025-12-31", SizeFigures.of("30", "8000000", "6000000"), true,
                    new FinancialYearView.Consolidated(SizeFigures.of("300", "80000000", "60000000"),
                            SizeFigures.of("20", "4000000", "3000000"), List.of(s))), false);
            // S's own earlier year is not the one before its latest
            ports.saveFinancialYear(t, year(s, "2025-12-31", SizeFigures.of("270", "72000000", "54000000"), true, null),
                    false);
            ports.saveFinancialYear(t, year(s, "2023-12-31", SizeFigures.of("10", "1000000", "1000000"), true, null),
                    false);
            return null;
        });
        GroupAssessmentView run = service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF));
        EnterpriseAssessment sub = ports.resultsOf(run.id()).stream().filter(r -> r.key().equals("S")).findFirst()
                .orElseThrow().result();

        // the engine holds S to the two-period rule (through P's consolidated accounts) ...
        assertThat(sub.assessment().reasoning()).anyMatch(step -> step.rule().equals("Two consecutive periods"));
        // ... so its result must not say that the rule is not applied
        assertThat(sub.assessment().assumptions()).noneMatch(a -> a.contains("the two-period rule (Rec 2003/361 Annex"
                + " Art 4(2)) is not applied"))
                .anyMatch(a -> a.contains("own figures of that year are not used; the two-period rule (Rec 2003/361"
                        + " Annex Art 4(2)) is applied on the previous period of the consolidated accounts"));
    }

    @Test
    void aNaturalPersonsKeptConsolidatedAccountsAreRefusedByNameNotDropped() {
        // an entity made a natural person (updateLegalEntity) after its consolidated accounts were recorded
        TenantId t = ports.currentTenant();
        UUID n = UUID.randomUUID();
        tx(() -> {
            ports.putGroup(t, group);
            ports.createEntity(t, new LegalEntityView(n, group.id(), "N", "N", null, null, List.of(), List.of(), Set.of(),
                    null, true, true, 0, null, null));
            ports.createEntity(t, entity(s, "S"));
            ports.createHolding(t, withGroup(holding(n, s, "60", null, null)));
            ports.saveFinancialYear(t, year(n, "2025-12-31", SizeFigures.of("0", "0", "0"), true,
                    new FinancialYearView.Consolidated(SizeFigures.of("300", "90000000", "90000000"), null, List.of(s))),
                    false);
            ports.saveFinancialYear(t, year(s, "2025-12-31", SizeFigures.of("30", "8000000", "5000000"), true, null), false);
            return null;
        });
        assertThatThrownBy(() -> service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.INVALID);
                    assertThat(e.getMessage()).contains("entity 'N'.consolidatedAccounts")
                            .contains("natural person does not prepare consolidated accounts");
                });
    }

    @Test
    void anotherTenantsGroupIsNotFound() {
        store();
        ports.tenant = new TenantId(UUID.randomUUID());
        assertThatThrownBy(() -> service.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("groupId");
                });
    }

    @Test
    void importRefusesASecondHoldingOfAPairAndAnUnknownGroupWithoutWriting() {
        ImportGroupStructureService importer = new ImportGroupStructureService(ports, ports, AssessmentLimits.DEFAULTS, ports, ports);
        TenantId t = ports.currentTenant();
        tx(() -> {
            ports.putGroup(t, group);
            return null;
        });
        List<Enterprise> enterprises = List.of(Enterprise.of("A", SizeFigures.of("1", "1", "1")),
                Enterprise.of("B", SizeFigures.of("1", "1", "1")));
        GroupStructure twice = new GroupStructure(enterprises, List.of(Holding.of("A", "B", "10"), Holding.of("A", "B", "20")), null);
        assertThatThrownBy(() -> importer.importGroupStructure(new ImportGroupStructureCommand(group.id(), twice, AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.field()).isEqualTo("structure.holdings[1]");
                    assertThat(e.getMessage()).contains("holdings[0]");
                });
        GroupStructure ok = new GroupStructure(enterprises, List.of(Holding.of("A", "B", "10")), null);
        assertThatThrownBy(() -> importer.importGroupStructure(new ImportGroupStructureCommand(UUID.randomUUID(), ok, AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo(Code.NOT_FOUND));
        assertThat(ports.imports).isEmpty();
        assertThat(importer.importGroupStructure(new ImportGroupStructureCommand(group.id(), ok, AS_OF)).createdEntities()).isEqualTo(2);
        assertThat(ports.imports).containsExactly(ok);
        assertThat(ports.committedImports).as("refused imports are not reported; the one that passed is").containsExactly(2);
        assertThat(ports.importCommittedInTransaction).as("after the commit, not inside it").isFalse();
        ImportGroupStructureService small = new ImportGroupStructureService(ports, ports, new AssessmentLimits(1, 10, 10), ports, ports);
        assertThatThrownBy(() -> small.importGroupStructure(new ImportGroupStructureCommand(group.id(), ok, AS_OF)))
                .hasMessageContaining("at most 1 enterprises");
    }

    @Test
    void importAcceptsExactlyTheListEntryLimitAndRefusesOneMoreWithoutWriting() {
        TenantId t = ports.currentTenant();
        tx(() -> {
            ports.putGroup(t, group);
            return null;
        });
        SizeFigures figures = SizeFigures.of("1", "1", "1");
        // market groups 2 + 2 (a duplicate counts) and A's includes 1: 5 entries
        GroupStructure five = new GroupStructure(List.of(
                Enterprise.of("A", figures).withConsolidatedAccounts(new ConsolidatedAccounts(figures, null, List.of("B"))),
                Enterprise.of("B", figures), Enterprise.of("C", figures)),
                List.of(), List.of(List.of("A", "B"), List.of("C", "C")));
        ImportGroupStructureService four = new ImportGroupStructureService(ports, ports, new AssessmentLimits(10, 10, 4), ports,
                ports);

        assertThatThrownBy(() -> four.importGroupStructure(new ImportGroupStructureCommand(group.id(), five, AS_OF)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("structure.sameOrAdjacentMarkets"))
                .hasMessage("structure.sameOrAdjacentMarkets: at most 4 entries in market groups and consolidated-accounts"
                        + " includes together per call (got 5)");
        assertThat(ports.imports).isEmpty();
        assertThat(ports.transactions).as("refused before the transaction").hasSize(1);

        ImportGroupStructureService exactly = new ImportGroupStructureService(ports, ports, new AssessmentLimits(10, 10, 5),
                ports, ports);
        assertThat(exactly.importGroupStructure(new ImportGroupStructureCommand(group.id(), five, AS_OF)).createdEntities())
                .isEqualTo(3);
        assertThat(ports.imports).containsExactly(five);
    }

    @Test
    void aStoredGroupOverTheListEntryLimitIsRefusedAndNothingIsStored() {
        store();
        TenantId t = ports.currentTenant();
        // 2 + 2 market entries of the group's entities (the stale key 'GONE' is not passed on, so not counted), and
        // P's consolidated accounts as of AS_OF include S: 5 entries
        GroupView withMarkets = new GroupView(group.id(), group.name(), List.of(List.of("P", "S"), List.of("Q", "S", "GONE")),
                group.version(), group.createdAt());
        tx(() -> {
            ports.putGroup(t, withMarkets);
            return null;
        });
        RunGroupAssessmentService four = new RunGroupAssessmentService(ports, ports, new GroupStructureAssessor(),
                new AssessmentLimits(10, 10, 4), ports, ports, Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC));
        RunGroupAssessmentService five = new RunGroupAssessmentService(ports, ports, new GroupStructureAssessor(),
                new AssessmentLimits(10, 10, 5), ports, ports, Clock.fixed(Instant.parse("2026-07-01T10:00:00Z"), ZoneOffset.UTC));

        assertThatThrownBy(() -> four.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF)))
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(Code.INVALID);
                    assertThat(e.field()).isEqualTo("groupId");
                })
                .hasMessage("at most 4 entries in market groups and consolidated-accounts includes together per assessment"
                        + " (the group has 5 as of 2026-06-30)");
        assertThat(ports.assessmentCount()).isZero();

        GroupAssessmentView run = five.runGroupAssessment(new RunGroupAssessmentCommand(group.id(), AS_OF));
        assertThat(run.entityCount()).isEqualTo(3);
        assertThat(ports.assessmentCount()).isEqualTo(1);
    }
}
