package eu.nis2assessor.domain.bench;

import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.group.GroupShapeStatistics;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.RandomGroups;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Whole-group assessment of random groups (the same structures as {@link GroupAssessmentBenchmark}), measured in
 * alternating rounds of 10,000 and 100,000 enterprises so that load from other processes falls on both sizes alike.
 * Besides wall-clock time it reports the CPU time of the whole process per assessment (the assessing thread, the
 * garbage collector and the JIT compiler together) and the time spent in GC pauses: on a machine shared with other
 * work the CPU time is the steadier figure. The answer of one assessment is let go before the next starts: kept, it
 * would be copied by the collector while the next one is built, a cost of the harness, not of the engine.
 *
 * <p>Two more readings explain the ratio of the two sizes. The bytes allocated per enterprise show whether the work
 * per enterprise is the same at both sizes (it is when the algorithm is linear). The latency of dependent reads at
 * random over blocks of growing size (a pointer chase) shows how much memory this machine keeps close to the
 * processor: the engine's random reads (partners' sums, keys quoted in texts, the members of a linked group) fall
 * inside that at 10,000 enterprises and outside it at 100,000. Run with {@code ./nis2 bench group-engine}; arguments:
 * rounds (default 10), assessments per size and round (default 3). Not a test.
 */
public final class GroupAssessmentHarness {

    private static volatile Object sink;

    private GroupAssessmentHarness() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] sizes = {10_000, 100_000};
        GroupStructure[] structures = new GroupStructure[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            structures[s] = RandomGroups.generate(42, sizes[s], 1.5, true);
        }
        for (GroupStructure structure : structures) {
            System.out.println("shape: " + GroupShapeStatistics.describe(structure));
        }
        GroupStructureAssessor assessor = new GroupStructureAssessor();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();

        System.out.printf("JVM %s, %s, heap max %d MB, GC %s%n", System.getProperty("java.vm.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20,
                gcs.stream().map(GarbageCollectorMXBean::getName).toList());
        // Warm-up: both sizes, until the compiler has settled.
        for (int w = 0; w < 3; w++) {
            for (GroupStructure structure : structures) {
                for (int k = 0; k < perRound; k++) {
                    sink = assessOnce(assessor, structure);
                }
            }
        }
        int samples = rounds * perRound;
        double[][] wall = new double[sizes.length][samples];
        double[][] cpu = new double[sizes.length][samples];
        double[][] thread = new double[sizes.length][samples];
        double[][] gcPause = new double[sizes.length][samples];
        double[] allocatedPerEnterprise = new double[sizes.length];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < sizes.length; s++) {
                for (int k = 0; k < perRound; k++) {
                    sink = null; // the previous answer is not kept alive while the next one is built
                    long gc0 = gcMillis(gcs);
                    long cpu0 = os.getProcessCpuTime();
                    long thread0 = threads.getCurrentThreadCpuTime();
                    long bytes0 = allocatedBytes(threads);
                    long t0 = System.nanoTime();
                    sink = assessOnce(assessor, structures[s]);
                    long t1 = System.nanoTime();
                    allocatedPerEnterprise[s] += (allocatedBytes(threads) - bytes0) / (double) sizes[s] / samples;
                    int i = r * perRound + k;
                    wall[s][i] = (t1 - t0) / 1e6;
                    thread[s][i] = (threads.getCurrentThreadCpuTime() - thread0) / 1e6;
                    cpu[s][i] = (os.getProcessCpuTime() - cpu0) / 1e6;
                    gcPause[s][i] = gcMillis(gcs) - gc0;
                }
            }
        }
        System.out.printf("%-12s %10s %10s %10s %12s %12s %10s%n", "enterprises", "wall min", "wall med", "wall mean",
                "process CPU", "thread CPU", "GC pauses");
        for (int s = 0; s < sizes.length; s++) {
            System.out.printf("%-12d %10.1f %10.1f %10.1f %12.1f %12.1f %10.1f   ms per assessment (%d samples)%n",
                    sizes[s], min(wall[s]), median(wall[s]), mean(wall[s]), mean(cpu[s]), mean(thread[s]),
                    mean(gcPause[s]), samples);
        }
        System.out.printf("ratio 100k/10k: wall min %.1f, wall median %.1f, process CPU %.1f, thread CPU median %.1f%n",
                min(wall[1]) / min(wall[0]), median(wall[1]) / median(wall[0]), mean(cpu[1]) / mean(cpu[0]),
                median(thread[1]) / median(thread[0]));
        System.out.printf("work per enterprise: %.0f and %.0f bytes allocated (ratio of the totals %.1f)%n",
                allocatedPerEnterprise[0], allocatedPerEnterprise[1],
                allocatedPerEnterprise[1] * sizes[1] / (allocatedPerEnterprise[0] * sizes[0]));
        sink = null;
        System.out.print("memory latency, dependent reads at random within a block:");
        for (int kilobytes : new int[] {256, 1024, 4096, 16384, 65536}) {
            System.out.printf(" %d KB %.0f ns%s", kilobytes, chaseNanos(kilobytes), kilobytes == 65536 ? "\n" : ",");
        }
    }

    private static long allocatedBytes(ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean t ? t.getCurrentThreadAllocatedBytes() : 0;
    }

    /** Nanoseconds per read when each read's address depends on the one before, in a random cycle over the block. */
    private static double chaseNanos(int kilobytes) {
        int lines = kilobytes * 1024 / 64;
        int[] next = new int[lines * 16]; // one entry per 64-byte line
        int[] order = new int[lines];
        for (int i = 0; i < lines; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = lines - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        for (int i = 0; i < lines; i++) {
            next[order[i] * 16] = order[(i + 1) % lines] * 16;
        }
        int p = 0;
        for (int i = 0; i < 2_000_000; i++) {
            p = next[p];
        }
        int reads = 10_000_000;
        long t0 = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            p = next[p];
        }
        long t1 = System.nanoTime();
        sink = p;
        return (t1 - t0) / (double) reads;
    }

    private static GroupStructureAssessment assessOnce(GroupStructureAssessor assessor, GroupStructure structure) {
        // validation is part of the measured work, as in the JMH benchmark
        return assessor.assess(new GroupStructure(structure.enterprises(), structure.holdings(), null));
    }

    private static long gcMillis(List<GarbageCollectorMXBean> gcs) {
        long sum = 0;
        for (GarbageCollectorMXBean gc : gcs) {
            // G1's "Concurrent GC" bean counts concurrent cycles, not pauses
            if (!gc.getName().contains("Concurrent")) {
                sum += Math.max(0, gc.getCollectionTime());
            }
        }
        return sum;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
