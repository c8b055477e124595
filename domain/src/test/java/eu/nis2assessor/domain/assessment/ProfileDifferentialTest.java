package eu.nis2assessor.domain.assessment;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityClass;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Exclusion;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.scope.IdentificationGround;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential test of {@link ProfileAssessor} against {@link RefProfileAssessment}, a reference written from
 * nis2-rules.md §1-2, §4.6, §5-7, §10.2 and docs/decisions.md. Random profiles (every entity type, 0-3 activities with
 * qualified/ancillary flags, boundary figures, unknown balance sheets, previous periods, every identification ground
 * with no/essential/important class, every exclusion, services in the Union or not, undertaking turnovers around the
 * EUR 500 million break-even) are compared on: class, size class, legal basis (as a set), supervision regime, Art 32(5),
 * fine maximum/fixed/percentage/basis, Art 20 codes, registration codes and the CIR 2024/2690 step. Deterministic
 * (seed {@code diff.profiles.seed}, default 20261202); {@code -Ddiff.profiles.count=500000} for a long run. Each kind
 * of difference is shrunk to a minimal profile, printed as Java; the test fails on any difference.
 */
class ProfileDifferentialTest {

    private static final EntityType[] ALL_TYPES = EntityType.values();
    /** The types with rules of their own, drawn half of the time so that their combinations are frequent. */
    private static final EntityType[] SPECIAL = {EntityType.TRUST_SERVICE_PROVIDER,
            EntityType.PUBLIC_ELECTRONIC_COMMUNICATIONS_NETWORK_PROVIDER,
            EntityType.PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER, EntityType.TLD_NAME_REGISTRY,
            EntityType.DNS_SERVICE_PROVIDER, EntityType.DOMAIN_NAME_REGISTRATION_SERVICE_PROVIDER,
            EntityType.CENTRAL_GOVERNMENT_ENTITY, EntityType.REGIONAL_GOVERNMENT_ENTITY,
            EntityType.LOCAL_GOVERNMENT_ENTITY, EntityType.EDUCATION_INSTITUTION, EntityType.RESEARCH_ORGANISATION,
            EntityType.CREDIT_INSTITUTION, EntityType.CENTRAL_COUNTERPARTY, EntityType.DRINKING_WATER_SUPPLIER,
            EntityType.WASTE_MANAGEMENT_UNDERTAKING, EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER,
            EntityType.FOOD_BUSINESS, EntityType.ELECTRICITY_PRODUCER, EntityType.ONLINE_MARKETPLACE_PROVIDER};
    private static final String[] HEAD = {"0", "5", "9.9", "10", "30", "49.9", "50", "120", "249.9", "250", "1000"};
    private static final String[] TURNOVER = {"0", "1500000", "2000000", "2000001", "10000000", "10000001", "30000000",
            "50000000", "50000001", "200000000"};
    private static final String[] BALANCE = {null, "0", "2000000", "2000001", "10000000", "10000001", "43000000",
            "43000001", "100000000"};
    private static final String[] UNDERTAKING = {null, "0", "350000000", "499999999", "500000000", "500000001",
            "700000000", "3000000000", "123456789.12"};

    private final ProfileAssessor engine = new ProfileAssessor();

    @Test
    void engineAgreesWithTheReference() {
        int count = Integer.getInteger("diff.profiles.count", 30_000);
        long seed = Long.getLong("diff.profiles.seed", 20261202L);
        Random r = new Random(seed);
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, Integer> perKind = new LinkedHashMap<>();
        int compared = 0;
        Map<String, Integer> coverage = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            EntityProfile p = profile(r);
            RefProfileAssessment.Outcome ref = RefProfileAssessment.assess(p);
            RefProfileAssessment.Outcome got = RefProfileAssessment.of(engine.assess(p));
            List<String> d = RefProfileAssessment.differences(got, ref);
            // the order of the input does not matter (decisions.md, "Scope and classification")
            List<String> order = RefProfileAssessment.differences(RefProfileAssessment.of(engine.assess(reversed(p))), got);
            if (!order.isEmpty()) {
                kinds.putIfAbsent("order dependence: " + kind(order), java(p) + "\n    " + String.join("\n    ", order));
                perKind.merge("order dependence: " + kind(order), 1, Integer::sum);
            }
            compared++;
            coverage.merge(ref.entityClass() + "/" + ref.regime() + (ref.art32_5() ? "/32(5)" : "")
                    + (ref.fineBasis() != null && ref.fineBasis().contains("NIS2 Art 34(7)") ? "/34(7)" : "")
                    + (ref.legalBasis().contains("DORA Art 1(2)") ? "/DORA" : "") + (ref.cir() ? "/CIR" : "")
                    + (ref.registration().contains("ART28_DOMAIN_REGISTRATION_DATA") ? "/Art28" : ""), 1, Integer::sum);
            if (!d.isEmpty()) {
                String kind = kind(d);
                perKind.merge(kind, 1, Integer::sum);
                if (!kinds.containsKey(kind)) {
                    EntityProfile small = shrink(p, kind);
                    kinds.put(kind, java(small) + "\n    " + String.join("\n    ", diff(small)));
                }
            }
        }
        StringBuilder report = new StringBuilder();
        kinds.forEach((k, v) -> report.append("\n[").append(perKind.get(k)).append(" profiles] ").append(k)
                .append("\n  ").append(v).append('\n'));
        assertThat(compared).isEqualTo(count);
        // every kind of outcome is reached, so that agreement means something
        assertThat(coverage.keySet()).as("outcomes reached (reference): %s", coverage).contains("NOT_IN_SCOPE/NONE", "NOT_IN_SCOPE/NONE/Art28",
                "ESSENTIAL/EX_ANTE/32(5)", "ESSENTIAL/EX_ANTE/34(7)", "IMPORTANT/EX_POST", "IMPORTANT/EX_POST/34(7)",
                "ESSENTIAL/NONE/DORA", "IMPORTANT/NONE/DORA", "ESSENTIAL/EX_ANTE/32(5)/CIR/Art28",
                "IMPORTANT/EX_POST/CIR");
        assertThat(kinds).as("differences from the reference in %d profiles:%s", compared, report).isEmpty();
    }

    private List<String> diff(EntityProfile p) {
        return RefProfileAssessment.differences(RefProfileAssessment.of(engine.assess(p)), RefProfileAssessment.assess(p));
    }

    /** The fields that differ and how, without the profile-specific numbers. */
    private static String kind(List<String> d) {
        List<String> k = new ArrayList<>();
        for (String s : d) {
            k.add(s.startsWith("fine.maximum") ? "fine.maximum" : s);
        }
        return String.join("; ", k);
    }

    // ---------------------------------------------------------------------------------------------- generation

    private static EntityProfile profile(Random r) {
        int n = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EntityType[] pool = r.nextBoolean() ? ALL_TYPES : SPECIAL;
            activities.add(new Activity(pool[r.nextInt(pool.length)], r.nextInt(3) == 0, r.nextInt(4) == 0));
        }
        List<Identification> ids = new ArrayList<>();
        int k = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
        IdentificationGround[] grounds = IdentificationGround.values();
        EntityClass[] classes = {null, EntityClass.ESSENTIAL, EntityClass.IMPORTANT};
        for (int i = 0; i < k; i++) {
            ids.add(new Identification(grounds[r.nextInt(grounds.length)], classes[r.nextInt(3)]));
        }
        Set<Exclusion> ex = EnumSet.noneOf(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            if (r.nextInt(8) == 0) {
                ex.add(e);
            }
        }
        return new EntityProfile(null, activities, figures(r), r.nextBoolean() ? figures(r) : null,
                money(UNDERTAKING[r.nextInt(UNDERTAKING.length)]), r.nextInt(10) != 0, ids, ex);
    }

    private static SizeFigures figures(Random r) {
        String head = r.nextInt(5) == 0 ? String.valueOf(r.nextInt(400)) : HEAD[r.nextInt(HEAD.length)];
        return SizeFigures.of(head, TURNOVER[r.nextInt(TURNOVER.length)], BALANCE[r.nextInt(BALANCE.length)]);
    }

    private static BigDecimal money(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    // ---------------------------------------------------------------------------------------------- shrinking

    /** Greedy: keep any simplification under which the same kind of difference remains. */
    private EntityProfile shrink(EntityProfile p, String kind) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (EntityProfile c : candidates(p)) {
                List<String> d = diff(c);
                if (!d.isEmpty() && kind(d).equals(kind)) {
                    p = c;
                    progress = true;
                    break;
                }
            }
        }
        return p;
    }

    private static List<EntityProfile> candidates(EntityProfile p) {
        List<EntityProfile> out = new ArrayList<>();
        for (int i = 0; i < p.activities().size(); i++) {
            List<Activity> a = new ArrayList<>(p.activities());
            Activity removed = a.remove(i);
            out.add(with(p, a, p.identifications(), p.exclusions()));
            a.add(i, new Activity(removed.type(), false, removed.ancillary()));
            if (removed.qualified()) {
                out.add(with(p, a, p.identifications(), p.exclusions()));
            }
            a.set(i, new Activity(removed.type(), removed.qualified(), false));
            if (removed.ancillary()) {
                out.add(with(p, a, p.identifications(), p.exclusions()));
            }
        }
        for (int i = 0; i < p.identifications().size(); i++) {
            List<Identification> ids = new ArrayList<>(p.identifications());
            Identification removed = ids.remove(i);
            out.add(with(p, p.activities(), ids, p.exclusions()));
            if (removed.entityClass() != null) {
                ids.add(i, new Identification(removed.ground(), null));
                out.add(with(p, p.activities(), ids, p.exclusions()));
            }
        }
        for (Exclusion e : p.exclusions()) {
            Set<Exclusion> ex = EnumSet.noneOf(Exclusion.class);
            ex.addAll(p.exclusions());
            ex.remove(e);
            out.add(with(p, p.activities(), p.identifications(), ex));
        }
        if (p.previousFigures() != null) {
            out.add(new EntityProfile(null, p.activities(), p.figures(), null, p.undertakingWorldwideTurnover(),
                    p.providesServicesInUnion(), p.identifications(), p.exclusions()));
        }
        if (p.undertakingWorldwideTurnover() != null) {
            out.add(new EntityProfile(null, p.activities(), p.figures(), p.previousFigures(), null,
                    p.providesServicesInUnion(), p.identifications(), p.exclusions()));
        }
        if (!p.providesServicesInUnion()) {
            out.add(new EntityProfile(null, p.activities(), p.figures(), p.previousFigures(),
                    p.undertakingWorldwideTurnover(), true, p.identifications(), p.exclusions()));
        }
        for (Function<SizeFigures, SizeFigures> f : List.<Function<SizeFigures, SizeFigures>>of(
                x -> SizeFigures.ZERO,
                x -> new SizeFigures(BigDecimal.ZERO, x.annualTurnover(), x.balanceSheetTotal()),
                x -> new SizeFigures(x.headcount(), BigDecimal.ZERO, x.balanceSheetTotal()),
                x -> new SizeFigures(x.headcount(), x.annualTurnover(), BigDecimal.ZERO))) {
            SizeFigures latest = f.apply(p.figures());
            if (!latest.equals(p.figures())) {
                out.add(new EntityProfile(null, p.activities(), latest, p.previousFigures(),
                        p.undertakingWorldwideTurnover(), p.providesServicesInUnion(), p.identifications(),
                        p.exclusions()));
            }
        }
        return out;
    }

    private static EntityProfile reversed(EntityProfile p) {
        return with(p, p.activities().reversed(), p.identifications().reversed(), p.exclusions());
    }

    private static EntityProfile with(EntityProfile p, List<Activity> a, List<Identification> ids, Set<Exclusion> ex) {
        return new EntityProfile(null, a, p.figures(), p.previousFigures(), p.undertakingWorldwideTurnover(),
                p.providesServicesInUnion(), ids, ex);
    }

    static String java(EntityProfile p) {
        StringBuilder s = new StringBuilder("new EntityProfile(null, List.of(");
        for (int i = 0; i < p.activities().size(); i++) {
            Activity a = p.activities().get(i);
            s.append(i == 0 ? "" : ", ").append("new Activity(EntityType.").append(a.type()).append(", ")
                    .append(a.qualified()).append(", ").append(a.ancillary()).append(")");
        }
        s.append("), ").append(fig(p.figures())).append(", ").append(fig(p.previousFigures())).append(", ")
                .append(p.undertakingWorldwideTurnover() == null ? "null"
                        : "new BigDecimal(\"" + p.undertakingWorldwideTurnover().toPlainString() + "\")")
                .append(", ").append(p.providesServicesInUnion()).append(", List.of(");
        for (int i = 0; i < p.identifications().size(); i++) {
            Identification id = p.identifications().get(i);
            s.append(i == 0 ? "" : ", ").append("new Identification(IdentificationGround.").append(id.ground())
                    .append(", ").append(id.entityClass() == null ? "null" : "EntityClass." + id.entityClass()).append(")");
        }
        s.append("), Set.of(");
        int i = 0;
        for (Exclusion e : EnumSet.copyOf(p.exclusions().isEmpty() ? EnumSet.noneOf(Exclusion.class) : p.exclusions())) {
            s.append(i++ == 0 ? "" : ", ").append("Exclusion.").append(e);
        }
        return s.append("))").toString();
    }

    private static String fig(SizeFigures f) {
        if (f == null) {
            return "null";
        }
        return "SizeFigures.of(\"" + f.headcount().toPlainString() + "\", \"" + f.annualTurnover().toPlainString()
                + "\", " + (f.balanceSheetTotal() == null ? "null" : "\"" + f.balanceSheetTotal().toPlainString() + "\"")
                + ")";
    }
}
