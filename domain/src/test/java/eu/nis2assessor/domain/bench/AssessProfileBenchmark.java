package eu.nis2assessor.domain.bench;

import eu.nis2assessor.domain.assessment.Assessment;
import eu.nis2assessor.domain.assessment.EntityProfile;
import eu.nis2assessor.domain.assessment.ProfileAssessor;
import eu.nis2assessor.domain.scope.Activity;
import eu.nis2assessor.domain.scope.EntityType;
import eu.nis2assessor.domain.scope.Identification;
import eu.nis2assessor.domain.scope.IdentificationGround;
import eu.nis2assessor.domain.size.SizeFigures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * assessProfile in the domain, reasoning included, on one thread: a mix of realistic profiles
 * (medium cloud provider with two periods, large hospital with a fine base, small telecom provider,
 * qualified trust service provider identified by the Member State). Goal: at least 1 000 000 assessments/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
public class AssessProfileBenchmark {

    private final ProfileAssessor assessor = new ProfileAssessor();
    private EntityProfile[] profiles;
    private int next;

    @Setup
    public void setUp() {
        profiles = new EntityProfile[] {
                new EntityProfile("Nimbus", List.of(Activity.of(EntityType.CLOUD_COMPUTING_SERVICE_PROVIDER)),
                        SizeFigures.of("180", "62000000", "38000000"), SizeFigures.of("170", "55000000", "35000000"),
                        null, true, List.of(), Set.of()),
                new EntityProfile("Hospital", List.of(Activity.of(EntityType.HEALTHCARE_PROVIDER)),
                        SizeFigures.of("2400", "310000000", "280000000"), null, new BigDecimal("3000000000"), true,
                        List.of(), Set.of()),
                new EntityProfile("Telco", List.of(Activity.of(EntityType.PUBLIC_ELECTRONIC_COMMUNICATIONS_SERVICE_PROVIDER),
                        Activity.of(EntityType.DATA_CENTRE_SERVICE_PROVIDER)),
                        SizeFigures.of("12", "1500000", null), null, null, true, List.of(), Set.of()),
                new EntityProfile("QTSP", List.of(new Activity(EntityType.TRUST_SERVICE_PROVIDER, true, false)),
                        SizeFigures.of("8", "900000", "700000"), null, null, true,
                        List.of(new Identification(IdentificationGround.SYSTEMIC_RISK, null)), Set.of()),
        };
    }

    @Benchmark
    public Assessment assessProfile() {
        EntityProfile profile = profiles[next++ & 3];
        return assessor.assess(profile);
    }
}
