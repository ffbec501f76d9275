#!/usr/bin/env bash
# Guests-by-topic benchmark: synthetic show-notes pages into a fresh embedded Neo4j at each size; ingest and embedding
# throughput, then p50 and p99 latency of "which guests talked about X?" for each method. Usage:
#   bench/guests.sh                                   # 1k, 10k and 100k episodes, 500 queries per method
#   bench/guests.sh --sizes=1000 --queries=200
#   bench/guests.sh --data=target/bench-http-100000 --queries=1000   # only the questions, on a catalogue built by bench/http.sh
#   bench/guests.sh --data=target/bench-http-100000 --compare        # in-process side by side, one after another, and Bolt
#   bench/guests.sh --sizes=100000 --keep=target/bench-guests-100000   # build a catalogue once and keep it for --data=
#   bench/guests.sh --sizes=10000 --set=podgraph.embedded.vector-merge-factor=50   # any application setting
#   bench/guests.sh --data=target/bench-http-100000 --per-question   # each wording on its own, to tell slow wordings apart
#   bench/guests.sh --sizes=1000 --settle=0          # time without the JIT warm-up (by default, up to 60 rounds until it settles)
#   bench/guests.sh --data=target/bench-guests-100000 --depth=25,25,15,15,10,5 --depth=15,15,10,10,5,3   # other depths of the searches (GuestFinder.Depth), taking turns with the default
#   bench/guests.sh --evaluate --sizes=10000 --depth=25,25,15,15,10,2   # the evaluation set among synthetic episodes, by depth
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q test-compile
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
# The heap and collector of the run command (pom.xml), so that the latencies hold for the server.
exec "$JAVA_HOME/bin/java" -XX:+UseParallelGC ${JAVA_OPTS:-} -Xms128m -Xmx768m --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$cp" dev.podgraph.topics.GuestBenchmark "$@"
