#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database, in one transaction: either everything
# is restored or nothing is. Stop the portal first; start it again afterwards (Flyway then applies
# any migration newer than the backup).
#
# Usage: deploy/db/restore.sh FILE DATABASE_URL
#   FILE          a file written by deploy/db/backup.sh
#   DATABASE_URL  postgresql://USER@HOST:PORT/DATABASE of an existing, empty database
#                 (createdb, or `CREATE DATABASE portal OWNER portal`); the password from PGPASSWORD
#
# docs/operations.md walks through a restore; BackupRestoreIT runs this script.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
file="$1"
url="$2"

[[ -r "$file" ]] || { echo "ERROR: cannot read $file" >&2; exit 1; }
tables="$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$url" \
  --command="select count(*) from information_schema.tables where table_schema = 'public'")"
if [[ "$tables" != "0" ]]; then
  echo "ERROR: the database already has $tables tables in schema public; restore only into an empty database" >&2
  exit 1
fi

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$url" "$file"
echo "Restored $file"
