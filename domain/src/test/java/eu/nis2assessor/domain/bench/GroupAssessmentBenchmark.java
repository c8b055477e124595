package eu.nis2assessor.domain.bench;

import eu.nis2assessor.domain.assessment.GroupStructureAssessment;
import eu.nis2assessor.domain.assessment.GroupStructureAssessor;
import eu.nis2assessor.domain.group.GroupStructure;
import eu.nis2assessor.domain.group.RandomGroups;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole-group assessment (every enterprise a target) of random valid groups with 1.5 holdings per
 * enterprise and some investors. Goals: under 1 s for 100 000 enterprises; time(100k) / time(10k) <= 12.
 * Structure validation is part of the measured work. The ratio is read off {@link GroupAssessmentHarness}
 * ({@code ./nis2 bench group-engine}), which measures both sizes in alternating rounds in one JVM and takes medians:
 * here each size runs in a fork of its own, at another time, and the averages include the collector's pauses, which
 * fall almost only on the large calls; on a shared virtual machine the drift between the two forks alone moves the
 * ratio of the averages by several units (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class GroupAssessmentBenchmark {

    @Param({"10000", "100000"})
    public int enterprises;

    private final GroupStructureAssessor assessor = new GroupStructureAssessor();
    private GroupStructure structure;

    @Setup
    public void setUp() {
        structure = RandomGroups.generate(42, enterprises, 1.5, true);
    }

    @Benchmark
    public GroupStructureAssessment assessWholeGroup() {
        GroupStructure validated = new GroupStructure(structure.enterprises(), structure.holdings(), null);
        return assessor.assess(validated);
    }
}
