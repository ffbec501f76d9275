#!/usr/bin/env bash
# Related episodes and recommendations benchmark: synthetic show-notes pages into a fresh embedded Neo4j at each
# size, every episode embedded; p50 and p99 latency of related episodes and of recommendations. Usage:
#   bench/recommend.sh                                # 1k, 10k and 100k episodes, 1000 queries each
#   bench/recommend.sh --sizes=1000 --queries=200
# Above --all-lists-up-to (default 10000) episodes, only the lists of the episodes asked for are computed.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# The heap and collector of the run command (pom.xml), so that the latencies hold for the server.
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC ${JAVA_OPTS:-} -Xms128m -Xmx768m --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$cp" dev.podgraph.recommend.RecommendBenchmark "$@"
