package eu.nis2assessor.domain.group;

import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random but valid group structures, for property tests and benchmarks. */
public final class RandomGroups {

    private static final EntityType[] TYPES = {EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER, EntityType.FOOD_BUSINESS,
            EntityType.MANAGED_SERVICE_PROVIDER, EntityType.HEALTHCARE_PROVIDER, EntityType.TRUST_SERVICE_PROVIDER,
            EntityType.ELECTRICITY_PRODUCER, EntityType.POSTAL_SERVICE_PROVIDER};
    private static final int[] PERCENTS = {5, 10, 20, 25, 30, 40, 49, 50, 51, 60, 75, 100};
    private static final InvestorCategory[] CATEGORIES = InvestorCategory.values();

    private RandomGroups() {
    }

    /**
     * @param n                    enterprises
     * @param holdingsPerEnterprise average holdings per enterprise (1.5 in the benchmarks)
     * @param withInvestors        give some enterprises an investor category
     */
    public static GroupStructure generate(long seed, int n, double holdingsPerEnterprise, boolean withInvestors) {
        Random random = new Random(seed);
        List<Enterprise> enterprises = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Enterprise e = new Enterprise("E" + i, null,
                    random.nextInt(3) == 0 ? List.of() : List.of(Activity.of(TYPES[random.nextInt(TYPES.length)])),
                    figures(random), random.nextBoolean() ? figures(random) : null,
                    withInvestors && random.nextInt(10) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null,
                    false, List.of(), Set.of(), true, null);
            enterprises.add(e);
        }
        int[] capitalLeft = new int[n];
        java.util.Arrays.fill(capitalLeft, 100);
        int target = (int) Math.round(n * holdingsPerEnterprise);
        List<Holding> holdings = new ArrayList<>(target);
        int attempts = 0;
        while (holdings.size() < target && attempts++ < target * 4 && n > 1) {
            int owner = random.nextInt(n);
            int owned = random.nextInt(n);
            if (owner == owned) {
                continue;
            }
            int percent = PERCENTS[random.nextInt(PERCENTS.length)];
            if (percent > capitalLeft[owned]) {
                continue;
            }
            capitalLeft[owned] -= percent;
            BigDecimal p = BigDecimal.valueOf(percent);
            holdings.add(new Holding("E" + owner, "E" + owned, p, p, Set.of(),
                    BigDecimal.valueOf(random.nextInt(2_000_000))));
        }
        return new GroupStructure(enterprises, holdings, null);
    }

    private static SizeFigures figures(Random random) {
        return new SizeFigures(BigDecimal.valueOf(random.nextInt(4000), 1), BigDecimal.valueOf(random.nextInt(60_000_000)),
                BigDecimal.valueOf(random.nextInt(50_000_000)));
    }
}
