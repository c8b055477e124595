package eu.nis2assessor.bootstrap.groups;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark (not part of the test gate: the class name does not end in {@code Test}); run with
 * {@code ./nis2 bench groups}. Over HTTP against the test PostgreSQL: {@code importGroupStructure} into a fresh group
 * and {@code runGroupAssessment} for synthetic groups of 1,000 and 10,000 entities in two shapes (the realistic one of
 * the domain benchmark, {@link GroupApi#randomStructure}, and a hub, {@link GroupApi#structure}), in alternating rounds so that
 * machine load affects both sizes alike; p50/p95 and the 10,000/1,000 ratio of the p50s; then a page of 100 entities
 * with holdings, owners and latest financial years (p50). Prints the figures; asserts nothing about speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GroupsBenchmark {

    @LocalServerPort
    int port;

    @Test
    void importRunAndPage() {
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "5"));
        GroupApi api = new GroupApi(port);
        StringBuilder out = new StringBuilder();
        // the realistic shape (random pairs, 1.5 holdings per entity: ~9 contributions per entity) and the hub
        // (one parent holding 60 % of 30 and 30 % of all the others: ~63 contributions per entity)
        String lastLarge = shape(api, rounds, "random 1.5 holdings/entity", GroupApi.randomStructure(42, 1000),
                GroupApi.randomStructure(42, 10000), out);
        shape(api, rounds, "hub (E0 holds all)", GroupApi.structure(1000, 30, null), GroupApi.structure(10000, 30, null), out);
        List<Long> page = new ArrayList<>();
        String group = lastLarge;
        for (int i = 0; i < 25; i++) {
            long ms = time(() -> api.gql(StatementCountTest.PAGE, Map.of("id", group)));
            if (i >= 5) {
                page.add(ms);
            }
        }
        System.out.printf("%nBENCH groups (rounds=%d, load average at the end %s)%n%s", rounds, loadAverage(), out);
        System.out.print(report("page of 100 entities (random 10k)", page));
        System.out.println("  page times in order (ms): " + page);
    }

    /** Alternating rounds of 1k and 10k (one warm-up round of 1k not counted); returns the last 10k group. */
    private static String shape(GroupApi api, int rounds, String name, Map<String, Object> small, Map<String, Object> large,
                                StringBuilder out) {
        List<Long> import1k = new ArrayList<>();
        List<Long> import10k = new ArrayList<>();
        List<Long> run1k = new ArrayList<>();
        List<Long> run10k = new ArrayList<>();
        String lastLarge = null;
        String loadBefore = loadAverage();
        round(api, small, new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < rounds; i++) {
            round(api, small, import1k, run1k);
            lastLarge = round(api, large, import10k, run10k);
        }
        out.append(String.format("  shape %s (load average before %s)%n", name, loadBefore));
        out.append(report("importGroupStructure 1k ", import1k));
        out.append(report("importGroupStructure 10k", import10k));
        out.append(String.format("  import ratio 10k/1k p50: %.1f%n", (double) p(import10k, 50) / p(import1k, 50)));
        out.append(report("runGroupAssessment 1k   ", run1k));
        out.append(report("runGroupAssessment 10k  ", run10k));
        out.append(String.format("  run ratio 10k/1k p50: %.1f%n", (double) p(run10k, 50) / p(run1k, 50)));
        return lastLarge;
    }

    private static String round(GroupApi api, Map<String, Object> structure, List<Long> imports, List<Long> runs) {
        String group = api.createGroup("Bench");
        imports.add(time(() -> api.ok("importGroupStructure", "ImportGroupStructureInput",
                Map.of("groupId", group, "structure", structure, "periodEnd", "2025-12-31"), "createdEntities")));
        runs.add(time(() -> api.ok("runGroupAssessment", "RunGroupAssessmentInput",
                Map.of("groupId", group, "asOf", "2026-06-30"), "groupAssessment { inputHash entityCount }")));
        return group;
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static String report(String name, List<Long> ms) {
        return String.format("  %s p50 %6d ms  p95 %6d ms  (n=%d)%n", name, p(ms, 50), p(ms, 95), ms.size());
    }

    private static long p(List<Long> values, int percentile) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
