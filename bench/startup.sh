#!/usr/bin/env bash
# Start-up of the packaged portal, measured several times each way (issue 7's "start to first page"):
# from the start of the JVM to the first 200 of the inventory page, against the benchmark's database.
#
#   bench/startup.sh [--scale 1] [--runs 3] [--no-build]
#
# The ways:
#   jdk17        the package as built (fast-jar), on the JDK the project is built for (the container's);
#   newer        the same package on a JDK 24 or newer, without an AOT cache (to tell the JDK's share);
#   newer_aot    the aot-jar package on that JDK with an ahead-of-time cache (Project Leyden, JEP 483/515),
#                recorded by a training run that opens the public pages once.
# The JDK for the last two is BENCH_AOT_JAVA, or the first JDK 24+ under /usr/lib/jvm; without one they
# are skipped. Needs the database bench/run.sh (or bench/generate.sh) made for the scale. Writes
# startup_* lines to .local/bench/startup-<db>.txt, which bench/report.py adds to docs/performance.md.
source "$(dirname "$0")/common.sh"

SCALE=1; RUNS=3; BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="$2"; shift 2 ;;
        --runs) RUNS="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DB_NAME="${BENCH_DB:-portal_bench_${SCALE//./_}}"
export BENCH_DB="$DB_NAME"
OUT="$BENCH_DIR/startup-$DB_NAME.txt"
BASE="http://localhost:$PORTAL_PORT"
trap portal_stop EXIT

newer_java() {
    if [ -n "${BENCH_AOT_JAVA:-}" ]; then echo "$BENCH_AOT_JAVA"; return; fi
    local java version
    for java in /usr/lib/jvm/*/bin/java; do
        version="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
        if [ -n "$version" ] && [ "$version" -ge 24 ] 2>/dev/null; then echo "$java"; return; fi
    done
}
AOT_JAVA="$(newer_java)"

# ---------- packages ----------
# The aot-jar first, so that target/quarkus-app is the ordinary package afterwards.
if [ "$BUILD" = 1 ]; then
    if [ -n "$AOT_JAVA" ]; then
        log "building the aot-jar package"
        (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -DskipNpm -Dquarkus.package.jar.type=aot-jar)
        rm -rf "$BENCH_DIR/app-aot" && cp -r "$ROOT/target/quarkus-app" "$BENCH_DIR/app-aot"
    fi
    log "building the package"
    (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -DskipNpm)
    rm -rf "$BENCH_DIR/app-startup" && cp -r "$ROOT/target/quarkus-app" "$BENCH_DIR/app-startup"
fi
pg_start
psql_bench -tAc "select 1" >/dev/null || { echo "no database $DB_NAME: run bench/run.sh --scale $SCALE first" >&2; exit 1; }

# Starts the portal with java $1, options $2, package $3; prints milliseconds to the first inventory page.
first_page_ms() {
    local t0
    t0=$(date +%s%N)
    BENCH_JAVA="$1" BENCH_JAVA_OPTS="-Xmx512m $2" JAR="$3/quarkus-run.jar" portal_start
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/technologies")" = 200 ]; do
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$BENCH_DIR/portal.log" >&2; exit 1; }
        sleep 0.05
    done
    echo $(( ($(date +%s%N) - t0) / 1000000 ))
    portal_stop
}

median() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

: > "$OUT"
record() { echo "$1=$2" >> "$OUT"; log "$1 = $2"; }
record startup_load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
record startup_runs "$RUNS"

measure() { # name java options package
    local name="$1" all=""
    record "startup_${name}_java" "$("$2" -version 2>&1 | head -1)"
    # One start not counted: the first after a build reads the package from disk.
    first_page_ms "$2" "$3" "$4" >/dev/null
    for _ in $(seq "$RUNS"); do all="$all $(first_page_ms "$2" "$3" "$4")"; done
    record "startup_${name}_ms_all" "${all# }"
    record "startup_${name}_ms" "$(echo "${all# }" | median)"
}

measure jdk17 java "" "$BENCH_DIR/app-startup"
if [ -n "$AOT_JAVA" ]; then
    measure newer "$AOT_JAVA" "" "$BENCH_DIR/app-startup"
    # The training run: start, open the public pages once, stop; the JVM writes the cache as it exits.
    rm -f "$BENCH_DIR/app-aot/app.aot"
    BENCH_JAVA="$AOT_JAVA" BENCH_JAVA_OPTS="-Xmx512m -XX:AOTCacheOutput=$BENCH_DIR/app-aot/app.aot" \
        JAR="$BENCH_DIR/app-aot/quarkus-run.jar" portal_start
    portal_wait_ready 300
    tech="$(psql_bench -tAc "select slug from disclosure order by id limit 1")"
    for path in / /technologies "/technologies?q=camera" "/technologies?kind=police&category=automated_license_plate_readers&nda=none" "/technologies/$tech" \
            /agencies /vendors /api/v1/technologies /comments/open; do
        curl -s -o /dev/null "$BASE$path"
    done
    portal_stop
    [ -f "$BENCH_DIR/app-aot/app.aot" ] || { tail -40 "$BENCH_DIR/portal.log" >&2; echo "no AOT cache written" >&2; exit 1; }
    record startup_newer_aot_cache_mb $(( $(stat -c %s "$BENCH_DIR/app-aot/app.aot") / 1048576 ))
    measure newer_aot "$AOT_JAVA" "-XX:AOTCache=$BENCH_DIR/app-aot/app.aot" "$BENCH_DIR/app-aot"
fi
log "wrote $OUT"
