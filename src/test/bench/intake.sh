#!/usr/bin/env bash
# Counter intake under load (issue 5): 16 concurrent connections (wrk, closed loop, no think time) of one receiving
# officer's session post complete intake forms to POST /counter/intake, as the browser does: multipart, every
# document of procedure 1.004873 ticked with its own 20 KB scan (all different), a fresh submission token, "accept".
# Each accepted dossier answers 302 to its page (not followed); forms (PDF) are rendered on demand, not here.
# WARMUP seconds of load first (default 120: on 2 cores the JIT compiler works for about two minutes of this load before the
# server runs at its steady speed), then the measured seconds; the accepted dossiers are counted afterwards (the period
# report's "received" for today) and must match the answers.
# Usage: [WARMUP=120] src/test/bench/intake.sh [connections] [seconds] [procedure]
source "$(dirname "$0")/lib.sh"
CONNECTIONS=${1:-16}
SECONDS_MEASURED=${2:-30}
PROCEDURE=${3:-1.004873}
start_motcua ${MOTCUA_ARGS:-}
# the receiving officer, created by the administrator (the Java client does it: IntakeLoadTest with 0 dossiers)
java -cp "$ROOT/target/test-classes" vn.motcua.dossier.benchmark.IntakeLoadTest "$BASE" 1 1 30 "$ADMIN_PASSWORD" "$PROCEDURE" | tail -1
JAR=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "username=loadtest.counter" \
  --data-urlencode "password=loadtest-password-1" "$BASE/login"
form=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/counter/new?procedure=$PROCEDURE")
export CSRF=$(echo "$form" | csrf)
export POSITIONS=$(echo "$form" | grep -o 'name="documents\[[0-9]*\]\.position" value="[0-9]*"' | sed 's/.*value="//; s/"$//' | paste -sd,)
export COOKIE=$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$JAR")
export PROCEDURE
[ -n "$POSITIONS" ] && [ -n "$COOKIE" ] || { echo "could not sign in or read the intake form" >&2; exit 1; }
measure_intakes "$(dirname "$0")/intake.lua"
if declare -F after_measure >/dev/null; then after_measure; fi
rm -f "$JAR"
