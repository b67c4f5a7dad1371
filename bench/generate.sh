#!/usr/bin/env bash
# Generates the national-scale dataset (issue 7) into the benchmark's own PostgreSQL.
#   bench/generate.sh [--scale 1] [--seed 20261122]
# --scale 1 = 20,000 agencies, 2,000 vendors, 100,000 disclosures (~210,000 revisions), 1,000,000 comments,
# 200,000 annual reports and their decisions; --scale 0.1 = a tenth. Same seed and scale, same rows.
# The schema is the portal's own: the packaged portal is started once to run the Flyway migrations.
# To fill another database, migrate it and run bench/generate-data.sql with @SEED@/@SCALE@ replaced.
source "$(dirname "$0")/common.sh"

SCALE=1
SEED=20261122
while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE="$2"; shift 2 ;;
        --seed) SEED="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
[[ "$SCALE" =~ ^[0-9]*\.?[0-9]+$ ]] || { echo "--scale must be a number" >&2; exit 2; }
[[ "$SEED" =~ ^[0-9]+$ ]] || { echo "--seed must be an integer" >&2; exit 2; }
DB_NAME="${BENCH_DB:-portal_bench_${SCALE//./_}}"

pg_start
psql_admin postgres -c "drop database if exists $DB_NAME with (force)"
psql_admin postgres -c "create database $DB_NAME owner portal"
psql_admin "$DB_NAME" -c "create extension if not exists pg_stat_statements"

log "migrating the schema (the portal's Flyway migrations, by starting it once)"
trap portal_stop EXIT
portal_start
portal_wait_ready 300
portal_stop

log "generating scale $SCALE, seed $SEED"
start=$SECONDS
sed -e "s/@SEED@/$SEED/g" -e "s/@SCALE@/$SCALE/g" "$ROOT/bench/generate-data.sql" | psql_bench -f - 2>&1 \
    | grep -v '^$' | sed 's/^/    /' >&2
echo "scale=$SCALE seed=$SEED generated in $((SECONDS - start)) s" > "$BENCH_DIR/dataset-$DB_NAME"
log "done in $((SECONDS - start)) s"
