#!/usr/bin/env bash
# Episode pages and the guests API over HTTP against the executable jar, started as the run command starts it, on a
# synthetic catalogue (built once into target/bench-http-SIZE, then reused). Usage:
#   bench/http.sh --size=100000 --clients=1 --kinds=episode --requests=1000   # an episode page's time, one client
#   bench/http.sh --size=10000 --clients=1,8 --requests=5000                  # load: pages and guests, 8 at once
# Other options: --server-jvm="-XX:+UseParallelGC ..." (the server's JVM options), --data=DIR, --all-lists-up-to=N (default 10000), --set=property=value (passed to the server).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -q -DskipTests package
jar=$(ls target/podgraph-*.jar | grep -v original | head -1)
cp=$(./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -Xms128m -Xmx1g --enable-native-access=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$cp" dev.podgraph.web.HttpBenchmark --jar="$jar" "$@"
