#!/usr/bin/env bash
# The s3coop benchmark in one command: packages the services, starts PostgreSQL, Kafka, the three services (prod
# profile) and the baseline server as processes, drives each scenario from a separate load-generator JVM and writes
# target/bench/report.md, chart.png and results.json.
#   bench/run.sh            full run (~15 min)
#   bench/run.sh --quick    short windows, to try the harness out (~8-10 min)
#   bench/run.sh --no-build use the jars already packaged
#   bench/run.sh --only=reads,writes,ab   only these scenarios (reads writes events fanout footprint scale startup ab flags)
# BENCH_JVM_OPTS: the services' JVM options (default: what a pod gets, -Xmx256m and the UBI image's collector flags).
# BENCH_BEFORE_ROOT: a checkout with its services packaged, measured next to these (scenario ab; docs/performance.md);
#   BENCH_AB_WRITES=false: its read rounds only; BENCH_AB_READS=false: its write rounds only.
# BENCH_SERVICES_ROOT: run the services packaged in that checkout instead of these (e.g. --only=events before and after).
# BENCH_FLAGS_B (and BENCH_FLAGS_A, BENCH_FLAGS_B_ENV): two JVM configurations side by side, RSS and NMT (scenario flags).
# BENCH_FANOUT_RECEIVER=frames: the fan-out's cheaper receivers (stop 28; default lines: a RecordParser per subscriber);
#   frames-after: the new receiver for the "after" half of a fan-out A/B, the old one for the "before" half.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    "") ;;
    *) args+=("$arg") ;;
  esac
done
if $build; then
  echo "Packaging the services and the harness (./mvnw -q -pl bench -am package -DskipTests -Dasyncapi.skip) ..."
  (cd "$ROOT" && ./mvnw -q -pl bench -am package -DskipTests -Dasyncapi.skip)
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx512m -Djava.awt.headless=true -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Ds3coop.root="$ROOT" \
  -cp "$HERE/target/classes:$(cat "$HERE/target/bench.classpath")" \
  org.s3coop.bench.BenchRun ${args[@]+"${args[@]}"}
