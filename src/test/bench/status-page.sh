#!/usr/bin/env bash
# The public status page under load (issue 7): 50 concurrent connections with no think time (wrk, closed loop), each
# request a random code among 1,000 dossiers received through the counter's real intake over HTTP, gzip accepted.
# 30 s of warm-up (JIT), then 30 s measured. Usage: src/test/bench/status-page.sh [connections] [seconds]
# (MOTCUA_ARGS="--motcua.portal.status-cache.size=0" measures every look-up rendered afresh.)
source "$(dirname "$0")/lib.sh"
CONNECTIONS=${1:-50}
SECONDS_MEASURED=${2:-30}
start_motcua ${MOTCUA_ARGS:-}
java -cp "$ROOT/target/test-classes" vn.motcua.dossier.benchmark.IntakeLoadTest "$BASE" 8 1000 120 "$ADMIN_PASSWORD" | tail -1
export PREFIX="14908-$(TZ=Asia/Ho_Chi_Minh date +%y%m%d)-" CODES=1000
SCRIPT="$(dirname "$0")/status-page.lua"
curl -fs -o /dev/null "$BASE/public/ho-so/${PREFIX}0001" || { echo "no dossier ${PREFIX}0001" >&2; exit 1; }
wrk -t2 -c"$CONNECTIONS" -d30s -s "$SCRIPT" "$BASE" > /dev/null
before=$(cpu_of "$MOTCUA_PID")
wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" --latency -s "$SCRIPT" "$BASE" | grep -E "Requests/sec|requests "
echo "server CPU during the measured run: $(echo "$(cpu_of "$MOTCUA_PID") - $before" | bc) s"
