#!/usr/bin/env bash
# Feed benchmark: parse throughput on the largest real fixture, reading a generated feed (50 MB unless given, in MB)
# as a stream and in memory, and ingesting it into a fresh embedded Neo4j within the run command's heap (-Xmx768m).
# Usage: bench/feeds.sh [megabytes] [seconds of parsing measured]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xms128m -Xmx768m ${JAVA_OPTS:-} --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$cp" dev.podgraph.ingest.FeedBenchmark "$@"
