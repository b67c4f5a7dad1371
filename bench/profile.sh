#!/usr/bin/env bash
# Where an uncached page's time goes: the packaged portal with the page cache off and a JFR recording, one
# page under load (wrk, 8 connections) after a warm-up, then the hottest methods (self time) and the share of
# the samples under a few frames of interest (bench/jfr_top.py).
#
#   bench/profile.sh URL-PATH [--warm 60] [--seconds 40] [--name inventory]
# Needs the dataset of bench/uncached.sh (same BENCH_DB) and the package copied to .local/bench/app by it.
source "$(dirname "$0")/common.sh"
PATH_Q="$1"; shift
WARM=60; SECONDS_REC=40; NAME=page
while [ $# -gt 0 ]; do
    case "$1" in
        --warm) WARM="$2"; shift 2 ;;
        --seconds) SECONDS_REC="$2"; shift 2 ;;
        --name) NAME="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DB_NAME="${BENCH_DB:-portal_bench_1}"
export BENCH_JAR="${BENCH_JAR:-$BENCH_DIR/app/quarkus-run.jar}"; JAR="$BENCH_JAR"
trap portal_stop EXIT
pg_start
out="$BENCH_DIR/profile-$NAME"
mkdir -p "$out"
PAGE_CACHE_FRESHNESS=0s BENCH_JAVA_OPTS="-Xmx512m -XX:+FlightRecorder" portal_start
portal_wait_ready 600
BASE="http://localhost:$PORTAL_PORT"
log "warming $PATH_Q for $WARM s (load $(cut -d' ' -f1-3 /proc/loadavg))"
wrk -t1 -c8 -d"${WARM}s" --timeout 30s "$BASE$PATH_Q" >/dev/null
jcmd "$PORTAL_PID" JFR.start name=p settings=profile filename="$out/rec.jfr" >/dev/null
wrk -t2 -c8 -d"${SECONDS_REC}s" --timeout 30s -s "$ROOT/bench/saturate.lua" "$BASE$PATH_Q" | grep '^SAT' | tee "$out/wrk.txt"
jcmd "$PORTAL_PID" JFR.stop name=p >/dev/null
psql_admin "$DB_NAME" -tAc "select 1" >/dev/null
jfr print --events jdk.ExecutionSample --stack-depth 200 "$out/rec.jfr" > "$out/samples.txt"
python3 "$ROOT/bench/jfr_top.py" "$out/samples.txt" | tee "$out/top.txt"
log "load $(cut -d' ' -f1-3 /proc/loadavg); recording in $out"
