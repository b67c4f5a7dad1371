# Shared by bench/generate.sh and bench/run.sh: a PostgreSQL 15 server of their own (Debian's binaries,
# run as the postgres user), and the packaged portal started against it. Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-$ROOT/.local/bench}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PG_PORT="${PG_PORT:-5490}"
PG_DATA="$BENCH_DIR/pg"
DB_NAME="${BENCH_DB:-portal_bench}"   # set per scale by generate.sh and run.sh
PORTAL_PORT="${PORTAL_PORT:-8190}"
# The benchmark runs a copy of the package (bench/run.sh makes it), so that a build meanwhile does not change it.
JAR="${BENCH_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}"

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_bench() {
    PGPASSWORD=portal psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U portal -d "$DB_NAME" "$@"
}

psql_admin() {
    PGPASSWORD=postgres psql -X -q -v ON_ERROR_STOP=1 -h localhost -p "$PG_PORT" -U postgres -d "${1:-postgres}" "${@:2}"
}

# A dedicated cluster, tuned like a small production server, with pg_stat_statements (statements per
# request) and auto_explain (plans of the portal's own queries) loaded but quiet until asked.
pg_start() {
    mkdir -p "$BENCH_DIR"
    if [ ! -f "$PG_DATA/PG_VERSION" ]; then
        log "initdb $PG_DATA"
        mkdir -p "$PG_DATA"
        [ "$(id -u)" = 0 ] && chown postgres "$PG_DATA" "$BENCH_DIR"
        local pw; pw="$(mktemp)"; echo postgres > "$pw"; chmod 644 "$pw"
        as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pw" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
        rm -f "$pw"
        cat >> "$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = 'localhost'
unix_socket_directories = '$PG_DATA'
shared_buffers = 1GB
effective_cache_size = 4GB
work_mem = 16MB
maintenance_work_mem = 512MB
max_wal_size = 8GB
checkpoint_timeout = 30min
random_page_cost = 1.1
shared_preload_libraries = 'pg_stat_statements,auto_explain'
pg_stat_statements.track_utility = off
pg_stat_statements.max = 10000
auto_explain.log_min_duration = -1
auto_explain.log_nested_statements = on
logging_collector = on
log_directory = 'log'
log_filename = 'postgresql.log'
CONF
    fi
    if ! as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
        log "starting PostgreSQL on port $PG_PORT"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DATA/startup.log" start >/dev/null
    fi
    if ! psql_admin postgres -tAc "select 1 from pg_roles where rolname = 'portal'" | grep -q 1; then
        psql_admin postgres -c "create role portal login password 'portal'"
    fi
}

pg_stop() {
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
}

# Environment of the packaged portal in production mode, with no identity provider reachable (public
# pages do not need one: see DependenciesDownIT) and background jobs off so that they do not count.
portal_env() {
    echo QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/$DB_NAME"
    echo QUARKUS_DATASOURCE_USERNAME=portal
    echo QUARKUS_DATASOURCE_PASSWORD=portal
    echo QUARKUS_HTTP_PORT="$PORTAL_PORT"
    echo PORTAL_MANAGEMENT_PORT="$((PORTAL_PORT + 1000))"
    echo QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:9/realms/oversight
    echo PORTAL_OIDC_CLIENT_SECRET=bench-client-secret-0123456789-0123456789
    echo PORTAL_SESSION_SECRET=bench-session-secret-0123456789-0123456789
    echo PORTAL_CSRF_SECRET=bench-csrf-secret-0123456789-0123456789
    echo PORTAL_SECURE_COOKIES=false
    echo PORTAL_MAIL_MOCK=true
    echo PORTAL_MAIL_SEND_EVERY=off
    echo PORTAL_REPORTS_REMIND_CRON=off
    # The bulk archive's daily build (30 s after start when none exists) and subscription delivery would
    # compete with the pages for the two CPUs.
    echo PORTAL_DOWNLOADS_BULK_CHECK_EVERY=off
    echo PORTAL_SUBSCRIPTIONS_DELIVER_EVERY=off
    echo PORTAL_DEMO_DATA=false
    echo PORTAL_PAGE_CACHE_FRESHNESS="${PAGE_CACHE_FRESHNESS:-5s}"
}

# Starts the portal in the background; sets PORTAL_PID. JAVA_OPTS as in the container image; BENCH_JAVA
# chooses another java (bench/startup.sh).
portal_start() {
    local logfile="$BENCH_DIR/portal.log"
    [ -f "$JAR" ] || { echo "$JAR is missing: build with ./mvnw -B -o package -DskipTests -DskipNpm" >&2; exit 1; }
    # shellcheck disable=SC2046
    env -i PATH="$PATH" HOME="$HOME" $(portal_env) \
        "${BENCH_JAVA:-java}" ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$JAR" >"$logfile" 2>&1 &
    PORTAL_PID=$!
}

portal_wait_ready() {
    local deadline=$((SECONDS + ${1:-180}))
    until curl -fs -o /dev/null "http://localhost:$((PORTAL_PORT + 1000))/q/health/ready"; do
        kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$BENCH_DIR/portal.log" >&2; echo "portal exited" >&2; exit 1; }
        [ $SECONDS -lt $deadline ] || { tail -40 "$BENCH_DIR/portal.log" >&2; echo "portal not ready" >&2; exit 1; }
        sleep 0.1
    done
}

portal_stop() {
    if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
        kill "$PORTAL_PID"; wait "$PORTAL_PID" 2>/dev/null || true
    fi
    PORTAL_PID=
}
