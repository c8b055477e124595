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
 * would be copied by the collector while the next one is built, a cost of the harness, not of the engine. Run with {@code ./nis2 bench group-engine}; arguments: rounds (default 10),
 * assessments per size and round (default 3). Not a test.
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
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < sizes.length; s++) {
                for (int k = 0; k < perRound; k++) {
                    sink = null; // the previous answer is not kept alive while the next one is built
                    long gc0 = gcMillis(gcs);
                    long cpu0 = os.getProcessCpuTime();
                    long thread0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    sink = assessOnce(assessor, structures[s]);
                    long t1 = System.nanoTime();
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
