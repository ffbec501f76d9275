#!/usr/bin/env bash
# Ingest benchmark: synthetic show-notes pages into a fresh embedded Neo4j at each size, through the batched write
# path and through Spring Data saveAll. Usage:
#   bench/ingest.sh                                   # 1k, 10k and 100k; saveAll at 1k and 10k
#   bench/ingest.sh --sizes=1000 --save-all-sizes=1000
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# The heap of the run command (pom.xml), so that the figures hold for it. The parallel collector suits a batch job on
# two cores (measured: about 15% faster than G1 here); JAVA_OPTS=-XX:+UseG1GC measures the server's default instead.
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC ${JAVA_OPTS:-} -Xms128m -Xmx768m --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$cp" dev.podgraph.ingest.IngestBenchmark "$@"
