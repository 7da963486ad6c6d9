#!/usr/bin/env bash
# Prints the CloudEvents of a topic of the running local stack (key, ce_* headers, JSON data).
#   deploy/local/tail-events.sh s3coop.regions.v1
#   deploy/local/tail-events.sh s3coop.partnerships.v1 --subject <partnership id>
#   deploy/local/tail-events.sh s3coop.challenges.v1 --follow        (Ctrl-C to stop)
# Kafka address: S3COOP_KAFKA_BOOTSTRAP, or localhost:${S3COOP_KAFKA_PORT:-9092}.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ ! -f "$HERE/target/launcher.classpath" || ! -f "$HERE/target/classes/org/s3coop/local/EventTail.class" ]]; then
  (cd "$HERE/../.." && ./mvnw -q package -DskipTests -Dasyncapi.skip -pl deploy/local -am)
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$HERE/target/classes:$(cat "$HERE/target/launcher.classpath")" org.s3coop.local.EventTail "$@"
