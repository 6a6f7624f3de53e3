#!/usr/bin/env bash
# Issue 16: "sending does not slow intake". The counter's intake benchmark (intake.sh: 16 connections, complete
# multipart forms, every intake with a mobile number, so every dossier gets its receipt message) run twice in one go
# on the same jar: first with no channel configured (the message is recorded with the dossier, nothing is sent), then
# with the SMS channel on, the simulated gateway running (java -jar motcua.jar simulators), so that every receipt is
# handed to the gateway while the load runs. The simulator stands for a gateway on another machine: it runs with the
# lowest CPU priority (nice 19), so that it takes only what the two cores have left. Sending yields to the counter
# (a small batch each half second while the counter is busy): afterwards the script says how many messages the
# gateway had when the load stopped, and how long it took to have one for every dossier.
# Usage: [WARMUP=120] src/test/bench/intake-notifications.sh [connections] [seconds]
set -euo pipefail
HERE=$(dirname "$0")
ROOT=$(cd "$HERE/../../.." && pwd)
SMS_PORT=${SMS_PORT:-18282}
echo "== sending off (no channel configured)"
"$HERE/intake.sh" "${1:-16}" "${2:-30}"
nice -n 19 java -jar "${MOTCUA_JAR:-$ROOT/target/motcua.jar}" simulators --sms-port="$SMS_PORT" --dvcqg-port=18281 \
  --zns-port=18283 --tsa-port=18284 --sms-receipts-to=http://localhost:1/none > /tmp/motcua-bench-simulators.log 2>&1 &
SIMULATORS=$!
trap 'kill $SIMULATORS 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$SMS_PORT/simulator/messages" && break; sleep 1; done
handed() { curl -fs "http://localhost:$SMS_PORT/simulator/messages" | grep -o '"reference"' | wc -l; }
# run by intake.sh once the load stops, while MotCua still runs
after_measure() {
  local at_end dossiers start
  at_end=$(handed); dossiers=$(received_today); start=$(date +%s)
  echo "messages at the gateway when the load stopped: $at_end of $dossiers dossiers"
  for _ in $(seq 1 600); do [ "$(handed)" -ge "$dossiers" ] && break; sleep 1; done
  echo "a message for every dossier at the gateway $(( $(date +%s) - start )) s after the load stopped ($(handed) messages)"
}
export -f after_measure handed
export SMS_PORT
echo "== sending on (SMS to the simulated gateway)"
MOTCUA_SMS_URL="http://localhost:$SMS_PORT/sms" MOTCUA_SMS_KEY=sms-mo-phong "$HERE/intake.sh" "${1:-16}" "${2:-30}"
