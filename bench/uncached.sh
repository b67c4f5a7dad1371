#!/usr/bin/env bash
# The uncached table of issue 16: six pages with the page cache off (PORTAL_PAGE_CACHE_FRESHNESS=0s),
# each measured RUNS times (3 by default) — saturation, then p50/p99 at 80 % of that run's saturation —
# and the MEDIAN of the runs reported beside the previous figures (bench/uncached-previous.txt).
#
#   bench/uncached.sh [--scale 1] [--seed 20261122] [--no-build] [--reuse-db] [--runs 3] [--duration 15]
#                     [--connections 32] [--warm 30] [--out docs/performance.md]
#
# Single 15-second runs of an uncached page swing 2–15x on the shared 2-CPU machine, hence the median.
# The section it writes goes between the markers <!-- uncached:begin --> and <!-- uncached:end --> of
# --out (appended when they are missing), so bench/run.sh's cached measurements stay where they are.
source "$(dirname "$0")/common.sh"

SCALE=1; SEED=20261122; BUILD=1; REUSE=0; RUNS=3; DURATION=15; CONNECTIONS=32; WARM=30
OUT="$ROOT/docs/performance.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --reuse-db) REUSE=1; shift ;;
        --runs) RUNS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --warm) WARM="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
DB_NAME="${BENCH_DB:-portal_bench_${SCALE//./_}}"
export BENCH_DB="$DB_NAME"
THREADS=2
RESULTS="$BENCH_DIR/uncached-$DB_NAME.txt"
BASE="http://localhost:$PORTAL_PORT"
mkdir -p "$BENCH_DIR"
: > "$RESULTS"
record() { echo "$1=$2" >> "$RESULTS"; log "$1 = $2"; }
cleanup() { portal_stop; true; }
trap cleanup EXIT

record load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -q wrk >/dev/null; }
if [ "$BUILD" = 1 ]; then
    log "building the package"
    rm -rf "$ROOT/target/classes" # templates that moved would stay there (and the offline build has no clean plugin)
    (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests -DskipNpm)
fi
rm -rf "$BENCH_DIR/app" && cp -r "$ROOT/target/quarkus-app" "$BENCH_DIR/app"
export BENCH_JAR="$BENCH_DIR/app/quarkus-run.jar"
JAR="$BENCH_JAR"

pg_start
marker="$BENCH_DIR/dataset-$DB_NAME"
if [ "$REUSE" = 1 ] && [ -f "$marker" ] && grep -q "scale=$SCALE seed=$SEED " "$marker"; then
    log "reusing $DB_NAME ($(cat "$marker"))"
else
    "$ROOT/bench/generate.sh" --scale "$SCALE" --seed "$SEED"
fi
record dataset "$(cat "$marker")"
record rows_disclosure "$(psql_bench -tAc "select count(*) from disclosure")"
record rows_public_comment "$(psql_bench -tAc "select count(*) from public_comment")"

# A first start applies any pending migration (and its ANALYZE-free plans settle); the measured one is the second.
portal_start; portal_wait_ready 600; portal_stop
PAGE_CACHE_FRESHNESS=0s portal_start
portal_wait_ready 600

q() { psql_bench -tAc "$1"; }
b64url() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
page_size=$(grep -oE '^portal.inventory.page-size=[0-9]+' "$ROOT/src/main/resources/application.properties" | cut -d= -f2)
page_size=${page_size:-25}
# Page 500 by name: its cursor is the last row of page 499 (keyset: ?after=<that row>).
p500=$(q "select id || E'\n' || lower(name) from disclosure order by lower(name), id offset $((499 * page_size - 1)) limit 1")
busy=$(q "select d.slug from disclosure d join comment_period p on p.disclosure_id = d.id
          join (select period_id, count(*) c from public_comment where status = 'PUBLISHED' group by period_id) x
            on x.period_id = p.id where x.c >= 200 order by x.c, d.id limit 1")
record busy_technology_comments "$(q "select count(*) from public_comment c join comment_period p on p.id = c.period_id
                   join disclosure d on d.id = p.disclosure_id where d.slug = '$busy' and c.status = 'PUBLISHED'")"

declare -A URL
URL[inventory]="/technologies"
URL[inventory_p500]="/technologies?after=$(b64url "name"$'\n'"$p500")"
URL[technology]="/technologies/$busy"
URL[inventory_filtered]="/technologies?kind=police&category=automated_license_plate_readers&nda=none"
URL[search]="/technologies?q=shotalert"
URL[home]="/"
ORDER="inventory inventory_p500 technology inventory_filtered search home"
for page in $ORDER; do
    record "url_$page" "${URL[$page]}"
    code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE${URL[$page]}")
    [ "$code" = 200 ] || { echo "$page: HTTP $code for ${URL[$page]}" >&2; exit 1; }
done
# The page 500 really is a full page further on (a wrong cursor would fall back to the first page).
curl -s "$BASE${URL[inventory_p500]}" | grep -q 'rel="next"\|after=' || log "warning: page 500 shows no next link"

# The JIT compiles the rendering paths only after minutes of renders (bench/analysis-1.md).
log "warming up, ${WARM} s per page"
for page in $ORDER; do wrk -t1 -c8 -d"${WARM}s" --timeout 30s "$BASE${URL[$page]}" >/dev/null; done

field() { sed -E "s/.*$1=([^ ]+).*/\1/" <<< "$2"; }
for run in $(seq 1 "$RUNS"); do
    for page in $ORDER; do
        log "run $run/$RUNS: $page"
        record "load_${page}_$run" "$(cut -d' ' -f1-3 /proc/loadavg)"
        sat=$(wrk -t$THREADS -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s "$ROOT/bench/saturate.lua" \
              "$BASE${URL[$page]}" | grep '^SAT')
        rps=$(field rps "$sat")
        record "rps_${page}_$run" "$rps"
        rate=$(awk -v r="$rps" 'BEGIN { printf "%.2f", r * 0.8 }')
        pac=$(RATE="$rate" THREADS=$THREADS wrk -t$THREADS -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s \
              -s "$ROOT/bench/paced.lua" "$BASE${URL[$page]}" | grep '^PACED')
        record "paced_rps_${page}_$run" "$(field rps "$pac")"
        record "p50_${page}_$run" "$(field p50 "$pac")"
        record "p99_${page}_$run" "$(field p99 "$pac")"
        record "errors_${page}_$run" "$(field errors "$sat")/$(field non2xx "$sat")/$(field errors "$pac")"
        sleep 2 # let the portal finish what the last run left queued
    done
done

record load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
record runs "$RUNS"
record settings "$THREADS wrk threads, $CONNECTIONS connections, ${DURATION} s per run, ${WARM} s warm-up per page, on loopback"
record machine "$(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM"
record software "$(java -version 2>&1 | head -1), PostgreSQL $(psql_bench -tAc 'show server_version' | cut -d' ' -f1)"
record date "$(date -u '+%Y-%m-%d %H:%M UTC')"
record commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
python3 "$ROOT/bench/uncached_report.py" "$RESULTS" "$ROOT/bench/uncached-previous.txt" "$OUT"
log "wrote the uncached section of $OUT"
