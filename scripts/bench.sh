#!/usr/bin/env bash
# ./nis2 bench [JMH options]: runs the JMH benchmarks kept in domain's test sources (package *.bench,
# excluded from the test gate). Sourced JDK from ./nis2. Example: ./nis2 bench -f 1 -wi 2 -i 3 SizeClass
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="domain/target/bench.classpath"
./mvnw -B -q -pl domain -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$cp_file"
if [ ! -f domain/target/test-classes/META-INF/BenchmarkList ]; then
  echo "nis2 bench: no JMH benchmarks yet (add @Benchmark classes under domain/src/test/java/**/bench/)" >&2
  exit 1
fi
exec "$JAVA_HOME/bin/java" -cp "domain/target/test-classes:domain/target/classes:$(cat "$cp_file")" \
  org.openjdk.jmh.Main "$@"
