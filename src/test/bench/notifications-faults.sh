#!/usr/bin/env bash
# The citizens' messages' fault test (issue 16, "a restart or kill -9 during sending neither loses nor duplicates a
# message already accepted by a gateway"). The packaged jar runs on a throw-away data folder (embedded PostgreSQL on a
# fixed port, read with psql) with the SMS channel pointed at the simulated gateway (java -jar motcua.jar simulators,
# receipts posted back to MotCua and posted again, every 5 s, while MotCua does not take them). Twice: the gateway is
# taken down, receiving officers post complete intakes over the API for INTAKE_SECONDS (each dossier's receipt message
# queues up), the gateway comes back, and while MotCua hands the backlog over it is killed with kill -9 (its embedded
# PostgreSQL with it, as in a power cut), then started again on the same data. At the end, once no message waits to
# be handed over or for its receipt, the database and the gateway's list (/simulator/messages) must agree: every
# dossier has exactly one message, every message reached the gateway exactly once (one gateway message per reference,
# its id the one MotCua recorded, its text naming the dossier), none is missing; "handed twice" counts the messages a
# killed MotCua had handed over without recording the answer, which the gateway recognised by their reference.
# Usage: [INTAKE_SECONDS=60] [CONNECTIONS=8] [KILL_AFTER=3] [SLOW_GATEWAY=seconds] src/test/bench/notifications-faults.sh
# (SLOW_GATEWAY: the gateway, once back, answers each message that many seconds after taking it, so that the kills
# land while batches are in flight whatever the machine's speed)
# (MOTCUA_JAR runs a copy of the jar, e.g. while a build rewrites target/)
source "$(dirname "$0")/lib.sh"
INTAKE_SECONDS=${INTAKE_SECONDS:-60}
CONNECTIONS=${CONNECTIONS:-8}
KILL_AFTER=${KILL_AFTER:-3}
SMS_PORT=${SMS_PORT:-18292}
PG_PORT=${PG_PORT:-18293}
SMS=http://127.0.0.1:$SMS_PORT
PROCEDURE=1.004873
java -jar "${MOTCUA_JAR:-$ROOT/target/motcua.jar}" simulators --sms-port=$SMS_PORT --dvcqg-port=0 --zns-port=0 \
  --tsa-port=0 --remote-signing-port=0 --sms-receipts-to="$BASE/api/v1/notifications/receipts" \
  --sms-receipt-tries=120 > "$DATA.sim.log" 2>&1 &
SIM_PID=$!
trap 'kill $SIM_PID 2>/dev/null || true; stop_motcua' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "$SMS/simulator/messages" && break; sleep 1; done
# the SMS channel on the simulator; a gateway that cannot be reached is tried again after 1 s, 2 s, at most 4 s; a
# batch handed over by a killed MotCua is taken again after 30 s (the real defaults: 30 s, 30 min, 2 min)
export MOTCUA_SMS_URL=$SMS/sms MOTCUA_SMS_KEY=sms-mo-phong MOTCUA_NOTIFICATIONS_FIRST_PAUSE=1s \
  MOTCUA_NOTIFICATIONS_LONGEST_PAUSE=4s MOTCUA_NOTIFICATIONS_CLAIM_FOR=30s
sql() { PGPASSWORD=$(cat "$DATA/postgres-password") psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qAtX -F $'\t' -c "$1"; }
gateway() { curl -fs -o /dev/null -X "$1" "$SMS/simulator/faults" ${2:+-H 'Content-Type: application/json' -d "$2"}; }
at_gateway() { curl -fs "$SMS/simulator/messages" | jq '.messages | length'; }
kill_motcua() {
  local postmaster
  postmaster=$(head -1 "$DATA/postgres/postmaster.pid")
  kill -9 "$MOTCUA_PID" "$postmaster"; wait "$MOTCUA_PID" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 "$postmaster" 2>/dev/null || break; sleep 0.2; done
  echo "$(date +%T) kill -9 MotCua (pid $MOTCUA_PID) and its PostgreSQL (pid $postmaster); the gateway holds $(at_gateway)"
}
start() {
  start_motcua --motcua.embedded-db.port="$PG_PORT"
  echo "$(date +%T) MotCua started; messages not yet accepted by the gateway: $(not_accepted)"
}
not_accepted() { sql "select count(*) from notification where status = 'CREATED' or status = 'SENDING' and gateway_id is null"; }
down() { gateway POST '{"kind": "DOWN", "calls": 100000000}'; }
# backlog: intakes over the API for INTAKE_SECONDS while the gateway is down, then the gateway back
backlog() {
  AUTH=$AUTH POSITIONS=$POSITIONS PROCEDURE=$PROCEDURE \
    wrk -t2 -c"$CONNECTIONS" -d"${INTAKE_SECONDS}s" -s "$(dirname "$0")/api-intake.lua" "$BASE" | grep -E "requests in|Non-2xx" || true
  echo "$(date +%T) messages: $(sql "select count(*) from notification") in MotCua, $(not_accepted) not yet accepted by the gateway, $(at_gateway) at the gateway"
  gateway DELETE
  if [ -n "${SLOW_GATEWAY:-}" ]; then
    # back, but answering each message SLOW_GATEWAY seconds after taking it: a kill lands while batches are in flight
    gateway POST "{\"kind\": \"TIMEOUT\", \"calls\": 100000000, \"delaySeconds\": $SLOW_GATEWAY}"
    echo "$(date +%T) gateway back, answering after ${SLOW_GATEWAY} s"
  else
    echo "$(date +%T) gateway back"
  fi
}

down
start
# the receiving service account (IntakeLoadTest with 0 dossiers) and the procedure's papers, as api-intake.sh does
java -cp "$ROOT/target/test-classes" vn.motcua.dossier.benchmark.IntakeLoadTest "$BASE" 1 1 30 "$ADMIN_PASSWORD" "$PROCEDURE" | tail -1
JAR=$(mktemp)
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "username=loadtest.counter" \
  --data-urlencode "password=loadtest-password-1" "$BASE/login"
POSITIONS=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/counter/new?procedure=$PROCEDURE" \
  | grep -o 'name="documents\[[0-9]*\]\.position" value="[0-9]*"' | sed 's/.*value="//; s/"$//' | paste -sd,)
rm -f "$JAR"
AUTH=$(printf '%s' "loadtest.counter:loadtest-password-1" | base64 -w0)
[ -n "$POSITIONS" ] || { echo "could not sign in or read the intake form" >&2; exit 1; }

backlog; sleep "$KILL_AFTER"; kill_motcua
down
start
backlog; sleep "$KILL_AFTER"; kill_motcua
gateway DELETE # at full speed again for the last run
start
echo "$(date +%T) waiting until every message is handed over and its receipt taken"
for _ in $(seq 1 300); do
  waiting=$(sql "select count(*) from notification where status in ('CREATED', 'SENDING')")
  [ "$waiting" = 0 ] && break
  sleep 2
done
echo "$(date +%T) still waiting: $waiting"

# the check: the database against the gateway's list
sql "select id, coalesce(gateway_id, '-'), status, dossier_code from notification order by id" > "$DATA.db.tsv"
curl -fs "$SMS/simulator/messages" | jq -r '.messages[] | [.reference, .id, .handed, .status, .text] | @tsv' \
  | sort > "$DATA.gateway.tsv"
dossiers=$(sql "select count(*) from dossier")
echo "dossiers: $dossiers; messages by status: $(sql "select string_agg(status || ' ' || n, ', ') from (select status, count(*) n from notification group by status) s")"
echo "messages per dossier: $(sql "select string_agg(k || ' message(s): ' || n || ' dossier(s)', ', ') from (select k, count(*) n from (select d.code, count(n.id) k from dossier d left join notification n on n.dossier_code = d.code group by d.code) x group by k) y")"
awk -F '\t' -v dossiers="$dossiers" '
  FNR == NR { id[$1] = $2; status[$1] = $3; dossier[$1] = $4; messages++; next }
  { at[$1]++; gid[$1] = $2; text[$1] = $5; handings += $3; if ($3 > 1) twice++; gateway++ }
  END {
    bad = 0
    for (m in id) {
      if (!(m in at)) { lost++; bad = 1 }
      else if (at[m] > 1) { dup++; bad = 1 }
      else if (gid[m] != id[m]) { wrongid++; bad = 1 }
      else if (index(text[m], dossier[m]) == 0) { wrongtext++; bad = 1 }
      if (status[m] != "DELIVERED") { undelivered++; bad = 1 }
    }
    for (r in at) if (!(r in id)) { stranger++; bad = 1 }
    printf "messages in MotCua: %d; at the gateway: %d (handed over %d times, %d messages handed twice and sent once)\n", messages, gateway, handings, twice
    printf "lost: %d, at the gateway more than once: %d, gateway id not the one recorded: %d, text not naming the dossier: %d, not DELIVERED: %d, at the gateway but unknown to MotCua: %d\n", lost, dup, wrongid, wrongtext, undelivered, stranger
    if (messages != dossiers) { print "FAILED: not one message per dossier"; bad = 1 }
    print bad ? "FAILED" : "OK: every message handed over exactly once, none lost"
    exit bad
  }' "$DATA.db.tsv" "$DATA.gateway.tsv"
