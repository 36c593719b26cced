#!/usr/bin/env bash
# Starts the machine's PostgreSQL 15 (installing it from Debian if missing) and creates the
# role and database the tests use. Prints the URL to use as TEST_DATABASE_URL.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 || true
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q" && break
  sleep 1
done
# The package's shared_buffers (128MB) is sized for a small machine: the benchmark's million feedback rows
# (about 400MB) would be read from the OS cache on every search. 1GB is modest beside the usual quarter of RAM.
if [ "$(su postgres -c "psql -tAc 'show shared_buffers'")" = "128MB" ]; then
  su postgres -c "psql -qc \"alter system set shared_buffers = '1GB'\"" >&2
  pg_ctlcluster "$version" main restart >&2
  for _ in $(seq 1 30); do
    su postgres -c "pg_isready -q" && break
    sleep 1
  done
fi
su postgres -c "psql -v ON_ERROR_STOP=1 -q" >&2 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tandem') THEN
    CREATE ROLE tandem LOGIN PASSWORD 'tandem' CREATEDB;
  END IF;
END $$;
SQL
for db in tandem tandem_test; do
  su postgres -c "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = '$db'\"" | grep -q 1 ||
    su postgres -c "createdb -O tandem $db" >&2
done
echo "postgres://tandem:tandem@127.0.0.1:5432/tandem_test"
