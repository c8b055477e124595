package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builders for test group structures. */
public final class Groups {

    private Groups() {
    }

    public static Enterprise e(String key, String awu, String turnoverMillions, String balanceMillions,
                               EntityType... types) {
        return Enterprise.of(key, SizeFigures.of(awu, new BigDecimal(turnoverMillions).movePointRight(6).toPlainString(),
                new BigDecimal(balanceMillions).movePointRight(6).toPlainString()),
                java.util.Arrays.stream(types).map(Activity::of).toArray(Activity[]::new));
    }

    public static Holding votes(String owner, String owned, String percent) {
        return Holding.of(owner, owned, percent);
    }

    public static Holding capitalOnly(String owner, String owned, String percent) {
        return new Holding(owner, owned, new BigDecimal(percent), null, Set.of(), null);
    }

    public static Holding split(String owner, String owned, String capital, String votes) {
        return new Holding(owner, owned, capital == null ? null : new BigDecimal(capital),
                votes == null ? null : new BigDecimal(votes), Set.of(), null);
    }

    public static Holding rights(String owner, String owned, ControlRight right) {
        return new Holding(owner, owned, null, null, Set.of(right), null);
    }

    public static Holding angel(String owner, String owned, String percent, String invested) {
        return new Holding(owner, owned, new BigDecimal(percent), new BigDecimal(percent), Set.of(),
                invested == null ? null : new BigDecimal(invested));
    }

    public static GroupStructure structure(List<Enterprise> enterprises, List<Holding> holdings) {
        return new GroupStructure(enterprises, holdings, null);
    }

    public static Map<String, EnterpriseAggregation> aggregate(GroupStructure s) {
        return new AggregationPolicy().aggregate(s).stream()
                .collect(Collectors.toMap(EnterpriseAggregation::key, Function.identity()));
    }

    public static Map<String, Contribution> contributionsOf(EnterpriseAggregation a) {
        Map<String, Contribution> byKey = new java.util.LinkedHashMap<>();
        for (Contribution c : new ArrayList<>(a.contributions())) {
            if (byKey.put(c.key(), c) != null) {
                throw new AssertionError("counted twice: " + c.key());
            }
        }
        return byKey;
    }
}
