#!/usr/bin/env bash
# API intake under load (issue 14), measured as the counter's intake is (intake.sh): 16 concurrent connections (wrk,
# closed loop, no think time) of one receiving service account post complete intakes to POST /api/v1/dossiers as JSON,
# every paper of procedure 1.004873 with its own 20 KB scan (base64, all different) and a fresh submission token.
# Each accepted dossier answers 201 with its code and due date. The account signs in with HTTP Basic on every call (the
# API is stateless): its password hash is checked each time, which the counter's session does once; that cost is
# part of what this measures. WARMUP seconds of load first (default 120), then the measured seconds; the accepted
# dossiers are counted afterwards (the period report's "received" for today) and must match the answers.
# Usage: [WARMUP=120] src/test/bench/api-intake.sh [connections] [seconds] [procedure]
source "$(dirname "$0")/lib.sh"
CONNECTIONS=${1:-16}
SECONDS_MEASURED=${2:-30}
PROCEDURE=${3:-1.004873}
start_motcua ${MOTCUA_ARGS:-}
# the receiving officer (the service account), created by the administrator (IntakeLoadTest with 0 dossiers)
java -cp "$ROOT/target/test-classes" vn.motcua.dossier.benchmark.IntakeLoadTest "$BASE" 1 1 30 "$ADMIN_PASSWORD" "$PROCEDURE" | tail -1
# the procedure's papers by position, read from the counter's form as intake.sh does
JAR=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "username=loadtest.counter" \
  --data-urlencode "password=loadtest-password-1" "$BASE/login"
export POSITIONS=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/counter/new?procedure=$PROCEDURE" \
  | grep -o 'name="documents\[[0-9]*\]\.position" value="[0-9]*"' | sed 's/.*value="//; s/"$//' | paste -sd,)
rm -f "$JAR"
export AUTH=$(printf '%s' "loadtest.counter:loadtest-password-1" | base64 -w0)
export PROCEDURE
[ -n "$POSITIONS" ] || { echo "could not sign in or read the intake form" >&2; exit 1; }
measure_intakes "$(dirname "$0")/api-intake.lua"
