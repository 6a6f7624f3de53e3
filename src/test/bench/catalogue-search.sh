#!/usr/bin/env bash
# Catalogue search under load (issue 4): a catalogue of 5,000 procedures (imported through the API), 20 concurrent
# connections with no think time (wrk, closed loop) on the public search page. Two mixes, each after 30 s of warm-up
# and measured for 30 s: the citizens' common searches (15 queries and 1,000 codes, so mostly answered from the
# results kept per catalogue revision), then random 2–3 word queries over a vocabulary of 60 words (mostly new
# queries, so mostly answered by PostgreSQL). Usage: src/test/bench/catalogue-search.sh [connections] [seconds]
source "$(dirname "$0")/lib.sh"
CONNECTIONS=${1:-20}
SECONDS_MEASURED=${2:-30}
start_motcua ${MOTCUA_ARGS:-}
java -cp "$ROOT/target/test-classes" vn.motcua.catalogue.benchmark.CatalogueSearchLoad "$BASE" "$ADMIN_PASSWORD" 1 1 5000 | head -1
for mix in common random; do
  echo "mix: $mix"
  export MIX=$mix
  wrk -t2 -c"$CONNECTIONS" -d30s -s "$(dirname "$0")/catalogue-search.lua" "$BASE" > /dev/null
  before=$(cpu_of "$MOTCUA_PID")
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_MEASURED}s" -s "$(dirname "$0")/catalogue-search.lua" "$BASE" | grep -E "Requests/sec|requests "
  echo "server CPU during the measured run: $(echo "$(cpu_of "$MOTCUA_PID") - $before" | bc) s"
done
