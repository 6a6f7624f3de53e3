#!/usr/bin/env bash
# Measures the time from `java -jar` to the first answered request (first start on an empty data folder, then a
# restart on the same folder) and the resident memory after the application has been idle for 20 s.
# Usage: ./mvnw -B -q -DskipTests package && JAVA_OPTS="<jvm flags>" scripts/measure-startup.sh [port]
set -euo pipefail
port=${1:-18181}
jar=$(dirname "$0")/../target/motcua.jar
data=$(mktemp -d)
run() {
  local start end pid
  start=$(date +%s%N)
  MOTCUA_DATA_DIR=$data SERVER_PORT=$port MOTCUA_ADMIN_PASSWORD=measure-only java ${JAVA_OPTS:-} -jar "$jar" >"$data/app-$1.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://localhost:$port/login"; do sleep 0.05; done
  end=$(date +%s%N)
  echo "$1: first answered request after $(( (end - start) / 1000000 )) ms"
  if [ "$1" = restart ]; then
    sleep 20
    echo "$1: idle resident memory (JVM) $(ps -o rss= -p $pid | awk '{printf "%.0f MB", $1/1024}')"
    local postmaster pss=0
    postmaster=$(head -1 "$data/postgres/postmaster.pid")
    for p in $postmaster $(pgrep -P "$postmaster"); do
      pss=$(( pss + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup 2>/dev/null || echo 0) ))
    done
    echo "$1: idle proportional memory (PSS) of the embedded PostgreSQL, all its processes: $(( pss / 1024 )) MB"
  fi
  kill $pid; wait $pid 2>/dev/null || true
}
run first-start
run restart
rm -rf "$data"
