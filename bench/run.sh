#!/usr/bin/env bash
# Performance benchmark (issue #8): the gateway against direct calls to the same upstream, in one run
# on one machine, results written to docs/benchmarks.md.
#
#   bench/run.sh [--duration 20] [--warmup 5] [--jit-warmup 60] [--latency 10ms] [--out docs/benchmarks.md] [--smoke] [--lists-only]
#
# The upstream is the built-in Ashby sandbox, run as its own JVM (a 10,000-candidate organisation with
# a fixed added latency); the gateway is a second JVM pointed at it. Both are the packaged jar. Measured:
#   1. unified list  GET /unified/ats/candidates?limit=100  vs  POST {sandbox}/candidate.list {"limit":100}
#   2. passthrough   POST /proxy/ashby/candidate.list       vs  the same direct call
#      (wrk at 1, 16 and 64 connections; 64 = saturation on this machine)
#      beside them, as the reference hop, the direct call through nginx in the gateway's place (Debian's
#      nginx-light, installed if missing): what any HTTP proxy adds on this machine
#   3. full traversal of the 10,000 candidates, unified cursors vs Ashby cursors (Traverse, limit 100)
#   4. mapping cost per record (JMH, dev.crosswalk.bench.*Benchmark)
#   5. memory: peak RSS/heap of the gateway at saturation, and at -Xmx128m streaming a 100 MB
#      passthrough answer from bench/BigUpstream.java
#   6. start-up to readiness, embedded PostgreSQL (fresh and existing data) and an external PostgreSQL;
#      also from the extracted jar with the JVM's class cache (AppCDS on the default JDK, AOT cache on JDK 25)
#   7. incremental sync: 100,000 candidates, 1,000 changed, full re-traversal vs delta (bench/sync.sh)
# --fixtures also rewrites the JMH input (src/test/resources/bench/candidate.list.json) from this run's sandbox.
# --lists-only stops after 1 and 2 (their figures are logged, docs/benchmarks.md is left alone): for iterating on them.
# --smoke runs every step for a second or two and writes target/bench-smoke/benchmarks.smoke.md (its own
# directory, so the last full run's results stay for report.sh): it proves
# the tooling works, its numbers mean nothing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=20 WARMUP=5 JIT_WARMUP=60 LATENCY=10ms OUT_MD="$BENCH_ROOT/docs/benchmarks.md" SMOKE=false FIXTURES=false LISTS_ONLY=false
TRAVERSE_RUNS=5 STREAM_MB=100 CANDIDATES=10000
JMH_ARGS=(-f 1 -wi 3 -w 2s -i 5 -r 2s)
COMMAND="bench/run.sh $*"
while [ $# -gt 0 ]; do
    case $1 in
        --duration) DURATION=${2%s}; shift 2 ;;
        --warmup) WARMUP=${2%s}; shift 2 ;;
        --jit-warmup) JIT_WARMUP=${2%s}; shift 2 ;;
        --lists-only) LISTS_ONLY=true; shift ;;
        --latency) LATENCY=$2; shift 2 ;;
        --out) OUT_MD=$2; shift 2 ;;
        --smoke) SMOKE=true; shift ;;
        --fixtures) FIXTURES=true; shift ;;
        -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
if $SMOKE; then
    DURATION=2 WARMUP=1 JIT_WARMUP=1 TRAVERSE_RUNS=1 STREAM_MB=10
    JMH_ARGS=(-f 0 -wi 0 -i 1 -r 200ms)
    OUT_MD="$BENCH_ROOT/target/bench-smoke/benchmarks.smoke.md"
fi

OUT="$BENCH_ROOT/target/bench$($SMOKE && echo -smoke || true)"
RES="$OUT/results"
rm -rf "$OUT" && mkdir -p "$RES"
trap stop_all EXIT
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=$(git -C "$BENCH_ROOT" rev-parse --short HEAD 2>/dev/null || echo "?")
[ -z "$(git -C "$BENCH_ROOT" status --porcelain -- src pom.xml 2>/dev/null)" ] || COMMIT="$COMMIT + uncommitted changes"

ensure_wrk
cd "$BENCH_ROOT"
JAR_NOW=$(ls target/crosswalk-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR_NOW" ] || [ ! -f target/test-classes/META-INF/BenchmarkList ] \
        || [ -n "$(find src pom.xml -newer "$JAR_NOW" -print -quit)" ]; then
    log "building the jar and the benchmark classes (missing or older than the sources)"
    ./mvnw -B -q package -DskipTests
fi
JAR=$(find_jar)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CLASSPATH_BENCH="$BENCH_ROOT/target/test-classes:$BENCH_ROOT/target/classes:$(cat "$OUT/classpath.txt")"

ADMIN=$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
VAULT=$(head -c 32 /dev/urandom | base64)
KEY=benchkey
GATEWAY_LIMITS=(--crosswalk.rate-limit.requests-per-second=1000000 --crosswalk.rate-limit.burst=1000000
    --crosswalk.ashby.concurrency.max-calls-per-key=1024)

# ---------------------------------------------------------------- upstream and gateway
UPORT=$(free_port)
CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$VAULT CROSSWALK_DATA_DIR="$OUT/upstream-data" \
start_java upstream "$UPORT" "$OUT/upstream.log" -- --crosswalk.sandbox.enabled=true \
    "--crosswalk.sandbox.keys.$KEY.organisation=bench-org" "--crosswalk.sandbox.keys.$KEY.seed=7" \
    "--crosswalk.sandbox.keys.$KEY.candidates=$CANDIDATES" "--crosswalk.sandbox.keys.$KEY.knobs.latency=$LATENCY"
UPSTREAM=$STARTED_PID
wait_ready upstream "$UPORT" "$UPSTREAM" "$OUT/upstream.log" >/dev/null
SANDBOX="http://127.0.0.1:$UPORT/sandbox/ashby"

# The reference hop: nginx in front of the same upstream, streaming (proxy_buffering off) over kept-alive
# connections, no other work. What it adds is what any HTTP proxy costs on this machine, the floor under
# the gateway's figures. Left out (and said so) where nginx cannot be installed.
PATHS=(direct unified proxy)
if ensure_nginx; then
    NPORT=$(free_port)
    mkdir -p "$OUT/nginx"
    cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    upstream sandbox { server 127.0.0.1:$UPORT; keepalive 128; }
    server {
        listen 127.0.0.1:$NPORT;
        location / { proxy_pass http://sandbox; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_buffering off; }
    }
}
EOF
    nginx -p "$OUT/nginx" -e "$OUT/nginx/error.log" -c "$OUT/nginx/nginx.conf" >"$OUT/nginx/stdout.log" 2>&1 &
    NGINX=$!
    BENCH_PIDS+=("$NGINX")
    wait_port "$NPORT" && kill -0 "$NGINX" 2>/dev/null || die "nginx did not start (see $OUT/nginx/error.log)"
    PATHS+=(reference)
    REFERENCE_SANDBOX="http://127.0.0.1:$NPORT/sandbox/ashby"   # the sandbox behind nginx
else
    log "nginx cannot be installed: the reference proxy is not measured"
fi

GPORT=$(free_port)
CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$VAULT CROSSWALK_DATA_DIR="$OUT/gateway-data" \
start_java gateway "$GPORT" "$OUT/gateway.log" "-Xlog:gc:file=$OUT/gateway-gc.log" -- \
    "--crosswalk.ashby.base-url=$SANDBOX" "${GATEWAY_LIMITS[@]}"
GATEWAY=$STARTED_PID
wait_ready gateway "$GPORT" "$GATEWAY" "$OUT/gateway.log" >/dev/null
GW="http://127.0.0.1:$GPORT"
TOKEN=$(onboard "$GPORT" "$ADMIN" "bench tenant" "$KEY")
BASIC="Basic $(basic_auth "$KEY")"
RSS_IDLE=$(vm_rss_mib "$GATEWAY")

# Same records both ways: the first page of the organisation.
curl -fsS -X POST "$SANDBOX/candidate.list" -H "Authorization: $BASIC" -H 'Content-Type: application/json' \
    -d '{"limit":100}' >"$OUT/candidate.list.json"
curl -fsS -H "Authorization: Bearer $TOKEN" "$GW/unified/ats/candidates?limit=100" >"$OUT/unified.json"
[ "$(jq '.results | length' "$OUT/candidate.list.json")" = 100 ] || die "direct page is not 100 records"
[ "$(jq '.result_count' "$OUT/unified.json")" = 100 ] || die "unified page is not 100 records"
[ "$(jq -c '[.results[].id]' "$OUT/candidate.list.json")" = "$(jq -c '[.result[].id]' "$OUT/unified.json")" ] \
    || die "the unified page and the direct page hold different candidates"
# The JMH input: pages of this sandbox organisation (interview schedules cut to exactly 100 events).
FIXTURES_DIR=src/test/resources/bench
if $FIXTURES || [ ! -f "$FIXTURES_DIR/candidate.list.json" ]; then
    ashby_call() { curl -fsS -X POST "$SANDBOX/$1" -H "Authorization: $BASIC" -H 'Content-Type: application/json' -d "$2"; }
    jq . "$OUT/candidate.list.json" >"$FIXTURES_DIR/candidate.list.json"
    ashby_call application.list '{"limit":100}' | jq . >"$FIXTURES_DIR/application.list.json"
    ashby_call interviewSchedule.list '{"limit":100}' >"$OUT/schedules-1.json"
    ashby_call interviewSchedule.list "{\"limit\":100,\"cursor\":$(jq .nextCursor "$OUT/schedules-1.json")}" >"$OUT/schedules-2.json"
    jq -s '.[0] | .results += $second[0].results' --slurpfile second "$OUT/schedules-2.json" "$OUT/schedules-1.json" | jq '
        .results |= (reduce .[] as $s ({out: [], left: 100}; .left as $left
            | ($s.interviewEvents // [] | length) as $n | ([$n, $left] | min) as $k
            | if $k == 0 then . else .out += [$s | .interviewEvents = .interviewEvents[0:$k]] | .left -= $k end)
          | .out)' >"$FIXTURES_DIR/interviewSchedule.list.json"
    [ "$(jq '[.results[].interviewEvents | length] | add' "$FIXTURES_DIR/interviewSchedule.list.json")" = 100 ] \
        || die "the sandbox page has fewer than 100 interview events"
    mkdir -p target/test-classes/bench && cp "$FIXTURES_DIR"/*.json target/test-classes/bench/
    log "wrote the JMH input under $FIXTURES_DIR"
fi

# ---------------------------------------------------------------- 1 + 2: wrk
# hit PATH wrk-options...: wrk against one of the compared paths, each asking for the same 100 candidates
hit() {
    local path=$1
    shift
    case $path in
        direct|reference) POST_BODY='{"limit":100}' POST_AUTH="$BASIC" BENCH_LUA_DIR="$BENCH_ROOT/bench" \
            wrk "$@" -s bench/post.lua "$([ "$path" = direct ] && echo "$SANDBOX" || echo "$REFERENCE_SANDBOX")/candidate.list" ;;
        unified) BENCH_LUA_DIR="$BENCH_ROOT/bench" \
            wrk "$@" -s bench/report.lua -H "Authorization: Bearer $TOKEN" "$GW/unified/ats/candidates?limit=100" ;;
        proxy) POST_BODY='{"limit":100}' POST_AUTH="Bearer $TOKEN" BENCH_LUA_DIR="$BENCH_ROOT/bench" \
            wrk "$@" -s bench/post.lua "$GW/proxy/ashby/candidate.list" ;;
        *) die "unknown path $path" ;;
    esac
}
# CPU ticks so far of the hop between wrk and the upstream on PATH: nginx (master and workers) for the
# reference, the gateway otherwise (idle on the direct path).
hop_ticks() {
    local ticks=0 pid
    [ "$1" = reference ] || { cpu_ticks "$GATEWAY"; return; }
    for pid in "$NGINX" $(pgrep -P "$NGINX"); do ticks=$(( ticks + $(cpu_ticks "$pid") )); done
    echo "$ticks"
}
# measure PATH CONNECTIONS: warm-up, then the measured run; result in $RES/PATH-cCONNECTIONS.json
# (gateway_cpu_ms_per_request is the hop's: nginx's on the reference path)
measure() {
    local name=$1 c=$2 threads=2
    [ "$c" -gt 1 ] || threads=1
    hit "$name" -t "$threads" -c "$c" -d "${WARMUP}s" --timeout 30s >/dev/null
    local gw0 up0 gw1 up1
    gw0=$(hop_ticks "$name") up0=$(cpu_ticks "$UPSTREAM")
    hit "$name" -t "$threads" -c "$c" -d "${DURATION}s" --timeout 30s --latency >"$RES/$name-c$c.txt"
    gw1=$(hop_ticks "$name") up1=$(cpu_ticks "$UPSTREAM")
    # CPU time per request of each JVM: unlike wall-clock latency, barely moved by other load on the machine.
    sed -n 's/^BENCH_JSON //p' "$RES/$name-c$c.txt" \
        | jq -c --argjson g "$(( gw1 - gw0 ))" --argjson u "$(( up1 - up0 ))" --argjson hz "$(getconf CLK_TCK)" \
            '. + {gateway_cpu_ms_per_request: ($g * 1000 / $hz / .requests), upstream_cpu_ms_per_request: ($u * 1000 / $hz / .requests)}' \
        >"$RES/$name-c$c.json"
    [ -s "$RES/$name-c$c.json" ] || die "wrk printed no result for $name c=$c"
    log "$(jq -r --arg n "$name" --arg c "$c" '"\($n) c=\($c): \(.rps | floor) req/s, p50 \(.p50_ms) ms, p99 \(.p99_ms) ms, errors \(.non_2xx_3xx + .connect_errors + .read_errors + .write_errors + .timeouts)"' "$RES/$name-c$c.json")"
}
# The JIT first: at one connection the per-run warm-up is a few hundred requests, far too few for the
# gateway's code (or the sandbox's) to be compiled. On 2 cores the one C2 compiler thread needs about a
# minute of load to catch up (80-110 s of compile time, checked with jstat -compiler); before that the
# figures measure the compiler competing for the cores, not the gateway.
log "JIT warm-up: ${JIT_WARMUP}s per path at 16 connections"
for path in direct unified proxy; do
    hit "$path" -t 2 -c 16 -d "${JIT_WARMUP}s" --timeout 30s >/dev/null
done
for c in 1 16 64; do
    for path in "${PATHS[@]}"; do
        measure "$path" "$c"
    done
done
if $LISTS_ONLY; then
    log "--lists-only: stopping after 1 and 2; results in $RES"
    exit 0
fi
RSS_SAT=$(vm_hwm_mib "$GATEWAY")
read -r HEAP_SAT_PEAK HEAP_SAT_CAP < <(gc_log_peak_heap_mib "$OUT/gateway-gc.log")
HEAP_SAT_LIVE=$( (grep -oE '[0-9]+M->[0-9]+M' "$OUT/gateway-gc.log" || true) | awk -F'M->|M' '$2 > m { m = $2 } END { print m + 0 }')

# ---------------------------------------------------------------- 3: full traversal
traverse() {
    java -cp "$CLASSPATH_BENCH" dev.crosswalk.bench.Traverse "$@"
}
traverse ashby "$SANDBOX" "$KEY" 100 1 "$CANDIDATES" >/dev/null   # warm-up of both paths
traverse unified "$GW" "$TOKEN" 100 1 "$CANDIDATES" >/dev/null
: >"$RES/traverse.jsonl"
for _ in $(seq 1 "$TRAVERSE_RUNS"); do   # alternated, so drift in machine load hits both alike
    traverse ashby "$SANDBOX" "$KEY" 100 1 "$CANDIDATES" >>"$RES/traverse.jsonl"
    traverse unified "$GW" "$TOKEN" 100 1 "$CANDIDATES" >>"$RES/traverse.jsonl"
done
log "traversal: $(jq -sc 'group_by(.mode) | map({(.[0].mode): (map(.seconds) | sort | .[length / 2 | floor])}) | add' "$RES/traverse.jsonl")"
stop_all

# ---------------------------------------------------------------- 5: streaming a huge passthrough answer at -Xmx128m
BPORT=$(free_port)
java "$BENCH_ROOT/bench/BigUpstream.java" "$BPORT" "$STREAM_MB" >"$OUT/big-upstream.log" 2>&1 &
BENCH_PIDS+=("$!")
wait_port "$BPORT" || die "bench/BigUpstream.java did not start (see $OUT/big-upstream.log)"
SPORT=$(free_port)
CROSSWALK_ADMIN_TOKEN=$ADMIN CROSSWALK_VAULT_KEY=$VAULT CROSSWALK_DATA_DIR="$OUT/stream-data" \
start_java gateway-128m "$SPORT" "$OUT/stream.log" -Xmx128m "-Xlog:gc:file=$OUT/stream-gc.log" -- \
    "--crosswalk.ashby.base-url=http://127.0.0.1:$BPORT" "${GATEWAY_LIMITS[@]}"
STREAMER=$STARTED_PID
wait_ready gateway-128m "$SPORT" "$STREAMER" "$OUT/stream.log" >/dev/null
STOKEN=$(onboard "$SPORT" "$ADMIN" "stream tenant" anykey)
RSS_STREAM_BEFORE=$(vm_hwm_mib "$STREAMER")
GC_LINES_BEFORE=$(wc -l <"$OUT/stream-gc.log")
curl -fsS -X POST "http://127.0.0.1:$SPORT/proxy/ashby/candidate.list" -H "Authorization: Bearer $STOKEN" \
    -H 'Content-Type: application/json' -d '{}' -o "$OUT/stream.json" \
    -w '{"bytes":%{size_download},"seconds":%{time_total},"bytes_per_s":%{speed_download},"status":%{http_code}}\n' \
    >"$RES/stream.json"
jq -e '.status == 200' "$RES/stream.json" >/dev/null || die "streaming answered $(cat "$RES/stream.json")"
tail -c 40 "$OUT/stream.json" | grep -q 'moreDataAvailable":false}$' || die "the streamed answer is truncated"
rm -f "$OUT/stream.json"
kill -0 "$STREAMER" 2>/dev/null || die "the -Xmx128m gateway died while streaming"
RSS_STREAM=$(vm_hwm_mib "$STREAMER")
sleep 1   # let a last collection reach the log
# Only the collections during the stream: start-up and onboarding are not what is measured here.
tail -n +"$(( GC_LINES_BEFORE + 1 ))" "$OUT/stream-gc.log" >"$OUT/stream-gc-window.log"
read -r HEAP_STREAM_PEAK HEAP_STREAM_CAP < <(gc_log_peak_heap_mib "$OUT/stream-gc-window.log")
HEAP_STREAM_LIVE=$( (grep -oE '[0-9]+M->[0-9]+M' "$OUT/stream-gc-window.log" || true) | awk -F'M->|M' '$2 > m { m = $2 } END { print m + 0 }')
HEAP_STREAM_GCS=$(grep -c 'Pause Young' "$OUT/stream-gc-window.log" || true)
# Heap in use now (jstat, KiB: S0U S1U EU OU): without a collection since the stream began, no earlier moment held more.
HEAP_NOW=$(jstat -gc "$STREAMER" 2>/dev/null | awk 'NR == 2 { printf "%d", ($3 + $4 + $6 + $8) / 1024 }' || true)
[ -n "$HEAP_NOW" ] && [ "$HEAP_NOW" -gt "${HEAP_STREAM_PEAK:-0}" ] && HEAP_STREAM_PEAK=$HEAP_NOW
[ -n "$HEAP_STREAM_CAP" ] && [ "$HEAP_STREAM_CAP" != 0 ] || HEAP_STREAM_CAP=128
grep -q OutOfMemoryError "$OUT/stream.log" && die "OutOfMemoryError while streaming"
log "streamed $(jq .bytes "$RES/stream.json") bytes at -Xmx128m: VmHWM ${RSS_STREAM} MiB, heap peak ${HEAP_STREAM_PEAK} MiB"
stop_all

# ---------------------------------------------------------------- 4: JMH (no server running)
log "JMH: ${JMH_ARGS[*]}"
java -cp "$CLASSPATH_BENCH" org.openjdk.jmh.Main 'dev.crosswalk.bench.*Benchmark' "${JMH_ARGS[@]}" \
    -rf json -rff "$RES/jmh.json" >"$OUT/jmh.txt" 2>&1 || { tail -30 "$OUT/jmh.txt"; die "JMH failed"; }

# ---------------------------------------------------------------- 6: start-up to readiness
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }
# How the next start is launched: java and jar (START_JAVA, START_JAR from lib.sh), options, a label.
plain_launch() {
    START_JAVA=java START_JAR="" STARTUP_OPTS=() LAUNCH="JDK $(java_feature java), java -jar"
}
plain_launch
# startup NAME [env...]: one start of the gateway (no sandbox) until readiness; appends to startup.jsonl
startup() {
    local name=$1 port seconds spring logfile
    shift
    port=$(free_port)
    logfile="$OUT/startup-$name-$(jq -sr length "$RES/startup.jsonl").log"
    START_ENV=(CROSSWALK_ADMIN_TOKEN="$ADMIN" CROSSWALK_VAULT_KEY="$VAULT" "$@")
    start_java "start-up $name ($LAUNCH)" "$port" "$logfile" "${STARTUP_OPTS[@]}" --
    START_ENV=()
    seconds=$(wait_ready "start-up $name" "$port" "$STARTED_PID" "$logfile" 180)
    spring=$(grep -oE 'Started CrosswalkApplication in [0-9.]+ seconds' "$logfile" | grep -oE '[0-9.]+' || echo null)
    jq -nc --arg name "$name" --arg launch "$LAUNCH" --argjson s "$seconds" --argjson spring "$spring" \
        '{name: $name, launch: $launch, seconds: $s, spring_seconds: $spring}' >>"$RES/startup.jsonl"
    log "start-up $name ($LAUNCH): ${seconds}s to readiness"
    stop_all
}
: >"$RES/startup.jsonl"
startup embedded-fresh CROSSWALK_DATA_DIR="$OUT/startup-data"
startup embedded-existing CROSSWALK_DATA_DIR="$OUT/startup-data"
$SMOKE || startup embedded-existing-2 CROSSWALK_DATA_DIR="$OUT/startup-data"
# Spring's ahead-of-time processed configuration alone (in the jar since the build's process-aot step).
STARTUP_OPTS=(-Dspring.aot.enabled=true) LAUNCH="JDK $(java_feature java), java -jar, Spring AOT"
startup embedded-existing CROSSWALK_DATA_DIR="$OUT/startup-data"
plain_launch

# The start docs/operations.md "Faster start-up" describes (scripts/aot-cache.sh): the extracted jar with the
# JVM's class cache and Spring AOT. AppCDS with the default java (JDK 17 here), the AOT cache with a
# JDK 25 if one is installed (JDK25 or /usr/lib/jvm/temurin-25-*). AOTMode=on / -Xshare:on: a cache
# the JVM cannot use fails the start instead of being ignored silently.
cached_launch() {   # cached_launch JAVA: the next starts use the cache made for that java
    local java=$1 feature dir
    feature=$(java_feature "$java")
    dir="$OUT/aot-$feature"
    [ -d "$dir" ] || JAVA="$java" scripts/aot-cache.sh "$JAR" "$dir" >/dev/null || die "scripts/aot-cache.sh failed on JDK $feature"
    if [ "$feature" -ge 25 ]; then
        STARTUP_OPTS=(-XX:AOTCache="$dir/app.aot" -XX:AOTMode=on) LAUNCH="JDK $feature, extracted jar + AOT cache + Spring AOT"
    else
        STARTUP_OPTS=(-XX:SharedArchiveFile="$dir/app.jsa" -Xshare:on) LAUNCH="JDK $feature, extracted jar + AppCDS archive + Spring AOT"
    fi
    STARTUP_OPTS+=(-Dspring.aot.enabled=true)
    START_JAVA=$java START_JAR="$dir/$(basename "$JAR")"
}
cached_startups() {   # cached_startups JAVA
    cached_launch "$1"
    startup embedded-existing CROSSWALK_DATA_DIR="$OUT/startup-data"
    $SMOKE || startup embedded-existing-2 CROSSWALK_DATA_DIR="$OUT/startup-data"
    plain_launch
}
cached_startups java
JDK25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25-* 2>/dev/null | head -n 1 || true)}
if [ -n "$JDK25" ] && [ -x "$JDK25/bin/java" ]; then
    cached_startups "$JDK25/bin/java"
else
    log "no JDK 25 (set JDK25=<java home>): AOT cache start-up not measured"
fi

if ! $SMOKE; then
    # An external PostgreSQL: Debian's server in a throw-away cluster on loopback.
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/postgres" ]; then
        log "no PostgreSQL server: installing Debian's postgresql"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || die "cannot install postgresql"
        PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    fi
    PGDIR=$(mktemp -d /tmp/crosswalk-bench-pg.XXXXXX)
    chown postgres "$PGDIR"
    PGPORT=$(free_port)
    runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust >"$OUT/pg-initdb.log" 2>&1
    runuser -u postgres -- "$PGBIN/postgres" -D "$PGDIR/data" -p "$PGPORT" -k "$PGDIR" -c listen_addresses=127.0.0.1 \
        >"$OUT/pg.log" 2>&1 &
    PG=$!
    for _ in $(seq 1 100); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.2; done
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres crosswalk
    export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/crosswalk" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
    startup external-fresh CROSSWALK_DATA_DIR="$OUT/startup-ext"
    startup external-existing CROSSWALK_DATA_DIR="$OUT/startup-ext"
    startup external-existing-2 CROSSWALK_DATA_DIR="$OUT/startup-ext"
    cached_launch java
    startup external-existing CROSSWALK_DATA_DIR="$OUT/startup-ext"
    plain_launch
    unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
    stop_pid "$PG"
    rm -rf "$PGDIR"
fi

# ---------------------------------------------------------------- 7: incremental sync
if $SMOKE; then
    "$BENCH_ROOT/bench/sync.sh" --out "$RES/sync" --candidates 2000 --changes 20 --latency "$LATENCY" >/dev/null
else
    "$BENCH_ROOT/bench/sync.sh" --out "$RES/sync" --latency "$LATENCY" >/dev/null
fi

# ---------------------------------------------------------------- report
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
export JIT_WARMUP RES RSS_IDLE RSS_SAT HEAP_SAT_PEAK HEAP_SAT_CAP HEAP_SAT_LIVE RSS_STREAM_BEFORE RSS_STREAM HEAP_STREAM_PEAK \
    HEAP_STREAM_CAP HEAP_STREAM_LIVE HEAP_STREAM_GCS STREAM_MB LATENCY DURATION WARMUP CANDIDATES LOAD_BEFORE LOAD_AFTER STARTED COMMAND COMMIT SMOKE
declare -p JIT_WARMUP RES RSS_IDLE RSS_SAT HEAP_SAT_PEAK HEAP_SAT_CAP HEAP_SAT_LIVE RSS_STREAM_BEFORE RSS_STREAM HEAP_STREAM_PEAK \
    HEAP_STREAM_CAP HEAP_STREAM_LIVE HEAP_STREAM_GCS STREAM_MB LATENCY DURATION WARMUP CANDIDATES LOAD_BEFORE LOAD_AFTER STARTED COMMAND COMMIT SMOKE \
    | sed 's/^declare -x /export /; s/^declare -- /export /' >"$RES/report-env.sh"   # to rerun report.sh by hand
"$BENCH_ROOT/bench/report.sh" >"$OUT_MD"
log "wrote $OUT_MD"
# Every wrk run must have been error-free, or the numbers are not comparable.
ERRORS=$(jq -s 'map(.non_2xx_3xx + .connect_errors + .read_errors + .write_errors + .timeouts) | add' "$RES"/*-c*.json)
[ "$ERRORS" -eq 0 ] || die "$ERRORS errors during the wrk runs (see $RES)"
