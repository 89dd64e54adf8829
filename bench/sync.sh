#!/usr/bin/env bash
# Incremental sync benchmark (issue #18): keeping a mirror of 100,000 candidates up to date after 1,000
# of them changed, by a full re-traversal against a delta with the previous pass's next_sync_token.
# Measures the wall time and the calls Ashby (the sandbox, in its own JVM) served for each.
#
#   bench/sync.sh [--candidates 100000] [--changes 1000] [--latency 10ms] [--out target/bench-sync]
#
# Writes $OUT/sync.json and prints a Markdown table; bench/report.sh includes it in docs/benchmarks.md
# when target/bench/results/sync.json exists (bench/run.sh runs this script as its last step).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CANDIDATES=100000 CHANGES=1000 LATENCY=10ms OUT="$BENCH_ROOT/target/bench-sync"
while [ $# -gt 0 ]; do
    case $1 in
        --candidates) CANDIDATES=$2; shift 2 ;;
        --changes) CHANGES=$2; shift 2 ;;
        --latency) LATENCY=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
mkdir -p "$OUT"
trap stop_all EXIT

cd "$BENCH_ROOT"
JAR_NOW=$(ls target/crosswalk-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR_NOW" ] || [ ! -f target/test-classes/dev/crosswalk/bench/SyncBench.class ] \
        || [ -n "$(find src pom.xml -newer "$JAR_NOW" -print -quit)" ]; then
    log "building the jar and the benchmark classes (missing or older than the sources)"
    ./mvnw -B -q package -DskipTests
fi
JAR=$(find_jar)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CLASSPATH_BENCH="$BENCH_ROOT/target/test-classes:$BENCH_ROOT/target/classes:$(cat "$OUT/classpath.txt")"

ADMIN=$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
VAULT=$(head -c 32 /dev/urandom | base64)
KEY=synckey

UPORT=$(free_port)
CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$VAULT CROSSWALK_DATA_DIR="$OUT/upstream-data" \
start_java upstream "$UPORT" "$OUT/upstream.log" -Xmx2g -- --crosswalk.sandbox.enabled=true \
    "--crosswalk.sandbox.keys.$KEY.organisation=sync-bench" "--crosswalk.sandbox.keys.$KEY.seed=7" \
    "--crosswalk.sandbox.keys.$KEY.candidates=$CANDIDATES" "--crosswalk.sandbox.keys.$KEY.knobs.latency=$LATENCY" \
    "--crosswalk.sandbox.max-incremental-changes=$((CHANGES * 10))"
wait_ready upstream "$UPORT" "$STARTED_PID" "$OUT/upstream.log" >/dev/null

GPORT=$(free_port)
CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$VAULT CROSSWALK_DATA_DIR="$OUT/gateway-data" \
start_java gateway "$GPORT" "$OUT/gateway.log" -- "--crosswalk.ashby.base-url=http://127.0.0.1:$UPORT/sandbox/ashby" \
    --crosswalk.rate-limit.requests-per-second=1000000 --crosswalk.rate-limit.burst=1000000
wait_ready gateway "$GPORT" "$STARTED_PID" "$OUT/gateway.log" >/dev/null
TOKEN=$(onboard "$GPORT" "$ADMIN" "sync bench" "$KEY")

log "generating the organisation, a first sync pass, $CHANGES changes, then a delta and a full re-read"
java -cp "$CLASSPATH_BENCH" dev.crosswalk.bench.SyncBench "http://127.0.0.1:$GPORT" "$TOKEN" \
    "http://127.0.0.1:$UPORT" "$ADMIN" "$KEY" "$CHANGES" "$CANDIDATES" | tee "$OUT/sync.json"

jq -r --arg when "$(date -u '+%Y-%m-%d %H:%M UTC')" --arg commit "$(git rev-parse --short HEAD 2>/dev/null || echo '?')" '
  "Measured \($when), commit \($commit), by `bench/sync.sh` (\(.candidates) candidates, \(.changed) changed, Ashby latency '"$LATENCY"'):\n",
  "| keeping the mirror up to date | wall time | Ashby calls | pages | records |",
  "|---|---|---|---|---|",
  "| full re-traversal | \(.full.seconds) s | \(.full.ashby_calls) | \(.full.pages) | \(.full.records) |",
  "| delta with `sync_token` | \(.delta.seconds) s | \(.delta.ashby_calls) | \(.delta.pages) | \(.delta.records) |",
  "| delta / full | \((.delta.seconds / .full.seconds * 1000 | round) / 10) % | \((.delta.ashby_calls / .full.ashby_calls * 1000 | round) / 10) % | | |"
' "$OUT/sync.json" | tee "$OUT/sync.md"
