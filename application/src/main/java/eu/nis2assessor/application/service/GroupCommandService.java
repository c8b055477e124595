package eu.nis2assessor.application.service;

import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.error.RefusedException.Code;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.port.in.CreateGroupCommand;
import eu.nis2assessor.application.port.in.CreateGroupUseCase;
import eu.nis2assessor.application.port.in.CreateHoldingCommand;
import eu.nis2assessor.application.port.in.CreateHoldingUseCase;
import eu.nis2assessor.application.port.in.CreateLegalEntityCommand;
import eu.nis2assessor.application.port.in.CreateLegalEntityUseCase;
import eu.nis2assessor.application.port.in.DeleteLegalEntityCommand;
import eu.nis2assessor.application.port.in.DeleteLegalEntityUseCase;
import eu.nis2assessor.application.port.in.EndHoldingCommand;
import eu.nis2assessor.application.port.in.EndHoldingUseCase;
import eu.nis2assessor.application.port.in.RecordFinancialYearCommand;
import eu.nis2assessor.application.port.in.RecordFinancialYearUseCase;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand;
import eu.nis2assessor.application.port.in.UpdateLegalEntityCommand.Clearable;
import eu.nis2assessor.application.port.in.UpdateLegalEntityUseCase;
import eu.nis2assessor.application.port.out.CurrentTenantPort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort.EntityReferences;
import eu.nis2assessor.application.port.out.GroupStorePort.StaleVersionException;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.tenant.TenantId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mutations of groups, legal entities, holdings and financial years. Each runs in one transaction of the
 * current tenant; a refusal ({@link RefusedException}) rolls everything back.
 */
public final class GroupCommandService implements CreateGroupUseCase, CreateLegalEntityUseCase, UpdateLegalEntityUseCase,
        DeleteLegalEntityUseCase, CreateHoldingUseCase, EndHoldingUseCase, RecordFinancialYearUseCase {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GroupStorePort store;
    private final TransactionPort transactions;
    private final CurrentTenantPort currentTenant;

    public GroupCommandService(GroupStorePort store, TransactionPort transactions, CurrentTenantPort currentTenant) {
        this.store = Objects.requireNonNull(store, "store");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.currentTenant = Objects.requireNonNull(currentTenant, "currentTenant");
    }

    private <T> T write(Function<TenantId, T> work) {
        Objects.requireNonNull(work);
        return transactions.inTransaction(() -> work.apply(currentTenant.currentTenant()));
    }

    @Override
    public GroupView createGroup(CreateGroupCommand command) {
        Objects.requireNonNull(command, "command");
        return write(tenant -> store.createGroup(tenant, command.name()));
    }

    @Override
    public LegalEntityView createLegalEntity(CreateLegalEntityCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            store.findGroup(tenant, c.groupId()).orElseThrow(() -> RefusedException.notFound("groupId", "Group", c.groupId()));
            if (store.keyUsed(tenant, c.groupId(), c.key(), null)) {
                throw duplicateKey(c.key());
            }
            return store.createEntity(tenant, new LegalEntityView(UUID.randomUUID(), c.groupId(), c.key(), c.name(),
                    c.country(), c.registrationNumber(), c.activities(), c.identifications(), c.exclusions(),
                    c.investorCategory(), c.naturalPerson(), c.providesServicesInUnion(), 0, null, null));
        });
    }

    @Override
    public LegalEntityView updateLegalEntity(UpdateLegalEntityCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            LegalEntityView old = store.findEntity(tenant, c.id())
                    .orElseThrow(() -> RefusedException.notFound("id", "LegalEntity", c.id()));
            if (old.version() != c.version()) {
                throw RefusedException.conflict("LegalEntity", c.id(), c.version(), old.version());
            }
            String key = c.key() != null ? c.key() : old.key();
            if (!key.equals(old.key()) && store.keyUsed(tenant, old.groupId(), key, old.id())) {
                throw duplicateKey(key);
            }
            LegalEntityView changed = new LegalEntityView(old.id(), old.groupId(), key, or(c.name(), old.name()),
                    c.clears(Clearable.COUNTRY) ? null : or(c.country(), old.country()),
                    c.clears(Clearable.REGISTRATION_NUMBER) ? null : or(c.registrationNumber(), old.registrationNumber()),
                    or(c.activities(), old.activities()), or(c.identifications(), old.identifications()),
                    or(c.exclusions(), old.exclusions()),
                    c.clears(Clearable.INVESTOR_CATEGORY) ? null : or(c.investorCategory(), old.investorCategory()),
                    or(c.naturalPerson(), old.naturalPerson()), or(c.providesServicesInUnion(), old.providesServicesInUnion()),
                    c.version(), old.createdAt(), old.updatedAt());
            if (changed.naturalPerson() && !old.naturalPerson()
                    && !store.holdingsOf(tenant, List.of(old.id()), false, null,
                    eu.nis2assessor.application.model.PageRequest.first(1)).get(old.id()).items().isEmpty()) {
                throw new RefusedException(Code.INVALID, "naturalPerson", "the entity is held by others; a natural person cannot be held");
            }
            try {
                return store.updateEntity(tenant, changed);
            } catch (StaleVersionException e) {
                throw RefusedException.conflict("LegalEntity", c.id(), c.version(), e.stored());
            }
        });
    }

    @Override
    public UUID deleteLegalEntity(DeleteLegalEntityCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            store.findEntity(tenant, c.id()).orElseThrow(() -> RefusedException.notFound("id", "LegalEntity", c.id()));
            EntityReferences refs = store.references(tenant, c.id());
            if (refs.any()) {
                List<String> why = new ArrayList<>();
                if (refs.holdings() > 0) {
                    why.add(refs.holdings() + " holding(s) as owner or owned (end or remove them first)");
                }
                if (refs.consolidatedInclusions() > 0) {
                    why.add("it is included in " + refs.consolidatedInclusions() + " consolidated accounts");
                }
                if (refs.assessments() > 0) {
                    why.add("it appears in " + refs.assessments() + " stored group assessment(s), which are immutable");
                }
                throw new RefusedException(Code.IN_USE, "id", "the legal entity cannot be deleted: " + String.join("; ", why));
            }
            store.deleteEntity(tenant, c.id());
            return c.id();
        });
    }

    @Override
    public HoldingView createHolding(CreateHoldingCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            LegalEntityView owner = store.findEntity(tenant, c.ownerId())
                    .orElseThrow(() -> RefusedException.notFound("ownerId", "LegalEntity", c.ownerId()));
            LegalEntityView owned = store.findEntity(tenant, c.ownedId())
                    .orElseThrow(() -> RefusedException.notFound("ownedId", "LegalEntity", c.ownedId()));
            if (!owner.groupId().equals(owned.groupId())) {
                throw new RefusedException(Code.INVALID, "ownedId", "owner and owned must belong to the same group");
            }
            if (owned.naturalPerson()) {
                throw new RefusedException(Code.INVALID, "ownedId", "'" + owned.key() + "' is a natural person and cannot be held");
            }
            // the holdings whose validity overlaps the new one's [validFrom, open end)
            List<HoldingView> overlapping = store.holdingsIn(tenant, owned.id()).stream()
                    .filter(h -> h.validTo() == null || c.validFrom() == null || c.validFrom().isBefore(h.validTo()))
                    .toList();
            for (HoldingView h : overlapping) {
                if (h.ownerId().equals(owner.id())) {
                    throw new RefusedException(Code.DUPLICATE, "ownedId", "'" + owner.key() + "' already holds '" + owned.key()
                            + "' " + validity(h) + "; end that holding (endHolding) before a new one begins, or give a"
                            + " validFrom on or after its end");
                }
            }
            checkTotal(overlapping, c.validFrom(), c.capitalPercent(), HoldingView::capitalPercent, "capitalPercent", owned,
                    "capital");
            checkTotal(overlapping, c.validFrom(), c.votingPercent(), HoldingView::votingPercent, "votingPercent", owned,
                    "voting rights");
            return store.createHolding(tenant, new HoldingView(UUID.randomUUID(), owner.groupId(), owner.id(), owned.id(),
                    c.capitalPercent(), c.votingPercent(), c.controlRights(), c.investedAmount(), c.validFrom(), null, 0));
        });
    }

    /**
     * Refuses the new holding (valid from {@code from}, open-ended) when, on some day of its validity, it and the
     * holdings valid that day add up to more than 100 %. The sum only changes where a holding begins, so the days to
     * check are the new holding's first day and every later first day of an overlapping holding.
     */
    private static void checkTotal(List<HoldingView> overlapping, LocalDate from, BigDecimal added,
                                   Function<HoldingView, BigDecimal> percent, String field, LegalEntityView owned, String what) {
        if (added == null) {
            return;
        }
        List<LocalDate> days = new ArrayList<>();
        days.add(from); // null = since always
        for (HoldingView h : overlapping) {
            if (h.validFrom() != null && (from == null || h.validFrom().isAfter(from))) {
                days.add(h.validFrom());
            }
        }
        for (LocalDate day : days) {
            BigDecimal total = added;
            for (HoldingView h : overlapping) {
                if (percent.apply(h) != null && validOn(h, day)) {
                    total = total.add(percent.apply(h));
                }
            }
            if (total.compareTo(HUNDRED) > 0) {
                throw new RefusedException(Code.INVALID, field, "the holdings of the " + what + " of '" + owned.key()
                        + "' would add up to " + total.stripTrailingZeros().toPlainString() + ", more than 100, "
                        + (day == null ? "from the start" : "on " + day));
            }
        }
    }

    /** Valid on {@code day} ({@code null} = the earliest day: only holdings valid since always are). */
    private static boolean validOn(HoldingView h, LocalDate day) {
        if (day == null) {
            return h.validFrom() == null;
        }
        return (h.validFrom() == null || !h.validFrom().isAfter(day)) && (h.validTo() == null || day.isBefore(h.validTo()));
    }

    private static String validity(HoldingView h) {
        return (h.validFrom() == null ? "since always" : "from " + h.validFrom())
                + (h.validTo() == null ? " (open)" : " until " + h.validTo());
    }

    @Override
    public HoldingView endHolding(EndHoldingCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            HoldingView old = store.findHolding(tenant, c.id())
                    .orElseThrow(() -> RefusedException.notFound("id", "Holding", c.id()));
            if (old.version() != c.version()) {
                throw RefusedException.conflict("Holding", c.id(), c.version(), old.version());
            }
            if (old.validFrom() != null && !c.validTo().isAfter(old.validFrom())) {
                throw new RefusedException(Code.INVALID, "validTo", "must be after validFrom (" + old.validFrom() + ")");
            }
            if (old.validTo() != null) {
                throw new RefusedException(Code.INVALID, "validTo", "the holding already ended on " + old.validTo());
            }
            try {
                return store.endHolding(tenant, c.id(), c.version(), c.validTo());
            } catch (StaleVersionException e) {
                throw RefusedException.conflict("Holding", c.id(), c.version(), e.stored());
            }
        });
    }

    @Override
    public FinancialYearView recordFinancialYear(RecordFinancialYearCommand c) {
        Objects.requireNonNull(c, "command");
        return write(tenant -> {
            LegalEntityView entity = store.findEntity(tenant, c.legalEntityId())
                    .orElseThrow(() -> RefusedException.notFound("legalEntityId", "LegalEntity", c.legalEntityId()));
            if (c.consolidatedFigures() != null) {
                if (entity.naturalPerson()) {
                    throw new RefusedException(Code.INVALID, "consolidatedAccounts", "a natural person does not prepare consolidated accounts");
                }
                List<LegalEntityView> included = store.entitiesByIds(tenant, new HashSet<>(c.includes()));
                for (int i = 0; i < c.includes().size(); i++) {
                    UUID id = c.includes().get(i);
                    LegalEntityView e = included.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                    String field = "consolidatedAccounts.includes[" + i + "]";
                    if (e == null) {
                        throw RefusedException.notFound(field, "LegalEntity", id);
                    }
                    if (!e.groupId().equals(entity.groupId())) {
                        throw new RefusedException(Code.INVALID, field, "'" + e.key() + "' belongs to another group");
                    }
                    if (e.naturalPerson()) {
                        throw new RefusedException(Code.INVALID, field, "'" + e.key() + "' is a natural person and cannot be consolidated");
                    }
                }
            }
            FinancialYearView.Consolidated consolidated = c.consolidatedFigures() == null ? null
                    : new FinancialYearView.Consolidated(c.consolidatedFigures(), c.includes());
            FinancialYearView existing = store.findFinancialYear(tenant, entity.id(), c.periodEnd()).orElse(null);
            if (existing != null) {
                if (c.version() == null) {
                    throw new RefusedException(Code.CONFLICT, "version", "a financial year ending " + c.periodEnd()
                            + " is already recorded for '" + entity.key() + "' (version " + existing.version()
                            + "); give its version to replace it");
                }
                if (c.version() != existing.version()) {
                    throw RefusedException.conflict("FinancialYear", existing.id(), c.version(), existing.version());
                }
            }
            FinancialYearView year = new FinancialYearView(existing == null ? UUID.randomUUID() : existing.id(), entity.id(),
                    c.periodEnd(), c.figures(), c.approved(), consolidated, existing == null ? 0 : c.version());
            try {
                return store.saveFinancialYear(tenant, year, existing != null);
            } catch (StaleVersionException e) {
                throw RefusedException.conflict("FinancialYear", year.id(), c.version(), e.stored());
            }
        });
    }

    private static RefusedException duplicateKey(String key) {
        return new RefusedException(Code.DUPLICATE, "key", "the key '" + key + "' is already used in the group");
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
