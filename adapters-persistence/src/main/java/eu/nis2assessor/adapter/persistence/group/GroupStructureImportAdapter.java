package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.adapter.persistence.mapper.JsonColumns;
import eu.nis2assessor.application.error.RefusedException;
import eu.nis2assessor.application.port.out.GroupStructureImportPort;
import eu.nis2assessor.domain.group.ConsolidatedAccounts;
import eu.nis2assessor.domain.group.Enterprise;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.Holding;
import eu.nis2assessor.domain.size.SizeFigures;
import eu.nis2assessor.domain.tenant.TenantId;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link GroupStructureImportPort} with JDBC batches: a fixed number of statements (each a batch) whatever the size of
 * the structure, so that 10,000 entities are stored in seconds rather than with one JPA round trip per row.
 * Upserts use the database's unique keys ({@code (group_id, external_key)}, {@code (legal_entity_id, period_end)}), so
 * that a re-import updates and never duplicates.
 */
@Component
public class GroupStructureImportAdapter implements GroupStructureImportPort {

    private static final Logger log = LoggerFactory.getLogger(GroupStructureImportAdapter.class);

    private final JdbcTemplate jdbc;

    public GroupStructureImportAdapter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ImportCounts importStructure(TenantId tenant, UUID groupId, GroupStructure structure, LocalDate periodEnd) {
        UUID t = tenant.value();
        Map<String, UUID> ids = new HashMap<>();
        jdbc.query("select external_key, id from legal_entity where tenant_id = ? and group_id = ?",
                rs -> { ids.put(rs.getString(1), rs.getObject(2, UUID.class)); }, t, groupId);
        int existing = 0;
        List<Object[]> entities = new ArrayList<>(structure.size());
        for (Enterprise e : structure.enterprises()) {
            UUID id = ids.get(e.key());
            if (id == null) {
                id = UUID.randomUUID();
                ids.put(e.key(), id);
            } else {
                existing++;
            }
            entities.add(new Object[] {id, t, groupId, e.key(), e.name() == null || e.name().isBlank() ? e.key() : e.name().strip(),
                    JsonColumns.activities(e.activities()), JsonColumns.identifications(e.identifications()),
                    JsonColumns.exclusions(e.exclusions()), e.investorCategory() == null ? null : e.investorCategory().name(),
                    e.naturalPerson(), e.providesServicesInUnion()});
        }
        jdbc.batchUpdate("insert into legal_entity (id, tenant_id, group_id, external_key, name, activities, identifications,"
                + " exclusions, investor_category, natural_person, provides_services_in_union, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, now(), now())"
                + " on conflict (group_id, external_key) do update set name = excluded.name, activities = excluded.activities,"
                + " identifications = excluded.identifications, exclusions = excluded.exclusions,"
                + " investor_category = excluded.investor_category, natural_person = excluded.natural_person,"
                + " provides_services_in_union = excluded.provides_services_in_union, updated_at = excluded.updated_at,"
                + " version = legal_entity.version + 1", entities, new int[] {Types.OTHER, Types.OTHER, Types.OTHER,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN,
                Types.BOOLEAN});

        importYears(t, groupId, structure, ids, periodEnd);
        importHoldings(t, groupId, structure, ids);

        jdbc.update("update nis2_group set same_or_adjacent_markets = ?::jsonb, version = version + 1, updated_at = now()"
                + " where tenant_id = ? and id = ?", JsonColumns.markets(structure.sameOrAdjacentMarkets()), t, groupId);
        return new ImportCounts(structure.size() - existing, existing);
    }

    private void importYears(UUID t, UUID groupId, GroupStructure structure, Map<String, UUID> ids, LocalDate periodEnd) {
        LocalDate previousEnd = periodEnd.minusYears(1);
        Map<String, UUID> yearIds = new HashMap<>();
        jdbc.query("select f.legal_entity_id, f.period_end, f.id from financial_year f join legal_entity e on e.id = f.legal_entity_id"
                        + " where f.tenant_id = ? and e.group_id = ? and f.period_end in (?, ?)",
                rs -> { yearIds.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, LocalDate.class), rs.getObject(3, UUID.class)); },
                t, groupId, periodEnd, previousEnd);
        List<Object[]> years = new ArrayList<>(structure.size() * 2);
        List<UUID> consolidatingYears = new ArrayList<>();
        List<Object[]> inclusions = new ArrayList<>();
        for (Enterprise e : structure.enterprises()) {
            UUID entity = ids.get(e.key());
            ConsolidatedAccounts accounts = e.consolidatedAccounts();
            UUID latest = yearIds.computeIfAbsent(entity + "/" + periodEnd, k -> UUID.randomUUID());
            // consolidated previous figures without own previous figures: no previous year carries them, the latest does
            SizeFigures carried = accounts != null && e.previousFigures() == null ? accounts.previousFigures() : null;
            years.add(year(latest, t, entity, periodEnd, e.figures(), accounts == null ? null : accounts.figures(), carried));
            consolidatingYears.add(latest);
            if (accounts != null) {
                for (String key : accounts.includes()) {
                    if (!key.equals(e.key())) {
                        inclusions.add(new Object[] {UUID.randomUUID(), t, latest, ids.get(key)});
                    }
                }
            }
            if (e.previousFigures() != null) {
                UUID previous = yearIds.computeIfAbsent(entity + "/" + previousEnd, k -> UUID.randomUUID());
                SizeFigures previousConsolidated = accounts == null ? null : accounts.previousFigures();
                years.add(year(previous, t, entity, previousEnd, e.previousFigures(), previousConsolidated, null));
                consolidatingYears.add(previous);
                if (previousConsolidated != null) {
                    for (String key : accounts.includes()) {
                        if (!key.equals(e.key())) {
                            inclusions.add(new Object[] {UUID.randomUUID(), t, previous, ids.get(key)});
                        }
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into financial_year (id, tenant_id, legal_entity_id, period_end, headcount, annual_turnover,"
                + " balance_sheet_total, approved, consolidated_headcount, consolidated_annual_turnover,"
                + " consolidated_balance_sheet_total, consolidated_previous_headcount, consolidated_previous_annual_turnover,"
                + " consolidated_previous_balance_sheet_total, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, now(), now())"
                + " on conflict (legal_entity_id, period_end) do update set headcount = excluded.headcount,"
                + " annual_turnover = excluded.annual_turnover, balance_sheet_total = excluded.balance_sheet_total, approved = true,"
                + " consolidated_headcount = excluded.consolidated_headcount,"
                + " consolidated_annual_turnover = excluded.consolidated_annual_turnover,"
                + " consolidated_balance_sheet_total = excluded.consolidated_balance_sheet_total,"
                + " consolidated_previous_headcount = excluded.consolidated_previous_headcount,"
                + " consolidated_previous_annual_turnover = excluded.consolidated_previous_annual_turnover,"
                + " consolidated_previous_balance_sheet_total = excluded.consolidated_previous_balance_sheet_total,"
                + " updated_at = excluded.updated_at, version = financial_year.version + 1", years, new int[] {Types.OTHER,
                Types.OTHER, Types.OTHER, Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC,
                Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC});
        jdbc.update("delete from consolidated_inclusion where tenant_id = ? and financial_year_id = any(?::uuid[])", t,
                KeysetPages.uuidArray(consolidatingYears));
        if (!inclusions.isEmpty()) {
            jdbc.batchUpdate("insert into consolidated_inclusion (id, tenant_id, financial_year_id, legal_entity_id)"
                    + " values (?, ?, ?, ?) on conflict (financial_year_id, legal_entity_id) do nothing", inclusions,
                    new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER});
        }
    }

    private static Object[] year(UUID id, UUID t, UUID entity, LocalDate end, SizeFigures f, SizeFigures c, SizeFigures p) {
        return new Object[] {id, t, entity, end, f.headcount(), f.annualTurnover(), f.balanceSheetTotal(),
                c == null ? null : c.headcount(), c == null ? null : c.annualTurnover(), c == null ? null : c.balanceSheetTotal(),
                p == null ? null : p.headcount(), p == null ? null : p.annualTurnover(), p == null ? null : p.balanceSheetTotal()};
    }

    /**
     * From this many enterprises an import analyzes the group tables once it has committed: right after an import of
     * 10,000 entities, pages of them took seconds until PostgreSQL had analyzed the new rows (planner statistics from
     * before the import). Below it, autovacuum's own analyze is soon enough.
     */
    static final int ANALYZE_FROM = 1_000;

    @Override
    public void importCommitted(int enterprises) {
        if (enterprises < ANALYZE_FROM) {
            return;
        }
        long started = System.nanoTime();
        try {
            jdbc.query("select nis2_analyze_group_tables()", rs -> { });
            log.debug("Group tables analyzed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not refresh the statistics of the group tables after an import: {}", e.getMessage());
        }
    }

    private void importHoldings(UUID t, UUID groupId, GroupStructure structure, Map<String, UUID> ids) {
        if (structure.holdings().isEmpty()) {
            return;
        }
        Map<String, UUID> open = new HashMap<>();
        jdbc.query("select owner_id, owned_id, id from holding where tenant_id = ? and group_id = ? and valid_to is null",
                rs -> { open.putIfAbsent(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)); },
                t, groupId);
        // A pair whose earlier holding has ended: the new one starts the day the last one ended (valid_to is the first
        // day it no longer counts), so that the two never count on the same day.
        Map<String, java.sql.Date> ended = new HashMap<>();
        jdbc.query("select owner_id, owned_id, max(valid_to) from holding where tenant_id = ? and group_id = ?"
                        + " and valid_to is not null group by owner_id, owned_id",
                rs -> { ended.put(rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class), rs.getDate(3)); },
                t, groupId);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Holding h : structure.holdings()) {
            UUID owner = ids.get(h.owner());
            UUID owned = ids.get(h.owned());
            UUID existing = open.get(owner + "/" + owned);
            String rights = JsonColumns.controlRights(h.controlRights());
            if (existing == null) {
                inserts.add(new Object[] {UUID.randomUUID(), t, groupId, owner, owned, h.capitalPercent(), h.votingPercent(),
                        rights, h.investedAmount(), ended.get(owner + "/" + owned)});
            } else {
                updates.add(new Object[] {h.capitalPercent(), h.votingPercent(), rights, h.investedAmount(), existing});
            }
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update holding set capital_percent = ?, voting_percent = ?, control_rights = ?::jsonb,"
                    + " invested_amount = ?, updated_at = now(), version = version + 1 where id = ?", updates,
                    new int[] {Types.NUMERIC, Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.OTHER});
        }
        if (!inserts.isEmpty()) {
            try {
                insertHoldings(inserts);
            } catch (RuntimeException e) {
                throw Violations.translate(e, v -> v.is(GroupPersistenceAdapter.HOLDING_OPEN_PAIR_UNIQUE)
                        ? new RefusedException(RefusedException.Code.DUPLICATE, "structure.holdings", "a holding of the same"
                        + " owner in the same entity was created at the same time; repeat the import") : null);
            }
        }
    }

    private void insertHoldings(List<Object[]> inserts) {
        jdbc.batchUpdate("insert into holding (id, tenant_id, group_id, owner_id, owned_id, capital_percent, voting_percent,"
                + " control_rights, invested_amount, valid_from, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, now(), now())",
                inserts, new int[] {Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.OTHER, Types.NUMERIC,
                Types.NUMERIC, Types.VARCHAR, Types.NUMERIC, Types.DATE});
    }
}
