#!/usr/bin/env bash
# The national link's fault test (issue 15): DOSSIERS dossiers (default 2,000) go through their whole life over the
# dossier API (six steps each) while the national portal simulator is down for a stretch, then answers 429 for
# another, and MotCua is killed with kill -9 twice and started again on the same data. At the end the simulator must
# hold, for every dossier, every national state in order (1, 2, 4, 4, 9, 10), each exactly once — nothing lost,
# nothing acknowledged sent twice. Usage: [DOSSIERS=2000] [THREADS=8] src/test/bench/national-link-faults.sh
source "$(dirname "$0")/lib.sh"
DOSSIERS=${DOSSIERS:-2000}
THREADS=${THREADS:-8}
SIM_PORT=${SIM_PORT:-18191}
SIM=http://127.0.0.1:$SIM_PORT
CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java -jar "$ROOT/target/motcua.jar" simulators --dvcqg-port=$SIM_PORT --sms-port=0 --zns-port=0 --tsa-port=0 > "$DATA.sim.log" 2>&1 &
SIM_PID=$!
trap 'kill $SIM_PID 2>/dev/null || true; stop_motcua' EXIT
for _ in $(seq 1 30); do curl -fs -o /dev/null "$SIM/" && break; sleep 1; done
export MOTCUA_DVCQG_URL=$SIM MOTCUA_DVCQG_USERNAME=motcua-sim MOTCUA_DVCQG_PASSWORD=mo-phong-mat-khau MOTCUA_DVCQG_DSTCODE=MOTCUA-SIM
start_motcua
fault() { curl -fs -o /dev/null -X "$1" "$SIM/simulator/faults" ${2:+-d "$2"}; }
restart() {
  echo "$(date +%T) kill -9 MotCua"; kill -9 "$MOTCUA_PID"; wait "$MOTCUA_PID" 2>/dev/null || true
  pkill -9 -f "$DATA/postgres" 2>/dev/null || true
  start_motcua; echo "$(date +%T) MotCua started again"
}
java -cp "$CP" vn.motcua.nationallink.NationalLinkFaultRun "$BASE" "$ADMIN_PASSWORD" "$DOSSIERS" "$THREADS" &
RUN_PID=$!
sleep 20; echo "$(date +%T) portal down";        fault POST '{"kind": "DOWN", "calls": 100000000}'
sleep 20; echo "$(date +%T) portal back";        fault DELETE
sleep 10; restart
sleep 15; echo "$(date +%T) portal answers 429"; fault POST '{"kind": "RATE_LIMITED", "retryAfterSeconds": 2, "calls": 20}'
sleep 15; restart
wait $RUN_PID
echo "$(date +%T) every dossier returned; waiting for the link to deliver everything"
for _ in $(seq 1 300); do
  if java -cp "$CP" vn.motcua.nationallink.NationalLinkFaultRun check "$SIM" "$DOSSIERS" > "$DATA.check" 2>&1; then break; fi
  sleep 2
done
cat "$DATA.check"
java -cp "$CP" vn.motcua.nationallink.NationalLinkFaultRun check "$SIM" "$DOSSIERS"
