#!/usr/bin/env bash
# Measures the run command: time until /actuator/health is UP and /api/episodes answers with the demo, the resident
# memory once it does, and that a restart keeps the data. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
runs="${1:-3}"
port=18080
data="$(mktemp -d)"
trap 'rm -rf "$data"; [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null || true' EXIT

./mvnw -B -q -DskipTests package
jar=$(ls target/podgraph-*.jar | grep -v original | head -1)

run_once() {
  local start end
  start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -XX:+UseParallelGC -Xms128m -Xmx768m --enable-native-access=ALL-UNNAMED -jar "$jar" \
    --server.port=$port --podgraph.embedded.data-dir="$data" --podgraph.embedded.bolt-port=0 \
    > "$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" | grep -q '"status":"UP"' \
      && curl -fs "http://localhost:$port/api/episodes" | grep -q '"totalItems":[1-9]'; do
    kill -0 "$pid" 2>/dev/null || { cat "$data/app.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  sleep 2
  local rss
  rss=$(ps -o rss= -p "$pid")
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 ))"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

echo "run  ready_ms  rss_mb  (first run: empty data folder, demo loaded; later runs: restart on the same data)"
for i in $(seq 1 "$runs"); do
  read -r ms mb < <(run_once)
  echo "$i    $ms     $mb"
done
