package eu.nis2assessor.bootstrap.groups;

import static org.assertj.core.api.Assertions.assertThat;

import eu.nis2assessor.application.model.FinancialYearView;
import eu.nis2assessor.application.model.GroupView;
import eu.nis2assessor.application.model.LegalEntityView;
import eu.nis2assessor.application.model.Page;
import eu.nis2assessor.application.model.PageRequest;
import eu.nis2assessor.application.port.out.GroupAssessmentStorePort;
import eu.nis2assessor.application.port.out.GroupStorePort;
import eu.nis2assessor.application.port.out.TransactionPort;
import eu.nis2assessor.domain.tenant.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The persistence adapter's ports (GroupStorePort, GroupAssessmentStorePort) against the test PostgreSQL, beyond what
 * the HTTP tests show: rows of another tenant, written with plain JDBC, are never returned by any read method (even
 * when asked for by their IDs), while the owning tenant sees them; keyset pages over equal sort values return every
 * row exactly once. (In bootstrap rather than adapters-persistence because the per-run schema of the test database
 * and the Flyway migrations are set up by the application context here.)
 */
@SpringBootTest
class GroupStoreAdapterTest {

    @Autowired
    GroupStorePort store;

    @Autowired
    GroupAssessmentStorePort assessments;

    @Autowired
    TransactionPort transactions;

    @Autowired
    DataSource dataSource;

    final TenantId other = new TenantId(UUID.randomUUID());
    final TenantId mine = new TenantId(UUID.randomUUID());
    final UUID group = UUID.randomUUID();
    final UUID owner = UUID.randomUUID();
    final UUID owned = UUID.randomUUID();
    final UUID holding = UUID.randomUUID();
    final UUID year = UUID.randomUUID();
    final UUID assessment = UUID.randomUUID();
    final LocalDate end = LocalDate.parse("2025-12-31");

    /** Another tenant's group: two entities, a holding, a consolidated year including the other entity, an assessment. */
    @BeforeEach
    void otherTenantsRows() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            sql(c, "select set_config('app.tenant_id', ?, true), set_config('app.group_ids', '*', true)", other.value().toString());
            sql(c, "insert into tenant (id, name) values (?, 'other'), (?, 'mine')", other.value(), mine.value());
            sql(c, "insert into nis2_group (id, tenant_id, name) values (?, ?, 'Theirs')", group, other.value());
            sql(c, "insert into legal_entity (id, tenant_id, group_id, external_key, name) values (?, ?, ?, 'O', 'Owner'),"
                    + " (?, ?, ?, 'D', 'Owned')", owner, other.value(), group, owned, other.value(), group);
            sql(c, "insert into holding (id, tenant_id, group_id, owner_id, owned_id, capital_percent) values (?, ?, ?, ?, ?, 60)",
                    holding, other.value(), group, owner, owned);
            sql(c, "insert into financial_year (id, tenant_id, legal_entity_id, period_end, headcount, annual_turnover, approved,"
                    + " consolidated_headcount, consolidated_annual_turnover) values (?, ?, ?, ?, 10, 100, true, 20, 200)",
                    year, other.value(), owner, end);
            sql(c, "insert into consolidated_inclusion (id, tenant_id, financial_year_id, legal_entity_id) values (?, ?, ?, ?)",
                    UUID.randomUUID(), other.value(), year, owned);
            sql(c, "insert into group_assessment (id, tenant_id, group_id, run_at, as_of, rules_version, input_hash, entity_count)"
                    + " values (?, ?, ?, now(), ?, 'x', repeat('a', 64), 1)", assessment, other.value(), group, end);
            sql(c, "insert into group_assessment_entity (id, tenant_id, group_assessment_id, legal_entity_id, external_key,"
                    + " size_class, result) values (?, ?, ?, ?, 'O', 'MICRO', '{\"key\":\"O\"}')", UUID.randomUUID(),
                    other.value(), assessment, owner);
            c.commit();
        }
    }

    private static void sql(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.execute();
        }
    }

    /**
     * Reads in a transaction bound to the other tenant (whose rows these are): row-level security lets them through,
     * so only the adapter's own tenant filter can keep them from {@code mine}, which is what is tested here.
     */
    private <T> T read(Supplier<T> work) {
        return readAs(other, work);
    }

    private <T> T readAs(TenantId tenant, Supplier<T> work) {
        return eu.nis2assessor.bootstrap.security.SecurityContextCallers.runAs(eu.nis2assessor.domain.access.Caller.system(tenant),
                () -> transactions.readOnly(work));
    }

    private static <T> List<T> items(Map<UUID, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        pages.values().forEach(p -> all.addAll(p.items()));
        return all;
    }

    @Test
    void noReadMethodReturnsAnotherTenantsRows() {
        PageRequest page = PageRequest.first(100);
        List<UUID> entities = List.of(owner, owned);
        read(() -> {
            assertThat(store.findGroup(mine, group)).isEmpty();
            assertThat(store.groupsByIds(mine, List.of(group))).isEmpty();
            assertThat(store.groups(mine, page).items()).extracting(GroupView::id).doesNotContain(group);
            assertThat(items(store.entitiesOfGroups(mine, List.of(group), page))).isEmpty();
            assertThat(store.findEntity(mine, owner)).isEmpty();
            assertThat(store.entitiesByIds(mine, entities)).isEmpty();
            assertThat(store.keyUsed(mine, group, "O", null)).isFalse();
            assertThat(store.references(mine, owned)).isEqualTo(new GroupStorePort.EntityReferences(0, 0, 0));
            assertThat(store.findHolding(mine, holding)).isEmpty();
            assertThat(items(store.holdingsOf(mine, entities, true, null, page))).isEmpty();
            assertThat(items(store.holdingsOf(mine, entities, false, end, page))).isEmpty();
            assertThat(store.holdingsIn(mine, owned)).isEmpty();
            assertThat(store.findFinancialYear(mine, year)).isEmpty();
            assertThat(store.findFinancialYear(mine, owner, end)).isEmpty();
            assertThat(items(store.financialYearsOf(mine, entities, page))).isEmpty();
            assertThat(store.snapshot(mine, group, end)).isNull();
            assertThat(assessments.find(mine, assessment)).isEmpty();
            assertThat(items(assessments.assessmentsOfGroups(mine, List.of(group), page))).isEmpty();
            assertThat(items(assessments.resultsOf(mine, List.of(assessment), page))).isEmpty();
            return null;
        });
    }

    @Test
    void theOwningTenantSeesTheSameRows() {
        PageRequest page = PageRequest.first(100);
        List<UUID> entities = List.of(owner, owned);
        read(() -> {
            assertThat(store.findGroup(other, group)).isPresent();
            assertThat(items(store.entitiesOfGroups(other, List.of(group), page))).extracting(LegalEntityView::key)
                    .containsExactly("D", "O");
            assertThat(store.keyUsed(other, group, "O", null)).isTrue();
            assertThat(store.references(other, owned)).isEqualTo(new GroupStorePort.EntityReferences(1, 1, 0));
            assertThat(items(store.holdingsOf(other, entities, true, end, page))).hasSize(1);
            assertThat(store.holdingsIn(other, owned)).hasSize(1);
            FinancialYearView y = store.findFinancialYear(other, owner, end).orElseThrow();
            assertThat(y.consolidatedAccounts().includedEntityIds()).containsExactly(owned);
            assertThat(y.consolidatedAccounts().previousFigures()).isNull();
            GroupStorePort.GroupSnapshot snapshot = store.snapshot(other, group, end);
            assertThat(snapshot.entities()).hasSize(2);
            assertThat(snapshot.holdings()).hasSize(1);
            assertThat(snapshot.years().get(owner)).hasSize(1);
            assertThat(assessments.find(other, assessment)).isPresent();
            assertThat(items(assessments.assessmentsOfGroups(other, List.of(group), page))).hasSize(1);
            return null;
        });
    }

    @Test
    void keysetPagesOverEqualNamesReturnEveryEntityOnce() throws Exception {
        UUID g = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            sql(c, "select set_config('app.tenant_id', ?, true), set_config('app.group_ids', '*', true)", mine.value().toString());
            sql(c, "insert into nis2_group (id, tenant_id, name) values (?, ?, 'Same names')", g, mine.value());
            for (int i = 0; i < 7; i++) {
                sql(c, "insert into legal_entity (id, tenant_id, group_id, external_key, name) values (?, ?, ?, ?, ?)",
                        UUID.randomUUID(), mine.value(), g, "K" + i, i < 5 ? "Same" : "Zed");
            }
            c.commit();
        }
        List<String> keys = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        boolean more = true;
        int pages = 0;
        while (more) {
            PageRequest current = request;
            Page<LegalEntityView> p = readAs(mine, () -> store.entitiesOfGroups(mine, List.of(g), current)).get(g);
            p.items().forEach(e -> keys.add(e.key()));
            more = p.hasNextPage();
            if (more) {
                request = new PageRequest(2, p.keys().get(p.keys().size() - 1));
            }
            pages++;
        }
        assertThat(pages).isEqualTo(4);
        assertThat(keys).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrder("K0", "K1", "K2", "K3", "K4", "K5", "K6");
        assertThat(keys.subList(5, 7)).containsExactlyInAnyOrder("K5", "K6");
    }
}
