package eu.nis2assessor.bootstrap.art20;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.application.port.in.AddManagementBodyMemberCommand;
import eu.nis2assessor.application.port.in.AddManagementBodyMemberUseCase;
import eu.nis2assessor.application.port.in.ManagementAccountability;
import eu.nis2assessor.application.port.in.ManagementAccountabilityQuery;
import eu.nis2assessor.application.port.in.RecordApprovalCommand;
import eu.nis2assessor.application.port.in.RecordApprovalUseCase;
import eu.nis2assessor.application.port.in.RecordTrainingCommand;
import eu.nis2assessor.application.port.in.RecordTrainingUseCase;
import eu.nis2assessor.bootstrap.tenant.DefaultTenant;
import eu.nis2assessor.domain.accountability.AccountabilityGap;
import eu.nis2assessor.domain.accountability.ManagementBodyMember;
import eu.nis2assessor.domain.scope.EntityClass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Art 20 view on the real database: the class comes from the latest stored group assessment that included the
 * entity; entities not in scope, governed by DORA (no Art 20 duties in the stored result) or never assessed have no
 * view; the register is read by the domain policy.
 */
@SpringBootTest
class ManagementAccountabilityTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** Test data is set up and checked as the schema's owner: the application role sees only a bound tenant's rows. */
    JdbcTemplate jdbc;

    @Autowired
    void ownerJdbc(org.springframework.core.env.Environment environment) {
        this.jdbc = eu.nis2assessor.bootstrap.support.OwnerJdbc.of(environment);
    }

    /** The use cases are called directly here: as the system caller of the default tenant. */
    @org.junit.jupiter.api.BeforeEach
    void asSystemCaller() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new eu.nis2assessor.bootstrap.security.CallerAuthentication(
                        eu.nis2assessor.domain.access.Caller.system(defaultTenant.id())));
    }

    @org.junit.jupiter.api.AfterEach
    void noCaller() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Autowired
    DefaultTenant defaultTenant;

    @Autowired
    ManagementAccountabilityQuery accountability;

    @Autowired
    AddManagementBodyMemberUseCase addMember;

    @Autowired
    RecordApprovalUseCase recordApproval;

    @Autowired
    RecordTrainingUseCase recordTraining;

    @Autowired
    eu.nis2assessor.application.port.in.Art20RegisterQuery approvalsQuery;

    UUID tenant;
    UUID group;

    @BeforeEach
    void setUp() {
        tenant = defaultTenant.id().value();
        group = Art20Fixtures.group(jdbc, tenant, "Accountability group");
    }

    /** A stored assessment run at {@code runAt} giving each entity a class; with or without Art 20 duties. */
    UUID assessment(OffsetDateTime runAt, Map<UUID, EntityClass> classes, boolean art20Duties) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into group_assessment (id, tenant_id, group_id, run_at, as_of, rules_version, input_hash,"
                + " entity_count) values (?, ?, ?, ?, ?, 'test', ?, ?)", id, tenant, group, runAt, AS_OF.minusDays(30),
                "a".repeat(64), classes.size());
        String duties = art20Duties
                ? "[{\"code\": \"ART20_APPROVE_MEASURES\", \"description\": \"d\", \"legalBasis\": [\"NIS2 Art 20(1)\"]}]"
                : "[]";
        classes.forEach((entity, entityClass) -> jdbc.update("insert into group_assessment_entity (id, tenant_id,"
                + " group_assessment_id, legal_entity_id, external_key, entity_class, size_class, result)"
                + " values (?, ?, ?, ?, ?, ?, 'LARGE', ?::jsonb)", UUID.randomUUID(), tenant, id, entity,
                entity.toString(), entityClass.name(),
                "{\"assessment\": {\"managementObligations\": " + (entityClass == EntityClass.NOT_IN_SCOPE ? "[]" : duties)
                        + "}}"));
        return id;
    }

    @Test
    void inScopeEntitiesGetTheirRegisterReadOthersNone() {
        UUID essential = Art20Fixtures.legalEntity(jdbc, tenant, group, "ESS");
        UUID laterOutOfScope = Art20Fixtures.legalEntity(jdbc, tenant, group, "OUT");
        UUID dora = Art20Fixtures.legalEntity(jdbc, tenant, group, "DORA");
        UUID neverAssessed = Art20Fixtures.legalEntity(jdbc, tenant, group, "NEW");
        OffsetDateTime earlier = OffsetDateTime.parse("2026-05-01T10:00:00Z");
        assessment(earlier, Map.of(essential, EntityClass.IMPORTANT, laterOutOfScope, EntityClass.IMPORTANT), true);
        UUID latest = assessment(earlier.plusDays(1), Map.of(essential, EntityClass.ESSENTIAL,
                laterOutOfScope, EntityClass.NOT_IN_SCOPE), true);
        assessment(earlier, Map.of(dora, EntityClass.ESSENTIAL), false);

        ManagementBodyMember ceo = addMember.add(new AddManagementBodyMemberCommand(essential, "Anna Berg", "CEO",
                LocalDate.of(2020, 1, 1), null));
        ManagementBodyMember cfo = addMember.add(new AddManagementBodyMemberCommand(essential, "Ben Vogel", "CFO",
                LocalDate.of(2021, 1, 1), null));
        addMember.add(new AddManagementBodyMemberCommand(essential, "Carl Alt", "CEO", LocalDate.of(2015, 1, 1),
                LocalDate.of(2020, 1, 1)));
        recordApproval.record(new RecordApprovalCommand(essential, "v3", LocalDate.of(2026, 1, 15),
                List.of(ceo.id(), cfo.id()), "DMS-1"));
        recordTraining.record(new RecordTrainingCommand(ceo.id(), LocalDate.of(2025, 10, 1), "TÜV", "NIS2 for boards"));

        Map<UUID, ManagementAccountability> views = accountability.accountabilityOf(
                List.of(essential, laterOutOfScope, dora, neverAssessed), AS_OF);

        assertThat(views).containsOnlyKeys(essential);
        ManagementAccountability view = views.get(essential);
        assertThat(view.entityClass()).isEqualTo(EntityClass.ESSENTIAL);
        assertThat(view.groupAssessmentId()).isEqualTo(latest);
        assertThat(view.review().membersInOffice()).extracting(ManagementBodyMember::name)
                .containsExactly("Anna Berg", "Ben Vogel");
        assertThat(view.review().measuresApproved()).isTrue();
        assertThat(view.review().approvedBy()).extracting(ManagementBodyMember::name)
                .containsExactly("Anna Berg", "Ben Vogel");
        assertThat(view.review().lastTrainings()).containsOnlyKeys(ceo.id());
        assertThat(view.review().gaps()).extracting(AccountabilityGap::code).containsExactly("MEMBER_NOT_TRAINED");
        assertThat(view.review().gaps().getFirst().memberId()).isEqualTo(cfo.id().toString());
    }

    @Test
    void anAssessedEntityWithAnEmptyRegisterShowsTheBodyAndApprovalGaps() {
        UUID important = Art20Fixtures.legalEntity(jdbc, tenant, group, "IMP");
        assessment(OffsetDateTime.parse("2026-05-01T10:00:00Z"), Map.of(important, EntityClass.IMPORTANT), true);
        ManagementAccountability view = accountability.accountabilityOf(List.of(important), AS_OF).get(important);
        assertThat(view.review().measuresApproved()).isFalse();
        assertThat(view.review().gaps()).extracting(AccountabilityGap::code)
                .containsExactly("NO_MANAGEMENT_BODY", "MEASURES_NOT_APPROVED");
    }

    @Test
    void ofApprovalsOnTheSameDayTheOneRecordedLastIsInForceNotTheGreatestVersionText() {
        UUID essential = Art20Fixtures.legalEntity(jdbc, tenant, group, "SAMEDAY");
        assessment(OffsetDateTime.parse("2026-05-01T10:00:00Z"), Map.of(essential, EntityClass.ESSENTIAL), true);
        ManagementBodyMember ceo = addMember.add(new AddManagementBodyMemberCommand(essential, "Anna Berg", "CEO",
                LocalDate.of(2020, 1, 1), null));
        LocalDate day = LocalDate.of(2026, 1, 15);
        List<String> recorded = List.of("v9", "v10", "v11"); // text order would say v9 > v11 > v10
        List<eu.nis2assessor.domain.accountability.Approval> approvals = new java.util.ArrayList<>();
        for (String version : recorded) {
            approvals.add(recordApproval.record(new RecordApprovalCommand(essential, version, day, List.of(ceo.id()),
                    null)));
        }
        assertThat(approvals.get(1).recordedAt()).isAfter(approvals.get(0).recordedAt());
        assertThat(approvals.get(2).recordedAt()).isAfter(approvals.get(1).recordedAt());

        ManagementAccountability view = accountability.accountabilityOf(List.of(essential), AS_OF).get(essential);
        assertThat(view.review().currentApproval().measuresVersion()).isEqualTo("v11");
        assertThat(view.review().currentApproval()).isEqualTo(approvals.get(2)); // recordedAt stored to the microsecond
        assertThat(approvalsQuery.approvalsOf(List.of(essential)).get(essential))
                .extracting(eu.nis2assessor.domain.accountability.Approval::measuresVersion)
                .containsExactly("v11", "v10", "v9");
        // the stored time is the one the application recorded
        assertThat(jdbc.queryForList("select measures_version from approval where legal_entity_id = ?"
                + " order by recorded_at desc", String.class, essential)).containsExactly("v11", "v10", "v9");
    }
}
