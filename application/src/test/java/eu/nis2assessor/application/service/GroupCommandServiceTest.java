package eu.nis2assessor.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.RefusedException.Code;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.CreateGroupCommand;
import eu.nis2assessor.application.port.in.CreateHoldingCommand;
import eu.nis2assessor.application.port.in.CreateLegalEntityCommand;
import eu.nis2assessor.application.port.in.DeleteLegalEntityCommand;
import eu.nis2assessor.application.port.in.EndHoldingCommand;
import eu.nis2assessor.application.port.in.RecordFinancialYearCommand;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand.Clearable;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.tenant.TenantId;
import eu.nis2assessor.domain.validation.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@link GroupCommandService} on in-memory fakes of its ports: rules, codes, fields, one transaction, nothing half-written. */
class GroupCommandServiceTest {

    private final InMemoryGroupPorts ports = new InMemoryGroupPorts();
    private final GroupCommandService service = new GroupCommandService(ports, ports, ports);

    private GroupView group() {
        return service.createGroup(new CreateGroupCommand("G"));
    }

    private LegalEntityView entity(GroupView g, String key) {
        return service.createLegalEntity(new CreateLegalEntityCommand(g.id(), key, key + " SA", "FR", "RCS 1", List.of(),
                List.of(), Set.of(), null, false, true));
    }

    private HoldingView holding(LegalEntityView owner, LegalEntityView owned, String percent, String from) {
        return service.createHolding(new CreateHoldingCommand(owner.id(), owned.id(), new BigDecimal(percent), null, Set.of(),
                null, from == null ? null : LocalDate.parse(from)));
    }

    private static void refused(ThrowingCallable call, Code code, String field, String messagePart) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RefusedException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void everyMutationRunsInOneReadWriteTransactionOfTheCurrentTenant() {
        GroupView g = group();
        entity(g, "A");
        assertThat(ports.transactions).containsExactly("rw", "rw");
        ports.tenant = new TenantId(UUID.randomUUID());
        refused(() -> entity(g, "B"), Code.NOT_FOUND, "groupId", "not found");
    }

    @Test
    void aKeyUsedInTheGroupIsDuplicateAndNothingIsWritten() {
        GroupView g = group();
        LegalEntityView a = entity(g, "A");
        refused(() -> entity(g, "A"), Code.DUPLICATE, "key", "'A'");
        assertThat(ports.entityCount()).isEqualTo(1);
        LegalEntityView b = entity(g, "B");
        refused(() -> service.updateLegalEntity(new UpdateLegalEntityCommand(b.id(), b.version(), "A", null, null, null, null,
                null, null, null, null, null)), Code.DUPLICATE, "key", "'A'");
        // the same key in another group is fine
        assertThat(entity(group(), "A").key()).isEqualTo(a.key());
    }

    @Test
    void updateKeepsWhatIsNullClearsWhatIsNamedAndRefusesAStaleVersion() {
        LegalEntityView e = service.createLegalEntity(new CreateLegalEntityCommand(group().id(), "E", "E SA", "FR", "RCS 1",
                List.of(), List.of(), Set.of(), InvestorCategory.BUSINESS_ANGEL, false, true));
        LegalEntityView renamed = service.updateLegalEntity(new UpdateLegalEntityCommand(e.id(), 0, null, "New", null, null,
                null, null, null, null, null, null));
        assertThat(renamed.name()).isEqualTo("New");
        assertThat(renamed.country()).isEqualTo("FR");
        assertThat(renamed.registrationNumber()).isEqualTo("RCS 1");
        assertThat(renamed.investorCategory()).isEqualTo(InvestorCategory.BUSINESS_ANGEL);

        LegalEntityView cleared = service.updateLegalEntity(new UpdateLegalEntityCommand(e.id(), renamed.version(), null, null,
                null, null, null, null, null, null, null, null, Set.of(Clearable.COUNTRY, Clearable.INVESTOR_CATEGORY)));
        assertThat(cleared.country()).isNull();
        assertThat(cleared.investorCategory()).isNull();
        assertThat(cleared.registrationNumber()).isEqualTo("RCS 1");
        assertThat(cleared.name()).isEqualTo("New");

        refused(() -> service.updateLegalEntity(new UpdateLegalEntityCommand(e.id(), 0, null, "Lost", null, null, null, null,
                null, null, null, null)), Code.CONFLICT, "version", "version 0 given, the stored version is 2");
        assertThatThrownBy(() -> new UpdateLegalEntityCommand(e.id(), 2, null, null, "DE", null, null, null, null, null, null,
                null, Set.of(Clearable.COUNTRY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deleteIsRefusedWhileHoldingsOrConsolidatedAccountsReferToTheEntity() {
        GroupView g = group();
        LegalEntityView a = entity(g, "A");
        LegalEntityView b = entity(g, "B");
        holding(a, b, "30", null);
        refused(() -> service.deleteLegalEntity(new DeleteLegalEntityCommand(b.id())), Code.IN_USE, "id", "1 holding(s)");
        LegalEntityView c = entity(g, "C");
        service.recordFinancialYear(new RecordFinancialYearCommand(a.id(), LocalDate.parse("2025-12-31"),
                SizeFigures.of("10", "1000", "1000"), true, SizeFigures.of("20", "2000", "2000"), List.of(c.id()), null));
        refused(() -> service.deleteLegalEntity(new DeleteLegalEntityCommand(c.id())), Code.IN_USE, "id", "consolidated");
        LegalEntityView d = entity(g, "D");
        assertThat(service.deleteLegalEntity(new DeleteLegalEntityCommand(d.id()))).isEqualTo(d.id());
        refused(() -> service.deleteLegalEntity(new DeleteLegalEntityCommand(d.id())), Code.NOT_FOUND, "id", "not found");
    }

    @Test
    void holdingsStayInTheirGroupAndNeverHoldANaturalPerson() {
        GroupView g = group();
        LegalEntityView a = entity(g, "A");
        LegalEntityView other = entity(group(), "X");
        refused(() -> holding(a, other, "10", null), Code.INVALID, "ownedId", "same group");
        LegalEntityView person = service.createLegalEntity(new CreateLegalEntityCommand(g.id(), "P", "Person", null, null,
                List.of(), List.of(), Set.of(), null, true, true));
        refused(() -> holding(a, person, "10", null), Code.INVALID, "ownedId", "natural person");
        assertThatThrownBy(() -> holding(a, a, "10", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void capitalAddsUpOverEveryHoldingWhoseValidityOverlapsTheNewOne() {
        GroupView g = group();
        LegalEntityView a = entity(g, "A");
        LegalEntityView b = entity(g, "B");
        LegalEntityView c = entity(g, "C");
        LegalEntityView owned = entity(g, "D");
        HoldingView held = holding(a, owned, "60", "2020-01-01");
        service.endHolding(new EndHoldingCommand(held.id(), held.version(), LocalDate.parse("2024-01-01")));
        refused(() -> holding(b, owned, "50", "2023-06-01"), Code.INVALID, "capitalPercent", "110, more than 100, on 2023-06-01");
        refused(() -> holding(b, owned, "50", null), Code.INVALID, "capitalPercent", "110");
        holding(b, owned, "50", "2024-01-01");
        // overlaps A until 2024 (60 + 45) and B from 2024 (50 + 45): the worst day counts
        refused(() -> holding(c, owned, "45", "2023-01-01"), Code.INVALID, "capitalPercent", "105");
        refused(() -> holding(c, owned, "55", "2025-01-01"), Code.INVALID, "capitalPercent", "105, more than 100, on 2025-01-01");
        holding(c, owned, "40", "2023-01-01");
        assertThat(ports.holdingCount()).isEqualTo(3);
    }

    @Test
    void aSecondHoldingOfTheSamePairMayOnlyBeginWhenTheFirstHasEnded() {
        GroupView g = group();
        LegalEntityView a = entity(g, "A");
        LegalEntityView b = entity(g, "B");
        HoldingView first = holding(a, b, "10", "2020-01-01");
        refused(() -> holding(a, b, "20", "2030-01-01"), Code.DUPLICATE, "ownedId", "'A' already holds 'B' from 2020-01-01 (open)");
        HoldingView ended = service.endHolding(new EndHoldingCommand(first.id(), first.version(), LocalDate.parse("2025-01-01")));
        refused(() -> holding(a, b, "20", "2024-12-31"), Code.DUPLICATE, "ownedId", "until 2025-01-01");
        assertThat(holding(a, b, "20", "2025-01-01").validFrom()).isEqualTo(LocalDate.parse("2025-01-01"));
        refused(() -> service.endHolding(new EndHoldingCommand(ended.id(), ended.version(), LocalDate.parse("2026-01-01"))),
                Code.INVALID, "validTo", "already ended");
        refused(() -> service.endHolding(new EndHoldingCommand(ended.id(), 0, LocalDate.parse("2026-01-01"))),
                Code.CONFLICT, "version", "");
    }

    @Test
    void aRecordedPeriodIsOnlyReplacedWithItsVersion() {
        LegalEntityView e = entity(group(), "E");
        LocalDate end = LocalDate.parse("2025-12-31");
        FinancialYearView year = service.recordFinancialYear(new RecordFinancialYearCommand(e.id(), end,
                SizeFigures.of("10", "1000", "1000"), true, null, List.of(), null));
        refused(() -> service.recordFinancialYear(new RecordFinancialYearCommand(e.id(), end, SizeFigures.of("11", "1000",
                "1000"), true, null, List.of(), null)), Code.CONFLICT, "version", "give its version");
        refused(() -> service.recordFinancialYear(new RecordFinancialYearCommand(e.id(), end, SizeFigures.of("11", "1000",
                "1000"), true, null, List.of(), 7L)), Code.CONFLICT, "version", "");
        FinancialYearView replaced = service.recordFinancialYear(new RecordFinancialYearCommand(e.id(), end,
                SizeFigures.of("11", "1000", "1000"), true, null, List.of(), year.version()));
        assertThat(replaced.id()).isEqualTo(year.id());
        assertThat(replaced.figures().headcount()).isEqualByComparingTo("11");
        refused(() -> service.recordFinancialYear(new RecordFinancialYearCommand(e.id(), end, SizeFigures.of("11", "1000",
                "1000"), true, SizeFigures.of("1", "1", "1"), List.of(UUID.randomUUID()), replaced.version())), Code.NOT_FOUND,
                "consolidatedAccounts.includes[0]", "not found");
    }
}
