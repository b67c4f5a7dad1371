#!/usr/bin/env bash
# Backs up the portal's database to one file (pg_dump's custom format: compressed, restorable table by
# table). Safe while the portal runs: pg_dump reads one consistent snapshot.
#
# Usage: deploy/db/backup.sh DATABASE_URL FILE
#   DATABASE_URL  postgresql://USER@HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass)
#   FILE          where to write the backup, e.g. portal-$(date +%F).dump
#
# Use the pg_dump of the server's major version or newer (`pg_dump --version`). docs/operations.md
# describes schedules and retention; BackupRestoreIT runs this script.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
url="$1"
file="$2"

pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" --dbname="$url"
# An unreadable archive is no backup: list its contents before calling it done.
pg_restore --list "$file.partial" > /dev/null
mv "$file.partial" "$file"
echo "Backed up to $file ($(du -h "$file" | cut -f1))"
