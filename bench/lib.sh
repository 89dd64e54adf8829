# Shared helpers of bench/loadtest.sh and bench/run.sh (sourced, not run).
# Every process started here is recorded and stopped by stop_all (trap it on EXIT).

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_PIDS=()
START_ENV=()   # extra VAR=value settings for the next start_java
START_JAVA=java START_JAR=""   # java and jar (default $JAR) of the next start_java

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# as_root COMMAND...: as it is when root, through sudo otherwise.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# apt_install PACKAGE: one of Debian's packages, installed quietly; fails when it cannot be had.
apt_install() {
    as_root apt-get update -qq >/dev/null && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

# wrk is not preinstalled on CI machines; Debian has it.
ensure_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    log "wrk not found: installing it with apt-get"
    apt_install wrk || die "apt-get install wrk failed"
    command -v wrk >/dev/null 2>&1 || die "wrk still missing after apt-get install"
}

# nginx, the reference hop of bench/run.sh (Debian's nginx-light); returns 1 when it cannot be had.
ensure_nginx() {
    command -v nginx >/dev/null 2>&1 && return 0
    log "nginx not found: installing nginx-light with apt-get (the reference hop)"
    apt_install nginx-light || return 1
    # Debian starts the service it installs; only the instance run.sh starts itself is wanted.
    as_root service nginx stop >/dev/null 2>&1 || true
    command -v nginx >/dev/null 2>&1
}

find_jar() {
    local jar
    jar=$(ls "$BENCH_ROOT"/target/crosswalk-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|javadoc' | head -n 1 || true)
    [ -n "$jar" ] || die "no target/crosswalk-*.jar: build it first (./mvnw -B package -DskipTests)"
    echo "$jar"
}

# A TCP port nobody listens on (the machine is shared with other engineers' servers).
free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$(( 10000 + RANDOM % 22000 ))   # below the ephemeral range (32768+)
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    die "no free port found"
}

# wait_port PORT: until something accepts connections on the port (20 s at most).
wait_port() {
    for _ in $(seq 1 200); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done
    return 1
}

# start_java NAME PORT LOGFILE [java options...] -- [application arguments...]
# Starts the jar in the background; sets STARTED_PID and STARTED_AT (epoch seconds, ns precision).
start_java() {
    local name=$1 port=$2 logfile=$3
    shift 3
    local jvm=() app=()
    while [ $# -gt 0 ] && [ "$1" != "--" ]; do jvm+=("$1"); shift; done
    [ $# -gt 0 ] && shift
    app=("$@")
    STARTED_AT=$(date +%s.%N)
    env "${START_ENV[@]}" SERVER_PORT="$port" "$START_JAVA" "${jvm[@]}" -jar "${START_JAR:-$JAR}" "${app[@]}" >"$logfile" 2>&1 &
    STARTED_PID=$!
    BENCH_PIDS+=("$STARTED_PID")
    log "$name: pid $STARTED_PID on port $port (log $logfile)"
}

# wait_ready NAME PORT PID LOGFILE [timeout s]: polls /actuator/health/readiness until UP;
# prints the seconds since STARTED_AT.
wait_ready() {
    local name=$1 port=$2 pid=$3 logfile=$4 timeout=${5:-300}
    local deadline=$(( $(date +%s) + timeout ))
    while true; do
        if curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
            awk -v s="$STARTED_AT" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f\n", e - s }'
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 60 "$logfile" >&2
            die "$name exited during start-up"
        fi
        [ "$(date +%s)" -lt "$deadline" ] || { tail -n 60 "$logfile" >&2; die "$name not ready after ${timeout}s"; }
        sleep 0.05
    done
}

# Peak resident set size of a process so far, in MiB (VmHWM from /proc).
vm_hwm_mib() {
    awk '/^VmHWM:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}
vm_rss_mib() {
    awk '/^VmRSS:/ { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"
}

# Largest heap occupancy before a collection seen in a -Xlog:gc log, in MiB ("12M->3M(128M)").
gc_log_peak_heap_mib() {
    grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$1" 2>/dev/null \
        | awk -F'[M>(-]+' '{ if ($1 > peak) peak = $1; if ($3 > cap) cap = $3 } END { printf "%d %d\n", peak, cap }'
}

stop_pid() {
    local pid=$1
    kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
}

stop_all() {
    local pid
    for pid in "${BENCH_PIDS[@]:-}"; do
        [ -n "$pid" ] && stop_pid "$pid"
    done
    BENCH_PIDS=()
}

# onboard PORT ADMIN_TOKEN NAME ASHBY_KEY: prints the tenant's api_token.
onboard() {
    local port=$1 admin=$2 name=$3 key=$4 answer
    answer=$(curl -fsS -m 30 -X POST "http://127.0.0.1:$port/admin/tenants" \
        -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
        -d "{\"name\":\"$name\",\"ashby_api_key\":\"$key\"}") || die "onboarding $name failed"
    jq -er '.result.api_token' <<<"$answer" || die "no api_token in $answer"
}

basic_auth() { printf '%s:' "$1" | base64 -w0; }

# user + system CPU time a process has used so far, in clock ticks (/proc/PID/stat fields 14 and 15).
cpu_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat" 2>/dev/null || echo 0
}
