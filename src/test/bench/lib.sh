# Shared by the HTTP load benchmarks: build the jar if missing, install wrk if missing, start MotCua on a throw-away
# data folder (embedded PostgreSQL), wait until it answers, stop it on exit. Source it from a benchmark script.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
PORT=${PORT:-18090}
BASE=http://127.0.0.1:$PORT
ADMIN_PASSWORD=bench-admin-password-1
DATA=$(mktemp -d /tmp/motcua-bench.XXXXXX)

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y wrk >/dev/null || (apt-get update >/dev/null && apt-get install -y wrk >/dev/null)
  else sudo apt-get install -y wrk >/dev/null; fi
fi
if [ ! -f "$ROOT/target/motcua.jar" ] || [ ! -d "$ROOT/target/test-classes/vn" ]; then
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dexec.skip)
  (cd "$ROOT" && ./mvnw -B -q test-compile -Dexec.skip)
fi

stop_motcua() {
  if [ -n "${MOTCUA_PID:-}" ]; then kill "$MOTCUA_PID" 2>/dev/null || true; wait "$MOTCUA_PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap stop_motcua EXIT

# start_motcua [extra arguments]: with the README's JVM flags (or JVM_FLAGS), the look-up limits lifted (the load comes from one address).
start_motcua() {
  MOTCUA_DATA_DIR=$DATA MOTCUA_ADMIN_PASSWORD=$ADMIN_PASSWORD MOTCUA_COMMUNES=14908 \
    java ${JVM_FLAGS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:ReservedCodeCacheSize=64m -Xss512k} -jar "${MOTCUA_JAR:-$ROOT/target/motcua.jar}" --server.port="$PORT" \
    --server.address=127.0.0.1 --logging.level.root=warn --motcua.portal.lookups-per-minute=100000000 --motcua.portal.lookups-per-day=100000000 "$@" \
    > "$DATA.log" 2>&1 &
  MOTCUA_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "$BASE/actuator/health"; then return 0; fi
    sleep 1
  done
  echo "MotCua did not start; see $DATA.log" >&2
  exit 1
}

# cpu_of PID: user+system CPU seconds of a process so far (Linux).
cpu_of() { awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14+$15)/t}' "/proc/$1/stat"; }

# received_today: dossiers the period report counts as received today in the benchmarks' commune (14908).
received_today() {
  curl -fs -u "admin:$ADMIN_PASSWORD" "$BASE/api/v1/reports/dossiers?from=$(TZ=Asia/Ho_Chi_Minh date +%F)&to=$(TZ=Asia/Ho_Chi_Minh date +%F)&agency=14908" \
    | grep -o '"received":{"total":[0-9]*' | grep -o '[0-9]*$'
}

# measure_intakes LUA: WARMUP seconds of load (default 120), then SECONDS_MEASURED seconds measured with CONNECTIONS
# connections; prints the rate, the server's CPU and the dossiers accepted, which must match the answers.
measure_intakes() {
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-120}s" -s "$1" "$BASE" > /dev/null
  local before_count before measured after_count answered
  before_count=$(received_today)
  before=$(cpu_of "$MOTCUA_PID")
  measured=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" -s "$1" "$BASE")
  after_count=$(received_today)
  echo "$measured" | grep -E "Requests/sec|requests |Non-2xx"
  echo "server CPU during the measured run: $(echo "$(cpu_of "$MOTCUA_PID") - $before" | bc) s"
  echo "dossiers accepted during the measured run: $((after_count - before_count)) ($(echo "scale=1; ($after_count - $before_count) / $SECONDS_MEASURED" | bc)/s)"
  answered=$(echo "$measured" | grep -o '^requests [0-9]*' | grep -o '[0-9]*$')
  if [ $((answered - (after_count - before_count))) -gt "$CONNECTIONS" ]; then
    echo "WARNING: $answered answers but fewer new dossiers: some posts were not intakes (repeated tokens, refusals)" >&2
  fi
}
