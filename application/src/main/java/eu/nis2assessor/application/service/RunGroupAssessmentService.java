package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.RefusedException.Code;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupAssessmentResultView;
import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.RunGroupAssessmentCommand;
import eu.nis2assessor.application.port.in.RunGroupAssessmentUseCase;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort.GroupSnapshot;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.assessment.EnterpriseAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.assessment.InputFingerprint;
import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.reasoning.RulesVersion;
import eu.nis2assessor.domain.size.ConsecutivePeriodsPolicy;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.tenant.TenantId;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link RunGroupAssessmentUseCase}: in one transaction, loads the group as of the date (a fixed number of
 * statements), builds the domain's {@link GroupStructure} from it, runs the unchanged {@link GroupStructureAssessor},
 * and stores the result with the {@link InputFingerprint} of exactly the engine's input.
 *
 * <p>As of {@code asOf}: holdings valid that day ({@code validFrom <= asOf < validTo}); per entity the latest
 * approved financial year ending on or before {@code asOf} ({@code figures}) and the approved one before it
 * ({@code previousFigures}) when the two are consecutive ({@link ConsecutivePeriodsPolicy#consecutive}; otherwise
 * none, and the entity's assessment says why); consolidated accounts from the latest year of the consolidating entity (previous
 * consolidated figures from its previous year). Natural persons without accounts count with zero figures (theirs are
 * never aggregated); any other entity without an approved year is refused, naming it.
 */
public final class RunGroupAssessmentService implements RunGroupAssessmentUseCase {

    private static final Pattern HOLDING_PATH = Pattern.compile("^holdings\\[(\\d+)]");
    private static final Pattern ENTERPRISE_PATH = Pattern.compile("^enterprises\\[(\\d+)]");

    private final GroupStorePort store;
    private final GroupAssessmentStorePort assessments;
    private final GroupStructureAssessor assessor;
    private final AssessmentLimits limits;
    private final TransactionPort transactions;
    private final CurrentTenantPort currentTenant;
    private final Clock clock;

    public RunGroupAssessmentService(GroupStorePort store, GroupAssessmentStorePort assessments,
                                     GroupStructureAssessor assessor, AssessmentLimits limits,
                                     TransactionPort transactions, CurrentTenantPort currentTenant, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.assessor = Objects.requireNonNull(assessor, "assessor");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.currentTenant = Objects.requireNonNull(currentTenant, "currentTenant");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public GroupAssessmentView runGroupAssessment(RunGroupAssessmentCommand command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> run(currentTenant.currentTenant(), command.groupId(), command.asOf()));
    }

    private GroupAssessmentView run(TenantId tenant, UUID groupId, LocalDate asOf) {
        GroupSnapshot snapshot = store.snapshot(tenant, groupId, asOf);
        if (snapshot == null || snapshot.group() == null) {
            throw RefusedException.notFound("groupId", "Group", groupId);
        }
        if (snapshot.entities().isEmpty()) {
            throw new RefusedException(Code.INVALID, "groupId", "the group has no legal entities to assess");
        }
        if (snapshot.entities().size() > limits.maxEnterprises()) {
            throw new RefusedException(Code.INVALID, "groupId", "at most " + limits.maxEnterprises()
                    + " entities per assessment (the group has " + snapshot.entities().size() + ")");
        }
        if (snapshot.holdings().size() > limits.maxHoldings()) {
            throw new RefusedException(Code.INVALID, "groupId", "at most " + limits.maxHoldings()
                    + " holdings per assessment (the group has " + snapshot.holdings().size() + " valid on " + asOf + ")");
        }
        List<LegalEntityView> entities = new ArrayList<>(snapshot.entities());
        entities.sort(Comparator.comparing(LegalEntityView::key));
        Map<UUID, String> keys = HashMap.newHashMap(entities.size());
        Map<String, UUID> ids = HashMap.newHashMap(entities.size());
        for (LegalEntityView e : entities) {
            keys.put(e.id(), e.key());
            ids.put(e.key(), e.id());
        }
        List<Enterprise> enterprises = new ArrayList<>(entities.size());
        List<String> withoutAccounts = new ArrayList<>();
        Map<String, LocalDate[]> notConsecutive = new HashMap<>();
        for (LegalEntityView e : entities) {
            List<FinancialYearView> years = snapshot.years().getOrDefault(e.id(), List.of());
            if (years.isEmpty() && !e.naturalPerson()) {
                withoutAccounts.add(e.key());
                continue;
            }
            FinancialYearView latest = years.isEmpty() ? null : years.get(0);
            FinancialYearView previous = years.size() > 1 ? years.get(1) : null;
            if (previous != null && !ConsecutivePeriodsPolicy.consecutive(latest.periodEnd(), previous.periodEnd())) {
                notConsecutive.put(e.key(), new LocalDate[] {latest.periodEnd(), previous.periodEnd()});
                previous = null;
            }
            SizeFigures figures = latest == null ? SizeFigures.ZERO : latest.figures();
            ConsolidatedAccounts accounts = null;
            // a natural person's accounts are passed on too: the structure's validation refuses them by name, rather
            // than the run dropping them without a word (an entity made a natural person after its accounts were kept)
            if (latest != null && latest.consolidatedAccounts() != null) {
                List<String> includes = new ArrayList<>();
                for (UUID included : latest.consolidatedAccounts().includedEntityIds()) {
                    String key = keys.get(included);
                    if (key != null) {
                        includes.add(key);
                    }
                }
                // recorded with the latest year (imported without own previous figures), else the previous year's
                SizeFigures previousConsolidated = latest.consolidatedAccounts().previousFigures() != null
                        ? latest.consolidatedAccounts().previousFigures()
                        : previous == null || previous.consolidatedAccounts() == null ? null
                        : previous.consolidatedAccounts().figures();
                accounts = new ConsolidatedAccounts(latest.consolidatedAccounts().figures(), previousConsolidated, includes);
            }
            enterprises.add(new Enterprise(e.key(), e.name(), e.activities(), figures,
                    previous == null ? null : previous.figures(), e.investorCategory(), e.naturalPerson(),
                    e.identifications(), e.exclusions(), e.providesServicesInUnion(), accounts));
        }
        List<List<String>> markets = null;
        if (snapshot.group().sameOrAdjacentMarkets() != null) {
            markets = new ArrayList<>();
            for (List<String> market : snapshot.group().sameOrAdjacentMarkets()) {
                markets.add(market.stream().filter(ids::containsKey).toList());
            }
        }
        // counted on what the engine would get (keys of the group's entities), before any quadratic work
        long listEntries = AssessmentLimits.listEntries(enterprises, markets);
        if (listEntries > limits.maxListEntries()) {
            throw new RefusedException(Code.INVALID, "groupId", "at most " + limits.maxListEntries()
                    + " entries in market groups and consolidated-accounts includes together per assessment (the group has "
                    + listEntries + " as of " + asOf + ")");
        }
        if (!withoutAccounts.isEmpty()) {
            throw new RefusedException(Code.INVALID, "asOf", withoutAccounts.size() + " legal entit"
                    + (withoutAccounts.size() == 1 ? "y has" : "ies have") + " no approved financial year ending on or before "
                    + asOf + ": " + String.join(", ", withoutAccounts.subList(0, Math.min(10, withoutAccounts.size())))
                    + (withoutAccounts.size() > 10 ? ", ..." : "") + " (record one, or assess as of a later date)");
        }
        List<HoldingView> stored = new ArrayList<>(snapshot.holdings());
        stored.sort(Comparator.comparing((HoldingView h) -> keys.get(h.ownerId())).thenComparing(h -> keys.get(h.ownedId()))
                .thenComparing(HoldingView::id));
        List<Holding> holdings = new ArrayList<>(stored.size());
        for (HoldingView h : stored) {
            holdings.add(new Holding(keys.get(h.ownerId()), keys.get(h.ownedId()), h.capitalPercent(), h.votingPercent(),
                    h.controlRights(), h.investedAmount()));
        }
        GroupStructure structure;
        try {
            structure = new GroupStructure(enterprises, holdings, markets);
        } catch (InvalidInputException e) {
            throw new RefusedException(Code.INVALID, "asOf", "the stored structure as of " + asOf + " is not valid: "
                    + describe(e, enterprises, holdings));
        }
        GroupStructureAssessment result = assessor.assess(structure);
        String hash = InputFingerprint.sha256(structure, asOf, RulesVersion.CURRENT);
        OffsetDateTime runAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        GroupAssessmentView view = new GroupAssessmentView(UUID.randomUUID(), groupId, runAt, asOf,
                RulesVersion.CURRENT.value(), hash, enterprises.size());
        List<GroupAssessmentResultView> results = new ArrayList<>(enterprises.size());
        for (EnterpriseAssessment r : result.enterprises()) {
            LocalDate[] gap = notConsecutive.get(r.key());
            EnterpriseAssessment explained = gap == null ? r : withAssumption(r,
                    ConsecutivePeriodsPolicy.notConsecutiveAssumption(gap[0], gap[1], twoPeriodRuleApplied(r)));
            results.add(new GroupAssessmentResultView(UUID.randomUUID(), view.id(), ids.get(r.key()), r.key(),
                    r.assessment() == null ? null : r.assessment().entityClass(), r.sizeClass(), explained));
        }
        assessments.store(tenant, view, results);
        return view;
    }

    /** Whether the assessment applied the two-period rule (through consolidated accounts it is included in). */
    private static boolean twoPeriodRuleApplied(EnterpriseAssessment r) {
        return r.assessment() != null
                && r.assessment().reasoning().stream().anyMatch(step -> step.rule().equals(ConsecutivePeriodsPolicy.RULE));
    }

    /** The result with one more assumption line in its assessment (none when it has no assessment or no line). */
    private static EnterpriseAssessment withAssumption(EnterpriseAssessment r, String assumption) {
        return assumption == null || r.assessment() == null ? r : r.withAssessment(r.assessment().withAssumption(assumption));
    }

    /** The domain's message with positions replaced by the keys they stand for. */
    private static String describe(InvalidInputException e, List<Enterprise> enterprises, List<Holding> holdings) {
        String field = e.field();
        Matcher h = HOLDING_PATH.matcher(field);
        if (h.find()) {
            Holding holding = holdings.get(Integer.parseInt(h.group(1)));
            return "holding of '" + holding.owner() + "' in '" + holding.owned() + "'" + field.substring(h.end()) + ": " + e.reason();
        }
        Matcher m = ENTERPRISE_PATH.matcher(field);
        if (m.find()) {
            return "entity '" + enterprises.get(Integer.parseInt(m.group(1))).key() + "'" + field.substring(m.end()) + ": " + e.reason();
        }
        return e.getMessage();
    }
}
