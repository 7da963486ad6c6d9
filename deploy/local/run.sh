#!/usr/bin/env bash
# The s3coop local stack in one command: PostgreSQL, Kafka, the three services and demo data.
#   deploy/local/run.sh           build what is missing, then start; Ctrl-C (SIGINT) or SIGTERM stops everything
#   deploy/local/run.sh --build   rebuild the services and the launcher first (after changing a service)
#   deploy/local/run.sh --reset   delete the local data (.s3coop-local: databases, Kafka log, keys) first
# Needs only a JDK 17+. Environment variables: see deploy/local/README.md.
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
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) args+=("$arg") ;;
  esac
done

for svc in region-service partnership-service challenge-service; do
  [[ -f "$ROOT/$svc/target/quarkus-app/quarkus-run.jar" ]] || build=true
done
if [[ -f "$CLASSPATH_FILE" && -d "$LAUNCHER_CLASSES/org/s3coop/local" ]]; then
  # A jar of the class path gone (e.g. after `mvn clean` of a module) means: build again.
  IFS=: read -r -a entries < "$CLASSPATH_FILE" || true  # no newline at the end: read says EOF
  for entry in "${entries[@]}"; do [[ -e "$entry" ]] || build=true; done
else
  build=true
fi

if $build; then
  # Only what the stack runs (the launcher and the three services, with what they need), packaged without tests.
  # -Dasyncapi.skip: the AsyncAPI validation of `contracts` needs Node.js; `./mvnw verify` (the tests) keeps it.
  echo "Building the services and the launcher (./mvnw -q package -DskipTests -Dasyncapi.skip -pl deploy/local -am) ..."
  (cd "$ROOT" && ./mvnw -q package -DskipTests -Dasyncapi.skip -pl deploy/local -am)
fi

JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# A shell without job control (a script, a CI job, a supervisor) starts a background command with SIGINT ignored,
# and a JVM cannot catch a signal that was ignored when it started: reset SIGINT to its default so that it stops
# the stack as Ctrl-C does. GNU env can (coreutils 8.31+); elsewhere SIGTERM does the same.
RESET_SIGINT=()
if env --default-signal=INT "$BASH" -c : >/dev/null 2>&1; then
  RESET_SIGINT=(env --default-signal=INT)
fi
# exec: the launcher replaces this shell, so signals reach the JVM (and its shutdown hook) directly.
exec ${RESET_SIGINT[@]+"${RESET_SIGINT[@]}"} "$JAVA" ${S3COOP_LAUNCHER_JAVA_OPTS:--Xmx768m} \
  --add-opens java.base/java.lang=ALL-UNNAMED \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Ds3coop.root="$ROOT" \
  -cp "$LAUNCHER_CLASSES:$(cat "$CLASSPATH_FILE")" \
  org.s3coop.local.LocalStack ${args[@]+"${args[@]}"}
