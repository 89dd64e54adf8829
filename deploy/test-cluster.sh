#!/usr/bin/env bash
# Scale-out test (issue #22): three gateway instances of the packaged jar behind nginx, on one PostgreSQL,
# with one instance killed (SIGKILL) mid-load. Shows that tenants, revocations, rate limits, cursors and
# idempotent writes hold across instances, that only requests in flight on the killed instance fail, and
# that no idempotent write fails (each key: exactly one record upstream). Counts are printed at the end.
#
#   ./mvnw -B package -DskipTests      # the jar (CI: after ./mvnw verify)
#   deploy/test-cluster.sh [--duration 40] [--kill-at 15]
#
# Pieces, all on loopback and all stopped on exit:
#   PostgreSQL   Debian's server (installed with apt-get if missing) in a throw-away cluster; database
#                "crosswalk" shared by the three gateways, "sandbox" for the upstream
#   upstream     the jar with only its built-in Ashby sandbox used (its own process, so killing a gateway
#                never kills the upstream), 50 ms added latency so calls are in flight at the kill
#   gateways     three instances started together (concurrent Flyway runs on one schema included), each
#                with SPRING_DATASOURCE_URL pointing at the shared database, auth-cache TTL 2 s,
#                idempotency lease 5 s, rate limit 5/s with a burst of 30 per tenant (low, so that
#                sharing shows however slow the machine is; each client keeps its tenant at 3/s)
#   nginx        Debian's nginx-light (installed if missing), round robin, passive failure detection,
#                default retries (an idempotent request whose instance died is passed to another one)
#   load         deploy/cluster-test/ClusterLoad.java (readers with cursors and passthrough calls, writers
#                with Idempotency-Key retrying on failure with the same key); it kills the instance itself
set -euo pipefail
source "$(dirname "$0")/../bench/lib.sh"

DURATION=40 KILL_AT=15
while [ $# -gt 0 ]; do
    case $1 in
        --duration) DURATION=${2%s}; shift 2 ;;
        --kill-at) KILL_AT=${2%s}; shift 2 ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) die "unknown option $1 (see --help)" ;;
    esac
done
[ "$KILL_AT" -ge 8 ] && [ "$KILL_AT" -lt "$DURATION" ] || die "--kill-at must be at least 8 and below --duration"

CACHE_TTL=2 RPS=5 BURST=30 MAX_UNSYNCED=5 LATENCY=50ms CANDIDATES=60
READERS=(); for i in $(seq 1 10); do READERS+=("readkey$i"); done
WRITERS=(); for i in $(seq 1 5); do WRITERS+=("writekey$i"); done

JAR=$(find_jar)
OUT="$BENCH_ROOT/target/cluster-test"
PGDIR=""
cleanup() {
    stop_all
    [ -n "$PGDIR" ] && rm -rf "$PGDIR"
}
trap cleanup EXIT
rm -rf "$OUT" && mkdir -p "$OUT"

ensure_nginx || die "nginx cannot be installed (apt-get install nginx-light)"

# ---------------------------------------------------------------- PostgreSQL
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/postgres" ]; then
    log "no PostgreSQL server: installing Debian's postgresql with apt-get"
    apt_install postgresql || die "apt-get install postgresql failed"
    as_root service postgresql stop >/dev/null 2>&1 || true   # only the throw-away cluster below is wanted
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
PGDIR=$(mktemp -d /tmp/crosswalk-cluster-pg.XXXXXX)
PGPORT=$(free_port)
if [ "$(id -u)" -eq 0 ]; then   # PostgreSQL refuses to run as root
    chown postgres "$PGDIR"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust >"$OUT/pg-initdb.log" 2>&1 || die "initdb failed (see $OUT/pg-initdb.log)"
as_pg "$PGBIN/postgres" -D "$PGDIR/data" -p "$PGPORT" -k "$PGDIR" -c listen_addresses=127.0.0.1 >"$OUT/postgres.log" 2>&1 &
BENCH_PIDS+=("$!")
for _ in $(seq 1 100); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.2; done
"$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" || die "PostgreSQL did not start (see $OUT/postgres.log)"
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres crosswalk
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres sandbox
log "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PGPORT"

# ---------------------------------------------------------------- upstream and gateways
ADMIN=$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')
VAULT=$(head -c 32 /dev/urandom | base64)
JVM=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1)   # four JVMs share the machine: small and quick to warm
db_env() {
    START_ENV=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$1" SPRING_DATASOURCE_USERNAME=postgres
        SPRING_DATASOURCE_PASSWORD= SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=5
        CROSSWALK_ADMIN_TOKEN="$ADMIN" CROSSWALK_VAULT_KEY="$VAULT" CROSSWALK_DATA_DIR="$OUT/data-$2")
}

SANDBOX_KEYS=()
for key in "${READERS[@]}" "${WRITERS[@]}" revokekey limitkey; do
    SANDBOX_KEYS+=("--crosswalk.sandbox.keys.$key.organisation=org-$key" "--crosswalk.sandbox.keys.$key.candidates=$CANDIDATES"
        "--crosswalk.sandbox.keys.$key.knobs.latency=$LATENCY")
done
UPORT=$(free_port)
db_env sandbox upstream
start_java upstream "$UPORT" "$OUT/upstream.log" "${JVM[@]}" -- --crosswalk.sandbox.enabled=true "${SANDBOX_KEYS[@]}"
UPSTREAM_PID=$STARTED_PID
SANDBOX="http://127.0.0.1:$UPORT/sandbox/ashby"

GPORTS=() GPIDS=()
for i in 1 2 3; do
    port=$(free_port)
    while [[ " ${GPORTS[*]} $UPORT " == *" $port "* ]]; do port=$(free_port); done
    db_env crosswalk "gateway$i"
    START_ENV+=(CROSSWALK_ASHBY_BASE_URL="$SANDBOX" CROSSWALK_AUTH_CACHE_TTL="${CACHE_TTL}s")
    start_java "gateway$i" "$port" "$OUT/gateway$i.log" "${JVM[@]}" -- \
        "--crosswalk.rate-limit.requests-per-second=$RPS" "--crosswalk.rate-limit.burst=$BURST" \
        "--crosswalk.rate-limit.max-unsynced=$MAX_UNSYNCED" --crosswalk.idempotency.lease=5s \
        --crosswalk.ashby.concurrency.max-calls-per-key=32
    GPORTS+=("$port") GPIDS+=("$STARTED_PID")
done
START_ENV=()
wait_ready upstream "$UPORT" "$UPSTREAM_PID" "$OUT/upstream.log" 600 >/dev/null
for i in 0 1 2; do
    secs=$(wait_ready "gateway$((i + 1))" "${GPORTS[$i]}" "${GPIDS[$i]}" "$OUT/gateway$((i + 1)).log" 600)
    log "gateway$((i + 1)) ready on port ${GPORTS[$i]} after ${secs}s"
done

# ---------------------------------------------------------------- nginx
NPORT=$(free_port)
mkdir -p "$OUT/nginx"
cat >"$OUT/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $OUT/nginx/nginx.pid;
events { worker_connections 1024; }
http {
    log_format upstreams '\$msec \$request_method \$uri \$status upstream=\$upstream_addr upstream_status=\$upstream_status';
    access_log $OUT/nginx/access.log upstreams;
    upstream crosswalk {
        server 127.0.0.1:${GPORTS[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${GPORTS[1]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${GPORTS[2]} max_fails=1 fail_timeout=10s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$NPORT;
        location / {
            proxy_pass http://crosswalk;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_read_timeout 60s;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
EOF
nginx -p "$OUT/nginx" -e "$OUT/nginx/error.log" -c "$OUT/nginx/nginx.conf" >"$OUT/nginx/stdout.log" 2>&1 &
BENCH_PIDS+=("$!")
wait_port "$NPORT" || die "nginx did not start (see $OUT/nginx/error.log)"
log "nginx on port $NPORT in front of ports ${GPORTS[*]}"

# ---------------------------------------------------------------- load and checks
VICTIM=2   # the second instance: not the one whose Flyway run happened to win
INSTANCES=$(printf 'http://127.0.0.1:%s,' "${GPORTS[@]}")
disown "${GPIDS[$((VICTIM - 1))]}"   # its SIGKILL is the point: no "Killed" job notice (stop_all still stops it)
set +e
java -Dlb="http://127.0.0.1:$NPORT" -Dinstances="${INSTANCES%,}" \
    -Dvictim="127.0.0.1:${GPORTS[$((VICTIM - 1))]}" -DvictimPid="${GPIDS[$((VICTIM - 1))]}" \
    -Dsandbox="$SANDBOX" -Dadmin="$ADMIN" \
    -DreaderKeys="$(IFS=,; echo "${READERS[*]}")" -DwriterKeys="$(IFS=,; echo "${WRITERS[*]}")" \
    -DrevokeKey=revokekey -DlimitKey=limitkey -Dduration="$DURATION" -DkillAt="$KILL_AT" \
    -DcacheTtlSeconds="$CACHE_TTL" -Drps="$RPS" -Dburst="$BURST" -DmaxUnsynced="$MAX_UNSYNCED" \
    -Dpsql="$PGBIN/psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d crosswalk" \
    "$BENCH_ROOT/deploy/cluster-test/ClusterLoad.java" 2>&1 | tee "$OUT/result.txt"
STATUS=${PIPESTATUS[0]}
set -e
for i in 1 3; do
    kill -0 "${GPIDS[$((i - 1))]}" 2>/dev/null || die "gateway$i, not the one killed, died (see $OUT/gateway$i.log)"
done
[ "$STATUS" -eq 0 ] || die "cluster test failed (logs under $OUT)"
log "cluster test passed (logs under $OUT)"
