#!/usr/bin/env bash
# The s3coop local stack in one command: PostgreSQL, Kafka, the three services and demo data.
#   deploy/local/run.sh           build what is missing, then start; Ctrl-C stops everything
#   deploy/local/run.sh --build   rebuild everything first (after changing a service)
# Environment variables: see deploy/local/README.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CLASSPATH_FILE="$HERE/target/launcher.classpath"
LAUNCHER_CLASSES="$HERE/target/classes"

build=false
args=()
for arg in "$@"; do
  case "$arg" in
    --build) build=true ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

for svc in region-service partnership-service challenge-service; do
  [[ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ]] || build=true
done
[[ -f "$CLASSPATH_FILE" && -d "$LAUNCHER_CLASSES/org/s3coop/local" ]] || build=true

if $build; then
  echo "Building (./mvnw -q install -DskipTests) ..."
  (cd "$ROOT" && ./mvnw -q install -DskipTests)
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# exec: the launcher replaces this shell, so Ctrl-C and kill reach the JVM (and its shutdown hook) directly.
exec "$JAVA" ${S3COOP_LAUNCHER_JAVA_OPTS:--Xmx768m} \
  --add-opens java.base/java.lang=ALL-UNNAMED \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Ds3coop.root="$ROOT" \
  -cp "$LAUNCHER_CLASSES:$(cat "$CLASSPATH_FILE")" \
  org.s3coop.local.LocalStack ${args[@]+"${args[@]}"}
