#!/usr/bin/env bash
# The web load harness: a PostgreSQL register of synthetic people, dsr-web started against it, and
# signed-in users driving the worklist, a person's page and a static asset. See README.md.
#
# Needs: DSR_PG_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres), and both jars built:
#   mvn -B -q -pl dsr-benchmarks,dsr-web -am -DskipTests package
# Settings (environment, defaults for the full run):
#   PEOPLE=100000 USERS=50 WARMUP=30 MEASURE=60 THINK_MS=0 PORT=8089 SCHEMA=dsr_load SKIP_LOAD=0
# THINK_MS is the mean pause of a user after each round (worklist, person, style sheet).
set -euo pipefail

: "${DSR_PG_URL:?set DSR_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
PEOPLE="${PEOPLE:-100000}"
USERS="${USERS:-50}"
WARMUP="${WARMUP:-30}"
MEASURE="${MEASURE:-60}"
THINK_MS="${THINK_MS:-0}"
PORT="${PORT:-8089}"
SCHEMA="${SCHEMA:-dsr_load}"
SKIP_LOAD="${SKIP_LOAD:-0}"

cd "$(dirname "$0")/.."
BENCH=dsr-benchmarks/target/benchmarks.jar
WEB=dsr-web/target/dsr-web.jar
[ -f "$BENCH" ] || { echo "build first: $BENCH is missing" >&2; exit 2; }
[ -f "$WEB" ] || { echo "build first: $WEB is missing" >&2; exit 2; }
OUT=dsr-benchmarks/target/web-load
mkdir -p "$OUT"

if [ "$SKIP_LOAD" != 1 ]; then
  echo "Loading $PEOPLE people into schema $SCHEMA ..."
  java -Xmx2g -cp "$BENCH" org.opendsr.benchmarks.web.LoadRegister "$PEOPLE" "$SCHEMA"
fi

case "$DSR_PG_URL" in
  *\?*) WEB_URL="$DSR_PG_URL&currentSchema=$SCHEMA" ;;
  *) WEB_URL="$DSR_PG_URL?currentSchema=$SCHEMA" ;;
esac

echo "Starting dsr-web on 127.0.0.1:$PORT ..."
java -Xmx1g -jar "$WEB" \
  --spring.datasource.url="$WEB_URL" \
  --opendsr.web.demo=false \
  --server.address=127.0.0.1 \
  --server.port="$PORT" \
  > "$OUT/web.log" 2>&1 &
WEB_PID=$!
trap 'kill "$WEB_PID" 2>/dev/null || true; wait "$WEB_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "http://127.0.0.1:$PORT/sign-in"; then break; fi
  kill -0 "$WEB_PID" 2>/dev/null || { echo "dsr-web stopped; see $OUT/web.log" >&2; exit 1; }
  sleep 1
done

echo "Driving $USERS users: $WARMUP s warm-up, $MEASURE s measured ..."
BEFORE=$(uptime)
java -Xmx512m -cp "$BENCH" org.opendsr.benchmarks.web.WebLoadHarness \
  "http://127.0.0.1:$PORT" "$USERS" "$WARMUP" "$MEASURE" "$OUT/report.md" "$THINK_MS"
AFTER=$(uptime)
{
  echo
  echo "People: $PEOPLE (schema $SCHEMA). JDK: $(java -version 2>&1 | head -1)"
  echo "uptime before: $BEFORE"
  echo "uptime after:  $AFTER"
} >> "$OUT/report.md"
cat "$OUT/report.md"
