package eu.nis2assessor.bootstrap.demo;

import eu.nis2assessor.application.model.GroupAssessmentView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.CreateGroupCommand;
import eu.nis2assessor.application.port.in.CreateGroupUseCase;
import eu.nis2assessor.application.port.in.CreateHoldingCommand;
import eu.nis2assessor.application.port.in.CreateHoldingUseCase;
import eu.nis2assessor.application.port.in.CreateLegalEntityCommand;
import eu.nis2assessor.application.port.in.CreateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.QueryGroupsUseCase;
import eu.nis2assessor.application.port.in.RecordApprovalCommand;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordFinancialYearCommand;
import eu.nis2assessor.application.port.in.RecordFinancialYearUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingCommand;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.application.port.in.RunGroupAssessmentCommand;
import eu.nis2assessor.application.port.in.RunGroupAssessmentUseCase;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.group.ControlRight;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample group "Nordlicht" (issue 5, point 7), written through the application's use cases in one transaction
 * (all or nothing): Nordlicht Holding SE with 15 subsidiaries in DE, FR and NL across Annex I and II sectors, a 30 %
 * partner (Windpark Ostsee), a venture-capital investor (Aurora Ventures, 40 % of Nordlicht Cloud), two approved
 * financial years per entity, management bodies with approvals and trainings (some complete, some with gaps), and
 * one group assessment as of today. Dates of the register are relative to today, so the gaps shown stay the same
 * whatever the day the demo is loaded.
 */
public final class DemoData {

    public static final String GROUP_NAME = "Nordlicht";

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final QueryGroupsUseCase groups;
    private final CreateGroupUseCase createGroup;
    private final CreateLegalEntityUseCase createEntity;
    private final CreateHoldingUseCase createHolding;
    private final RecordFinancialYearUseCase recordYear;
    private final AddManagementBodyMemberUseCase addMember;
    private final RecordApprovalUseCase recordApproval;
    private final RecordTrainingUseCase recordTraining;
    private final RunGroupAssessmentUseCase runAssessment;
    private final TransactionPort transactions;
    private final Clock clock;

    public DemoData(QueryGroupsUseCase groups, CreateGroupUseCase createGroup, CreateLegalEntityUseCase createEntity,
                    CreateHoldingUseCase createHolding, RecordFinancialYearUseCase recordYear,
                    AddManagementBodyMemberUseCase addMember, RecordApprovalUseCase recordApproval,
                    RecordTrainingUseCase recordTraining, RunGroupAssessmentUseCase runAssessment,
                    TransactionPort transactions, Clock clock) {
        this.groups = groups;
        this.createGroup = createGroup;
        this.createEntity = createEntity;
        this.createHolding = createHolding;
        this.recordYear = recordYear;
        this.addMember = addMember;
        this.recordApproval = recordApproval;
        this.recordTraining = recordTraining;
        this.runAssessment = runAssessment;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Loads the sample group when the current tenant has no group yet; returns it, or empty when it did nothing. */
    public Optional<GroupView> loadIfEmpty() {
        if (!groups.groups(PageRequest.first(1)).items().isEmpty()) {
            LOG.info("Demo data: the tenant already has groups; nothing loaded");
            return Optional.empty();
        }
        GroupView group = transactions.inTransaction(this::load);
        LOG.info("Demo data: loaded the sample group '{}' with one group assessment", GROUP_NAME);
        return Optional.of(group);
    }

    private GroupView load() {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastYearEnd = LocalDate.of(today.getYear() - 1, 12, 31);
        LocalDate yearBefore = lastYearEnd.minusYears(1);
        GroupView group = createGroup.createGroup(new CreateGroupCommand(GROUP_NAME));
        UUID g = group.id();

        UUID holding = entity(g, "DE-HOLDING", "Nordlicht Holding SE", "DE", "HRB 100001", null, null);
        figures(holding, lastYearEnd, "140", "42000000", "610000000");
        figures(holding, yearBefore, "132", "39000000", "590000000");

        // 15 subsidiaries: key, name, country, register number, activity, headcount, turnover, balance sheet
        Object[][] subsidiaries = {
                {"DE-ENERGIE", "Nordlicht Energie GmbH", "DE", "HRB 200101", EntityType.ELECTRICITY_SUPPLY_UNDERTAKING, "420", "310000000", "260000000"},
                {"DE-NETZ", "Nordlicht Netz GmbH", "DE", "HRB 200102", EntityType.ELECTRICITY_DISTRIBUTION_SYSTEM_OPERATOR, "380", "190000000", "520000000"},
                {"DE-WAERME", "Nordlicht Wärme GmbH", "DE", "HRB 200103", EntityType.DISTRICT_HEATING_COOLING_OPERATOR, "95", "48000000", "70000000"},
                {"DE-CLOUD", "Nordlicht Cloud GmbH", "DE", "HRB 200104", EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER, "60", "14000000", "9000000"},
                {"DE-LOGISTIK", "Nordlicht Logistik GmbH", "DE", "HRB 200105", EntityType.POSTAL_SERVICE_PROVIDER, "230", "36000000", "21000000"},
                {"DE-WASSER", "Nordlicht Wasser GmbH", "DE", "HRB 200106", EntityType.DRINKING_WATER_SUPPLIER, "75", "22000000", "64000000"},
                {"DE-SERVICES", "Nordlicht Shared Services GmbH", "DE", "HRB 200107", null, "110", "12000000", "5000000"},
                {"FR-ENERGIE", "Nordlicht France SAS", "FR", "RCS Lyon 812 345 678", EntityType.ELECTRICITY_PRODUCER, "150", "120000000", "340000000"},
                {"FR-DATA", "Lumière Data SAS", "FR", "RCS Paris 823 456 789", EntityType.DATA_CENTRE_SERVICE_PROVIDER, "45", "18000000", "52000000"},
                {"FR-CHIMIE", "Nordlicht Chimie SAS", "FR", "RCS Lyon 834 567 890", EntityType.CHEMICAL_SUBSTANCE_MANUFACTURER_DISTRIBUTOR, "260", "88000000", "73000000"},
                {"FR-SANTE", "Nordlicht Santé SAS", "FR", "RCS Lille 845 678 901", EntityType.HEALTHCARE_PROVIDER, "320", "41000000", "38000000"},
                {"NL-GAS", "Nordlicht Nederland B.V.", "NL", "KvK 61234567", EntityType.GAS_SUPPLY_UNDERTAKING, "130", "95000000", "60000000"},
                {"NL-HAVEN", "Noorderlicht Haven B.V.", "NL", "KvK 62345678", EntityType.PORT_MANAGING_BODY, "85", "27000000", "150000000"},
                {"NL-FOOD", "Nordlicht Food B.V.", "NL", "KvK 63456789", EntityType.FOOD_BUSINESS, "210", "64000000", "30000000"},
                {"NL-MSP", "Nordlicht Managed Services B.V.", "NL", "KvK 64567890", EntityType.MANAGED_SERVICE_PROVIDER, "40", "9000000", "4000000"},
        };
        UUID energie = null;
        UUID cloud = null;
        UUID netz = null;
        UUID france = null;
        for (Object[] s : subsidiaries) {
            UUID id = entity(g, (String) s[0], (String) s[1], (String) s[2], (String) s[3], (EntityType) s[4], null);
            figures(id, lastYearEnd, (String) s[5], (String) s[6], (String) s[7]);
            figures(id, yearBefore, scale((String) s[5]), scale((String) s[6]), scale((String) s[7]));
            switch ((String) s[0]) {
                case "DE-ENERGIE" -> energie = id;
                case "DE-CLOUD" -> cloud = id;
                case "DE-NETZ" -> netz = id;
                case "FR-ENERGIE" -> france = id;
                default -> { }
            }
            // the holding owns every subsidiary outright, except Nordlicht Cloud (60 %, the rest held by the VC)
            String percent = "DE-CLOUD".equals(s[0]) ? "60" : "100";
            createHolding.createHolding(new CreateHoldingCommand(holding, id, new BigDecimal(percent),
                    new BigDecimal(percent), Set.of(ControlRight.BOARD_MAJORITY_APPOINTMENT), null,
                    LocalDate.of(2018, 1, 1)));
        }

        // a 30 % partner: Nordlicht Energie holds 30 % of an offshore wind park operator
        UUID windpark = entity(g, "DE-WINDPARK", "Windpark Ostsee GmbH & Co. KG", "DE", "HRA 300201",
                EntityType.ELECTRICITY_PRODUCER, null);
        figures(windpark, lastYearEnd, "18", "26000000", "180000000");
        figures(windpark, yearBefore, "17", "24000000", "185000000");
        createHolding.createHolding(new CreateHoldingCommand(energie, windpark, new BigDecimal("30"),
                new BigDecimal("30"), Set.of(), null, LocalDate.of(2021, 7, 1)));

        // a venture-capital investor with 40 % of Nordlicht Cloud (Rec 2003/361 Annex Art 3(2)(b): not a partner)
        UUID vc = entity(g, "NL-AURORA", "Aurora Ventures B.V.", "NL", "KvK 65678901", null,
                InvestorCategory.VENTURE_CAPITAL);
        figures(vc, lastYearEnd, "12", "3500000", "48000000");
        figures(vc, yearBefore, "11", "3100000", "41000000");
        createHolding.createHolding(new CreateHoldingCommand(vc, cloud, new BigDecimal("40"), new BigDecimal("40"),
                Set.of(), new BigDecimal("8000000"), LocalDate.of(2022, 3, 1)));

        register(holding, energie, cloud, netz, france, today);
        GroupAssessmentView run = runAssessment.runGroupAssessment(new RunGroupAssessmentCommand(g, today));
        LOG.info("Demo data: group assessment {} as of {} (input hash {})", run.id(), today, run.inputHash());
        return group;
    }

    /** Management bodies: a complete register, one with gaps, one with a departed approver body, one empty. */
    private void register(UUID holding, UUID energie, UUID cloud, UUID netz, UUID france, LocalDate today) {
        ManagementBodyMember ceo = member(holding, "Dr. Katrin Albers", "Chair of the management board", "2016-04-01", null);
        ManagementBodyMember cfo = member(holding, "Jan de Vries", "Chief financial officer", "2019-09-01", null);
        approve(holding, "Group ISMS policy set 4.0", today.minusMonths(5), "DMS GRP-ISMS-2024-04", ceo, cfo);
        train(ceo, today.minusMonths(8), "TÜV Rheinland Akademie", "NIS2 and BSIG duties of management bodies");
        train(cfo, today.minusMonths(14), "ISACA Germany", "Cyber risk oversight for boards");

        // Nordlicht Energie: complete register, no gaps
        ManagementBodyMember e1 = member(energie, "Markus Lindner", "Managing director", "2018-01-01", null);
        ManagementBodyMember e2 = member(energie, "Sabine Krüger", "Managing director (technology)", "2020-06-01", null);
        approve(energie, "ISMS 3.2 (energy OT and IT)", today.minusMonths(10), "DMS EN-ISMS-3.2", e1, e2);
        approve(energie, "ISMS 3.3 (energy OT and IT)", today.minusMonths(2), "DMS EN-ISMS-3.3", e1, e2);
        train(e1, today.minusMonths(6), "BSI IT-Grundschutz-Akademie", "NIS2 risk management for executives");
        train(e2, today.minusMonths(3), "TÜV Rheinland Akademie", "OT security for managing directors");

        // Nordlicht Cloud: approval older than a year, one member never trained
        ManagementBodyMember c1 = member(cloud, "Lea Hoffmann", "Managing director", "2021-02-01", null);
        ManagementBodyMember c2 = member(cloud, "Tobias Brandt", "Managing director", today.minusMonths(4).toString(), null);
        approve(cloud, "Cloud security policy 1.4", today.minusMonths(15), "Confluence SEC-POL-1.4", c1);
        train(c1, today.minusMonths(30), "eco Verband", "Cloud security and NIS2");
        // c2 joined recently and has no training yet
        java.util.Objects.requireNonNull(c2);

        // Nordlicht Netz: the body that approved has left
        ManagementBodyMember n0 = member(netz, "Werner Schulte", "Managing director", "2012-01-01",
                today.minusMonths(9).toString());
        ManagementBodyMember n1 = member(netz, "Aylin Demir", "Managing director", today.minusMonths(9).toString(), null);
        approve(netz, "Grid ISMS 2.1", today.minusMonths(11), "DMS NETZ-ISMS-2.1", n0);
        train(n1, today.minusMonths(7), "BDEW Akademie", "NIS2 for grid operators");

        // Nordlicht France: a board on record, nothing approved, nobody trained
        member(france, "Claire Martin", "Présidente", "2019-05-01", null);
    }

    private UUID entity(UUID group, String key, String name, String country, String registrationNumber,
                        EntityType activity, InvestorCategory investor) {
        LegalEntityView e = createEntity.createLegalEntity(new CreateLegalEntityCommand(group, key, name, country,
                registrationNumber, activity == null ? List.of() : List.of(Activity.of(activity)), List.of(), Set.of(),
                investor, false, true));
        return e.id();
    }

    private void figures(UUID entity, LocalDate periodEnd, String headcount, String turnover, String balanceSheet) {
        recordYear.recordFinancialYear(new RecordFinancialYearCommand(entity, periodEnd,
                SizeFigures.of(headcount, turnover, balanceSheet), true, null, List.of(), null));
    }

    /** The year before: about 5 % smaller. */
    private static String scale(String value) {
        return new BigDecimal(value).multiply(new BigDecimal("0.95")).setScale(0, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private ManagementBodyMember member(UUID entity, String name, String role, String appointedOn, String leftOn) {
        return addMember.add(new AddManagementBodyMemberCommand(entity, name, role, LocalDate.parse(appointedOn),
                leftOn == null ? null : LocalDate.parse(leftOn)));
    }

    private void approve(UUID entity, String version, LocalDate on, String document, ManagementBodyMember... approvers) {
        recordApproval.record(new RecordApprovalCommand(entity, version, on,
                java.util.Arrays.stream(approvers).map(ManagementBodyMember::id).toList(), document));
    }

    private void train(ManagementBodyMember member, LocalDate on, String provider, String topic) {
        recordTraining.record(new RecordTrainingCommand(member.id(), on, provider, topic));
    }
}
