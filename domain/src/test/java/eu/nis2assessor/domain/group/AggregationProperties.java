package eu.nis2assessor.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AggregationProperties {

    private final AggregationPolicy policy = new AggregationPolicy();

    /**
     * Handed over group by group, with reasoning only where a member has activities, the aggregations are those of
     * {@link AggregationPolicy#aggregate(GroupStructure)}: same figures, contributions and assumptions; the same steps
     * for the groups an assessment explains, none for the others; every enterprise exactly once, in its group.
     */
    @Property(tries = 200)
    void groupByGroupAggregationsAreTheFullOnes(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n) {
        GroupStructure structure = RandomGroups.generate(seed, n, 1.5, true);
        List<EnterpriseAggregation> full = policy.aggregate(structure);
        EnterpriseAggregation[] seen = new EnterpriseAggregation[n];
        policy.aggregate(structure, true, (members, from, to, byPosition) -> {
            boolean activities = false;
            for (int k = from; k < to; k++) {
                activities |= !structure.enterprises().get(members[k]).activities().isEmpty();
            }
            for (int k = from; k < to; k++) {
                int i = members[k];
                assertThat(seen[i]).as("handed over once").isNull();
                seen[i] = byPosition[i];
                EnterpriseAggregation expected = full.get(i);
                assertThat(byPosition[i].figures()).isEqualTo(expected.figures());
                assertThat(byPosition[i].previousFigures()).isEqualTo(expected.previousFigures());
                assertThat(byPosition[i].contributions()).isEqualTo(expected.contributions());
                assertThat(byPosition[i].assumptions()).isEqualTo(expected.assumptions());
                assertThat(byPosition[i].steps()).isEqualTo(activities ? expected.steps() : List.of());
                // the members of one group share the same figures object
                assertThat(byPosition[i].figures()).isSameAs(byPosition[members[from]].figures());
            }
        });
        assertThat(seen).doesNotContainNull();
    }

    @Property(tries = 300)
    void addingAHoldingNeverLowersAggregatedFigures(@ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int n,
                                                    @ForAll boolean investors) {
        GroupStructure before = RandomGroups.generate(seed, n, 1.5, investors);
        Holding extra = extraHolding(before, new Random(seed ^ 0x5DEECE66DL));
        if (extra == null) {
            return;
        }
        List<Holding> more = new ArrayList<>(before.holdings());
        more.add(extra);
        GroupStructure after = new GroupStructure(before.enterprises(), more, null);
        Map<String, EnterpriseAggregation> a = byKey(policy.aggregate(before));
        Map<String, EnterpriseAggregation> b = byKey(policy.aggregate(after));
        for (String key : a.keySet()) {
            assertThat(b.get(key).figures().headcount()).as(key + " headcount after adding " + extra)
                    .isGreaterThanOrEqualTo(a.get(key).figures().headcount());
            assertThat(b.get(key).figures().annualTurnover()).isGreaterThanOrEqualTo(a.get(key).figures().annualTurnover());
            assertThat(b.get(key).figures().balanceSheetTotal())
                    .isGreaterThanOrEqualTo(a.get(key).figures().balanceSheetTotal());
        }
    }

    @Property(tries = 300)
    void resultDoesNotDependOnTheOrderOfEnterprisesOrHoldings(@ForAll long seed,
                                                              @ForAll @IntRange(min = 1, max = 14) int n,
                                                              @ForAll boolean investors) {
        GroupStructure original = RandomGroups.generate(seed, n, 1.5, investors);
        List<Enterprise> enterprises = new ArrayList<>(original.enterprises());
        List<Holding> holdings = new ArrayList<>(original.holdings());
        Random random = new Random(seed);
        Collections.shuffle(enterprises, random);
        Collections.shuffle(holdings, random);
        GroupStructure shuffled = new GroupStructure(enterprises, holdings, null);
        Map<String, EnterpriseAggregation> a = byKey(policy.aggregate(original));
        Map<String, EnterpriseAggregation> b = byKey(policy.aggregate(shuffled));
        for (String key : a.keySet()) {
            assertThat(b.get(key).figures().headcount()).isEqualByComparingTo(a.get(key).figures().headcount());
            assertThat(b.get(key).figures().annualTurnover()).isEqualByComparingTo(a.get(key).figures().annualTurnover());
            assertThat(b.get(key).undertakingWorldwideTurnover())
                    .isEqualByComparingTo(a.get(key).undertakingWorldwideTurnover());
            assertThat(contributionSet(b.get(key))).isEqualTo(contributionSet(a.get(key)));
        }
    }

    @Property(tries = 200)
    void everyEnterpriseIsCountedAtMostOnceAndItselfFirst(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n) {
        GroupStructure s = RandomGroups.generate(seed, n, 1.5, true);
        for (EnterpriseAggregation a : policy.aggregate(s)) {
            List<Contribution> list = new ArrayList<>(a.contributions());
            assertThat(list.get(0).key()).isEqualTo(a.key());
            assertThat(list.get(0).relation()).isEqualTo(EnterpriseRelation.OWN);
            assertThat(new HashSet<>(list.stream().map(Contribution::key).toList())).hasSize(list.size());
            // the figures are the sum of the contributions' own figures times their shares
            BigDecimal awu = BigDecimal.ZERO;
            for (Contribution c : list) {
                awu = awu.add(s.enterprises().get(s.indexOf(c.key())).figures().headcount().multiply(c.share()));
            }
            assertThat(a.figures().headcount()).isEqualByComparingTo(awu);
        }
    }

    private static Set<String> contributionSet(EnterpriseAggregation a) {
        Set<String> set = new HashSet<>();
        for (Contribution c : a.contributions()) {
            set.add(c.key() + "/" + c.relation() + "/" + c.share().stripTrailingZeros().toPlainString());
        }
        return set;
    }

    private static Map<String, EnterpriseAggregation> byKey(List<EnterpriseAggregation> list) {
        Map<String, EnterpriseAggregation> map = new HashMap<>();
        list.forEach(a -> map.put(a.key(), a));
        return map;
    }

    private static Holding extraHolding(GroupStructure s, Random random) {
        int n = s.size();
        Map<String, BigDecimal> held = new HashMap<>();
        for (Holding h : s.holdings()) {
            held.merge(h.owned(), h.capitalPercent(), BigDecimal::add);
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            int owner = random.nextInt(n);
            int owned = random.nextInt(n);
            if (owner == owned) {
                continue;
            }
            String ownedKey = s.enterprises().get(owned).key();
            BigDecimal left = BigDecimal.valueOf(100).subtract(held.getOrDefault(ownedKey, BigDecimal.ZERO));
            if (left.signum() <= 0) {
                continue;
            }
            BigDecimal percent = left.min(BigDecimal.valueOf(1 + random.nextInt(100)));
            return new Holding(s.enterprises().get(owner).key(), ownedKey, percent, percent, Set.of(),
                    BigDecimal.valueOf(random.nextInt(2_000_000)));
        }
        return null;
    }
}
