package eu.nis2assessor.adapter.persistence.group;

import eu.nis2assessor.adapter.persistence.mapper.JsonColumns;
import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.HoldingView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.domain.group.InvestorCategory;
import eu.nis2assessor.domain.size.SizeFigures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** Row mappers of the plain-SQL reads (batched pages, snapshots): the same read models as the JPA mapper gives. */
final class Rows {

    private Rows() {
    }

    static final RowMapper<GroupView> GROUP = (rs, n) -> new GroupView(uuid(rs, "id"), rs.getString("name"),
            JsonColumns.markets(rs.getString("same_or_adjacent_markets")), rs.getLong("version"),
            rs.getObject("created_at", OffsetDateTime.class));

    static final RowMapper<LegalEntityView> ENTITY = (rs, n) -> {
        String investor = rs.getString("investor_category");
        return new LegalEntityView(uuid(rs, "id"), uuid(rs, "group_id"), rs.getString("external_key"), rs.getString("name"),
                rs.getString("country"), rs.getString("registration_number"),
                JsonColumns.activities(rs.getString("activities")), JsonColumns.identifications(rs.getString("identifications")),
                JsonColumns.exclusions(rs.getString("exclusions")), investor == null ? null : InvestorCategory.valueOf(investor),
                rs.getBoolean("natural_person"), rs.getBoolean("provides_services_in_union"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    };

    static final RowMapper<HoldingView> HOLDING = (rs, n) -> new HoldingView(uuid(rs, "id"), uuid(rs, "group_id"),
            uuid(rs, "owner_id"), uuid(rs, "owned_id"), rs.getBigDecimal("capital_percent"), rs.getBigDecimal("voting_percent"),
            JsonColumns.controlRights(rs.getString("control_rights")), rs.getBigDecimal("invested_amount"),
            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getLong("version"));

    /** A financial year without its inclusions (filled in by {@link #withIncludes}). */
    static final RowMapper<FinancialYearView> YEAR = (rs, n) -> {
        FinancialYearView.Consolidated consolidated = rs.getBigDecimal("consolidated_headcount") == null ? null
                : new FinancialYearView.Consolidated(new SizeFigures(rs.getBigDecimal("consolidated_headcount"),
                rs.getBigDecimal("consolidated_annual_turnover"), rs.getBigDecimal("consolidated_balance_sheet_total")),
                rs.getBigDecimal("consolidated_previous_headcount") == null ? null
                        : new SizeFigures(rs.getBigDecimal("consolidated_previous_headcount"),
                        rs.getBigDecimal("consolidated_previous_annual_turnover"),
                        rs.getBigDecimal("consolidated_previous_balance_sheet_total")),
                List.of());
        return new FinancialYearView(uuid(rs, "id"), uuid(rs, "legal_entity_id"), rs.getObject("period_end", LocalDate.class),
                new SizeFigures(rs.getBigDecimal("headcount"), rs.getBigDecimal("annual_turnover"),
                        rs.getBigDecimal("balance_sheet_total")), rs.getBoolean("approved"), consolidated, rs.getLong("version"));
    };

    static FinancialYearView withIncludes(FinancialYearView year, List<UUID> includes) {
        if (year.consolidatedAccounts() == null) {
            return year;
        }
        return new FinancialYearView(year.id(), year.legalEntityId(), year.periodEnd(), year.figures(), year.approved(),
                year.consolidatedAccounts().withIncludes(includes), year.version());
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
