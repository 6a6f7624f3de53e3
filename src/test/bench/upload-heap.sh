#!/usr/bin/env bash
# Heap while streaming a 1 GB upload (issue 12, item 1). Starts the jar with the README's small-server flags
# (-XX:+UseSerialGC -Xms64m -Xmx256m ...), the limits raised so that 1 GB is accepted (MOTCUA_MAX_UPLOAD,
# MOTCUA_DOCUMENTS_MAX_SIZE, MOTCUA_PORTAL_MAX_FILE_SIZE = 2GB), and posts a 1 GB file anonymously to an online
# draft (POST /public/nop-ho-so/{draft}/giay-to/1, multipart, as a browser does), the upload that used to end in
# OutOfMemoryError. The heap is read with jstat every 100 ms during the upload (used = survivors + eden + old,
# garbage included) and with a full GC (jcmd GC.run) before the upload and every 5 s during it (live heap).
# Not part of the test run. Needs a JDK (jcmd, jstat) and curl.
# Usage: src/test/bench/upload-heap.sh [size, default 1G]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
SIZE=${1:-1G}
PORT=${PORT:-18091}
BASE=http://127.0.0.1:$PORT
DATA=$(mktemp -d /tmp/motcua-upload-bench.XXXXXX)
FILE=$DATA/upload.pdf
JAR=$DATA/cookies
[ -f "$ROOT/target/motcua.jar" ] || (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dexec.skip)

stop() {
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null || true
  if [ -n "${PID:-}" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$DATA"
}
trap stop EXIT

MOTCUA_DATA_DIR=$DATA/data MOTCUA_ADMIN_PASSWORD=bench-admin-password-1 MOTCUA_COMMUNES=14908 \
  MOTCUA_MAX_UPLOAD=2GB MOTCUA_DOCUMENTS_MAX_SIZE=2GB MOTCUA_PORTAL_MAX_FILE_SIZE=2GB \
  java ${JVM_FLAGS:--XX:+UseSerialGC -Xms64m -Xmx256m -XX:ReservedCodeCacheSize=64m -Xss512k} -jar "$ROOT/target/motcua.jar" \
  --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=warn > "$DATA.log" 2>&1 &
PID=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/actuator/health" && break; sleep 1; done
curl -fs -o /dev/null "$BASE/actuator/health" || { echo "MotCua did not start; see $DATA.log" >&2; exit 1; }

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/public/nop-ho-so/thu-tuc/1.004873" | csrf)
draft=$(curl -fs -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" --data-urlencode "_csrf=$token" \
  --data-urlencode "agencyCode=14908" "$BASE/public/nop-ho-so/thu-tuc/1.004873" | sed 's|/nguoi-nop$||')
[ -n "$draft" ] || { echo "could not start a draft" >&2; exit 1; }
upload() { curl -s -o /dev/null -w '%{http_code} %{time_total}s' -b "$JAR" -F "_csrf=$token" \
  -F "file=@$1;type=application/pdf;filename=ho-so.pdf" "$draft/giay-to/1"; }
# warm-up: a small upload through the same code path
head -c 2M /dev/urandom > "$DATA/warm.pdf"
echo "warm-up upload (2 MB): $(upload "$DATA/warm.pdf")"

used_kb() { jstat -gc "$PID" | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}'; }
committed_kb() { jstat -gc "$PID" | awk 'NR == 2 {printf "%.0f", $1 + $2 + $5 + $7}'; }
live_kb() { jcmd "$PID" GC.run > /dev/null; used_kb; }

truncate -s "$SIZE" "$FILE"   # sparse: costs no disk to make; the server still reads and writes every byte
baseline=$(live_kb)
baseline_committed=$(committed_kb)
( while true; do jstat -gc "$PID" | awk 'NR == 2 {printf "%.0f %.0f\n", $3 + $4 + $6 + $8, $1 + $2 + $5 + $7}'; sleep 0.1; done ) \
  > "$DATA/samples" 2>/dev/null &
SAMPLER=$!
upload "$FILE" > "$DATA/answer" &
UPLOAD=$!
lives=()
while sleep 5 && kill -0 "$UPLOAD" 2>/dev/null; do lives+=("$(live_kb)"); done
wait "$UPLOAD"
kill "$SAMPLER" 2>/dev/null || true; SAMPLER=
after=$(live_kb)
peak_used=$(sort -n "$DATA/samples" | tail -1 | cut -d' ' -f1)
peak_committed=$(sort -k2 -n "$DATA/samples" | tail -1 | cut -d' ' -f2)
max_live=$baseline
for l in "${lives[@]}" "$after"; do [ "$l" -gt "$max_live" ] && max_live=$l; done
echo "upload of $SIZE: answer $(cat "$DATA/answer") (302 = kept, next step)"
echo "heap live after full GC: before ${baseline} KB; during the upload ${lives[*]:-(upload ended before the first sample)} KB; after ${after} KB"
echo "heap growth (live, max during/after - before): $(( (max_live - baseline) / 1024 )) MB ($(( max_live - baseline )) KB)"
echo "heap used incl. garbage, sampled every 100 ms: peak ${peak_used} KB (before: ${baseline} KB live)"
echo "heap committed: before ${baseline_committed} KB, peak ${peak_committed} KB (-Xmx256m)"
stored=$(find "$DATA/data/documents" -type f -size +100M | head -1)
echo "stored file: ${stored:-none} $( [ -n "$stored" ] && stat -c %s "$stored") bytes"
grep -q OutOfMemoryError "$DATA.log" && echo "OutOfMemoryError in the server log" || echo "no OutOfMemoryError in the server log"
