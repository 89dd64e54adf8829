#!/usr/bin/env bash
# Faster start-up for the packaged gateway: extracts the jar (Spring Boot's CDS-friendly layout) and
# records the JVM's class cache in a training run, as Spring Boot documents ("Efficient Deployments",
# "AOT Cache" / "Class Data Sharing"). The cache is recorded, and the gateway is to be started, with
# Spring's ahead-of-time processed configuration (-Dspring.aot.enabled=true; the build's process-aot
# step puts it in the jar): bean definitions computed at build time instead of at every start. Such a
# start has the beans of the build's settings and refuses settings that would need others (the
# sandbox, the rate limit switched off, the demo profile: docs/operations.md, "Faster start-up"); use java -jar for
# those. Embedded or external PostgreSQL is chosen at run time either way.
#
#   scripts/aot-cache.sh [JAR] [DESTINATION]      (defaults: target/crosswalk-*.jar, target/aot)
#
# The cache belongs to the java that made it (JAVA, else JAVA_HOME/bin/java, else java on the PATH)
# and to the extracted jar at its absolute path: run the gateway with the command printed at the end
# (same java, same jar path; any working directory, which is where ./data lives by default). Rebuild
# the cache after every build or JDK update (a stale one is ignored with a warning).
#   - Java 25+: AOT cache (JEP 483/514/515), DESTINATION/app.aot, used with -XX:AOTCache=
#   - Java 17-24: AppCDS archive, DESTINATION/app.jsa, used with -XX:SharedArchiveFile=
#
# The training run (-Dspring.context.exit=onRefresh) creates every singleton and exits before the
# web server listens. It uses a throw-away embedded PostgreSQL in a temporary directory, generated
# secrets and no external datasource, so it never touches real data; the classes it records are the
# same for an external PostgreSQL.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${1:-$(ls "$ROOT"/target/crosswalk-*.jar 2>/dev/null | grep -v -- '-plain\|sources\|javadoc' | head -n 1 || true)}
DEST=${2:-$ROOT/target/aot}
[ -n "$JAR" ] && [ -f "$JAR" ] || { echo "no jar: build it first (./mvnw -B package -DskipTests)" >&2; exit 1; }
if [ -n "${JAVA:-}" ]; then :; elif [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi

FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
[ -n "$FEATURE" ] || { echo "cannot run $JAVA" >&2; exit 1; }
APP=$(basename "$JAR")

echo "extracting $JAR into $DEST" >&2
# Emptied rather than removed (it may be a container's WORKDIR), and only if it holds nothing but an
# earlier run's output.
mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)
for f in "$DEST"/* "$DEST"/.[!.]*; do
    [ -e "$f" ] || continue
    case $(basename "$f") in
        lib|*.jar|app.aot|app.jsa|training.log) ;;
        *) echo "$DEST holds $f, not made by this script: choose another destination" >&2; exit 1 ;;
    esac
done
rm -rf "${DEST:?}/lib" "$DEST"/*.jar "$DEST/app.aot" "$DEST/app.jsa" "$DEST/training.log"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DEST" --force >/dev/null

if [ "$FEATURE" -ge 25 ]; then
    CACHE=app.aot
    # -AOTClassLinking: with it the JVM refuses the cache at start-up ("sealing violation") because
    # a library jar (xz, used by the embedded PostgreSQL) is sealed; the cache still holds the
    # loaded and verified classes and the method profiles.
    TRAIN=(-XX:AOTCacheOutput="$DEST/$CACHE" -XX:-AOTClassLinking)
    USE="-XX:AOTCache=$DEST/$CACHE"
else
    CACHE=app.jsa
    TRAIN=(-XX:ArchiveClassesAtExit="$DEST/$CACHE")
    USE="-XX:SharedArchiveFile=$DEST/$CACHE"
fi

# Spring's ahead-of-time processed configuration, in the training run and in the start it prepares.
SPRING_AOT=-Dspring.aot.enabled=true

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/crosswalk-training.XXXXXX")
cleanup() {
    # The embedded server may still be stopping for a moment after the JVM has exited; one that
    # outlived it (the JVM killed, say) is stopped here, by the pid it wrote into the scratch directory.
    local pidfile=$SCRATCH/postgres/postmaster.pid pid
    for _ in $(seq 1 100); do [ -e "$pidfile" ] || break; sleep 0.1; done
    if [ -e "$pidfile" ] && pid=$(head -n 1 "$pidfile") && [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -rf "$SCRATCH"
}
trap cleanup EXIT

echo "training run on Java $FEATURE (log in $DEST/training.log)" >&2
(
    cd "$SCRATCH"
    # Nothing of the calling shell's configuration (datasource, profiles, feature switches, JVM options).
    env -i PATH="$PATH" HOME="${HOME:-$SCRATCH}" \
        CROSSWALK_DATA_DIR="$SCRATCH" \
        CROSSWALK_ADMIN_TOKEN="training-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" \
        CROSSWALK_VAULT_KEY="$(head -c 32 /dev/urandom | base64 | tr -d '\n')" \
        SERVER_PORT=0 \
        "$JAVA" "${TRAIN[@]}" "$SPRING_AOT" -Dspring.context.exit=onRefresh -jar "$DEST/$APP" >"$DEST/training.log" 2>&1
) || { tail -n 40 "$DEST/training.log" >&2; echo "training run failed" >&2; exit 1; }
[ -s "$DEST/$CACHE" ] || { tail -n 40 "$DEST/training.log" >&2; echo "no $CACHE written" >&2; exit 1; }

echo "wrote $DEST/$CACHE ($(du -h "$DEST/$CACHE" | cut -f1)); start the gateway with:" >&2
echo "$JAVA $USE $SPRING_AOT -jar $DEST/$APP"
