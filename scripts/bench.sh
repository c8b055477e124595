#!/usr/bin/env bash
# Benchmarks (not part of the test gate). Called by ./nis2 bench, which has selected a JDK >= 21.
#   ./nis2 bench            domain JMH benchmarks (assessProfile throughput, whole-group assessment)
#   ./nis2 bench domain     the same
#   ./nis2 bench group-engine  whole-group assessment, 10k and 100k enterprises in alternating rounds, wall and CPU
#                           time per assessment (GroupAssessmentHarness; BENCH_JAVA_OPTS adds JVM options)
#   ./nis2 bench http       assessProfile vs a trivial query over HTTP (scripts/bench-http.sh)
#   ./nis2 bench auth       { rulesVersion } with token authentication vs without (scripts/bench-auth.sh)
#   ./nis2 bench groups     stored groups: import and runGroupAssessment of 1k/10k entities, a page of 100 (HTTP)
#   extra arguments after the suite name go to JMH (e.g. ./nis2 bench domain AssessProfile -f 1)
set -euo pipefail
cd "$(dirname "$0")/.."
suite="${1:-domain}"; shift || true
case "$suite" in
  domain)
    ./mvnw -B -q -pl domain test-compile
    ./mvnw -B -q -pl domain dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
    cp="domain/target/test-classes:domain/target/classes:$(cat domain/target/bench.classpath)"
    exec "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main "${@:-eu.nis2assessor.domain.bench}"
    ;;
  group-engine)
    # whole-group assessment in alternating rounds of 10k and 100k enterprises, wall and CPU time per assessment.
    # A fixed 4 GB heap, touched once at start (AlwaysPreTouch): on this kind of virtual machine the first write to
    # each page of the heap is a costly fault, which otherwise lands in whichever assessment (or GC copying into a
    # fresh region) happens to touch it first; a long-running service has touched its heap long before.
    # BENCH_JAVA_OPTS=-XX:-AlwaysPreTouch measures without it.
    ./mvnw -B -q -pl domain test-compile
    cp="domain/target/test-classes:domain/target/classes"
    exec "$JAVA_HOME/bin/java" -Xms4g -Xmx4g -XX:+AlwaysPreTouch ${BENCH_JAVA_OPTS:-} -cp "$cp" eu.nis2assessor.domain.bench.GroupAssessmentHarness "$@"
    ;;
  http)
    exec scripts/bench-http.sh "$@"
    ;;
  auth)
    exec scripts/bench-auth.sh "$@"
    ;;
  groups)
    # stored groups over HTTP on the test PostgreSQL (import, runGroupAssessment, a page of 100 entities);
    # BENCH_ROUNDS rounds of 1k and 10k alternating (default 5)
    BENCH_ROUNDS="${BENCH_ROUNDS:-5}" ./mvnw -B -q -pl bootstrap -am verify -Dtest=GroupsBenchmark \
      -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E '^BENCH|^  (shape|import|run|page)|ERROR|FAIL'
    ;;
  *)
    echo "unknown benchmark suite '$suite' (domain, group-engine, http, groups, auth)" >&2
    exit 2
    ;;
esac
