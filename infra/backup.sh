#!/bin/sh
# The compose `backup` service: a custom-format pg_dump every night at BACKUP_AT (UTC), written
# to a temporary name and renamed when complete, dumps older than BACKUP_KEEP_DAYS removed.
# Restore: docs/operations/backup.md (pg_restore --clean --if-exists --no-owner).
set -eu
at="${BACKUP_AT:-02:30}"
keep="${BACKUP_KEEP_DAYS:-14}"
mkdir -p /backups
while :; do
  now=$(date -u +%s)
  next=$(date -u -d "$(date -u +%F) $at" +%s)
  [ "$next" -gt "$now" ] || next=$((next + 86400))
  sleep $((next - now))
  name="/backups/unspoken-$(date -u +%Y%m%dT%H%M%SZ).dump"
  if pg_dump --format=custom --compress=6 --file="$name.partial"; then
    mv "$name.partial" "$name"
    echo "backup: wrote $name ($(du -h "$name" | cut -f1))"
  else
    rm -f "$name.partial"
    echo "backup: pg_dump failed" >&2
  fi
  find /backups -name 'unspoken-*.dump' -mtime +"$keep" -delete
done
