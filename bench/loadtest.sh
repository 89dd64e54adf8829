#!/usr/bin/env bash
# Load test (issue #7): the packaged gateway with its built-in Ashby sandbox, several tenants (each its
# own sandbox key and organisation) onboarded through the admin API, and wrk driving many concurrent
# clients across all tenants and a mix of routes for a fixed time. Reports throughput, latency
# percentiles, errors and the gateway's peak memory; exits non-zero on any non-2xx answer or socket error.
#
#   bench/loadtest.sh [--duration 30] [--connections 64] [--threads 2] [--tenants 4] [--latency 10ms]
#
# Limits are set so that the test measures the gateway, not throttling: the per-tenant rate limit
# (crosswalk.rate-limit.*) stays on (same code path, PostgreSQL-backed buckets) but far above what
# the machine can serve, the per-key cap on concurrent Ashby calls is raised above --connections, and
# the sandbox keys have no request-rate knob. A 429 is therefore unexpected and counts as an error.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=30 CONNECTIONS=64 THREADS=2 TENANTS=4 LATENCY=10ms CANDIDATES=500
while [ $# -gt 0 ]; do
    case $1 in
        --duration) DURATION=${2%s}; shift 2 ;;
        --connections) CONNECTIONS=$2; shift 2 ;;
        --threads) THREADS=$2; shift 2 ;;
        --tenants) TENANTS=$2; shift 2 ;;
        --latency) LATENCY=$2; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done

ensure_wrk
JAR=$(find_jar)
OUT="$BENCH_ROOT/target/loadtest"
rm -rf "$OUT" && mkdir -p "$OUT"
trap stop_all EXIT

PORT=$(free_port)
ADMIN=$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
SANDBOX_KEYS=()
for i in $(seq 1 "$TENANTS"); do
    SANDBOX_KEYS+=(
        "--crosswalk.sandbox.keys.loadkey$i.organisation=load-org-$i"
        "--crosswalk.sandbox.keys.loadkey$i.seed=$i"
        "--crosswalk.sandbox.keys.loadkey$i.candidates=$CANDIDATES"
        "--crosswalk.sandbox.keys.loadkey$i.knobs.latency=$LATENCY")
done

CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$(head -c 32 /dev/urandom | base64) \
CROSSWALK_DATA_DIR="$OUT/data" \
start_java gateway "$PORT" "$OUT/gateway.log" -- \
    --crosswalk.sandbox.enabled=true \
    "--crosswalk.ashby.base-url=http://127.0.0.1:$PORT/sandbox/ashby" \
    --crosswalk.rate-limit.requests-per-second=1000000 --crosswalk.rate-limit.burst=1000000 \
    "--crosswalk.ashby.concurrency.max-calls-per-key=$(( CONNECTIONS * 2 ))" \
    "${SANDBOX_KEYS[@]}"
GATEWAY=$STARTED_PID
READY=$(wait_ready gateway "$PORT" "$GATEWAY" "$OUT/gateway.log")
log "gateway ready in ${READY}s"

BASE="http://127.0.0.1:$PORT"
: >"$OUT/tenants.txt"
for i in $(seq 1 "$TENANTS"); do
    token=$(onboard "$PORT" "$ADMIN" "load tenant $i" "loadkey$i")
    id=$(curl -fsS -m 30 -H "Authorization: Bearer $token" "$BASE/unified/ats/candidates?limit=1" | jq -er '.result[0].id') \
        || die "tenant $i: cannot list its candidates"
    echo "$token $id" >>"$OUT/tenants.txt"
done
log "onboarded $TENANTS tenants"

# The route mix: every route of the build that answers 200 for the first tenant.
read -r TOKEN1 ID1 <"$OUT/tenants.txt"
ROUTES="candidates_list,candidate_get,proxy_candidate_list"
for resource in jobs applications; do
    status=$(curl -sS -o /dev/null -w '%{http_code}' -m 30 -H "Authorization: Bearer $TOKEN1" "$BASE/unified/ats/$resource?limit=1")
    if [ "$status" = 200 ]; then ROUTES="$ROUTES,${resource}_list"; else log "/unified/ats/$resource answers $status: not in the mix"; fi
done
log "route mix: $ROUTES"

log "warm-up: 5s"
LOADTEST_TENANTS="$OUT/tenants.txt" LOADTEST_ROUTES="$ROUTES" BENCH_LUA_DIR="$BENCH_ROOT/bench" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d 5s --timeout 10s -s "$BENCH_ROOT/bench/loadtest.lua" "$BASE" >"$OUT/warmup.txt"
curl -fsS -m 10 "$BASE/actuator/prometheus" >"$OUT/metrics-before.txt"

log "load: ${DURATION}s, $CONNECTIONS connections, $THREADS wrk threads, $TENANTS tenants"
LOADTEST_TENANTS="$OUT/tenants.txt" LOADTEST_ROUTES="$ROUTES" BENCH_LUA_DIR="$BENCH_ROOT/bench" \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency \
    -s "$BENCH_ROOT/bench/loadtest.lua" "$BASE" | tee "$OUT/wrk.txt"
curl -fsS -m 10 "$BASE/actuator/prometheus" >"$OUT/metrics-after.txt"
HWM=$(vm_hwm_mib "$GATEWAY")
kill -0 "$GATEWAY" 2>/dev/null || die "the gateway died under load"

RESULT=$(sed -n 's/^BENCH_JSON //p' "$OUT/wrk.txt")
[ -n "$RESULT" ] || die "wrk printed no result"
echo "$RESULT" | jq --arg hwm "$HWM" --arg routes "$ROUTES" --argjson tenants "$TENANTS" \
    --argjson connections "$CONNECTIONS" '. + {peak_rss_mib: ($hwm | tonumber? // $hwm), routes: $routes,
    tenants: $tenants, connections: $connections}' >"$OUT/result.json"

# Answers by route and status during the measured run, from the gateway's own metrics.
route_counts() {
    awk '/^http_server_requests_seconds_count\{/ {
            uri = $0; sub(/.*uri="/, "", uri); sub(/".*/, "", uri)
            st = $0; sub(/.*status="/, "", st); sub(/".*/, "", st)
            if (uri ~ /^\/(unified|proxy)/) n[uri " " st] += $NF }
         END { for (k in n) print k, n[k] }' "$1" | sort
}
route_counts "$OUT/metrics-before.txt" >"$OUT/before.txt"
route_counts "$OUT/metrics-after.txt" >"$OUT/after.txt"
BREAKDOWN=$(awk 'NR == FNR { before[$1 " " $2] = $3; next }
        { n = $3 - before[$1 " " $2]; if (n > 0) printf "  %-40s %s %8d\n", $1, $2, n }' "$OUT/before.txt" "$OUT/after.txt")

jq -r '"
== Crosswalk load test: \(.tenants) tenants, \(.connections) connections, \(.seconds)s
   routes:      \(.routes)
   throughput:  \(.rps | floor) requests/s (\(.requests) requests, \(.bytes_per_s / 1048576 * 100 | floor / 100) MiB/s)
   latency ms:  p50 \(.p50_ms)  p90 \(.p90_ms)  p99 \(.p99_ms)  p99.9 \(.p999_ms)  max \(.max_ms)
   errors:      non-2xx \(.non_2xx_3xx), connect \(.connect_errors), read \(.read_errors), write \(.write_errors), timeouts \(.timeouts)
   peak memory: VmHWM \(.peak_rss_mib) MiB (gateway process, whole run)"' "$OUT/result.json"
echo "   answers by route and status (gateway metrics):"
echo "$BREAKDOWN"

ERRORS=$(jq '.non_2xx_3xx + .connect_errors + .read_errors + .write_errors + .timeouts' "$OUT/result.json")
# wrk counts only status >= 400 as errors; a 3xx would be just as unexpected here.
UNEXPECTED=$(awk '$2 !~ /^2/ { n += $3 } END { print n + 0 }' <<<"$BREAKDOWN")
if [ "$ERRORS" -ne 0 ] || [ "$UNEXPECTED" -ne 0 ]; then
    die "$ERRORS wrk errors, $UNEXPECTED non-2xx answers (see $OUT/gateway.log)"
fi
[ "$(jq .requests "$OUT/result.json")" -gt 0 ] || die "no request was served"
log "load test passed: no errors"
