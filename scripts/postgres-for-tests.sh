#!/usr/bin/env bash
# Makes a local PostgreSQL ready for the test suite and prints the URL the suite should use
# (SPOJNIA_TEST_POSTGRES_URL). Starts the machine's cluster, installs PostgreSQL with apt when
# it is missing, and creates a password role that may create databases, plus its own
# database. Safe to run again: the role keeps the password kept in the state folder.
# Needs root (apt, and running psql as the postgres user). Only the URL goes to stdout.
set -euo pipefail

role=spojnia_test
state_dir=${SPOJNIA_STATE_DIR:-${XDG_STATE_HOME:-${HOME:-/root}/.local/state}/spojnia}

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]; then
  echo "PostgreSQL is not installed: installing it with apt-get" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
if [ -z "$(pg_lsclusters --no-header 2>/dev/null)" ]; then
  # The server is installed but its cluster was removed: make one for the newest version.
  newest=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  echo "Creating PostgreSQL cluster $newest/main" >&2
  pg_createcluster "$newest" main >&2
fi

# The first cluster listed (on Debian 12: "15 main 5432 …").
read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ "$status" != online ]; then
  echo "Starting PostgreSQL $version/$cluster" >&2
  pg_ctlcluster "$version" "$cluster" start >&2
fi
for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL did not start on port $port" >&2; exit 1; }

mkdir -p "$state_dir"
password_file="$state_dir/test-postgres-password"
if [ ! -s "$password_file" ]; then
  (umask 077 && od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$password_file")
fi
password=$(cat "$password_file")

as_postgres() { runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"; }
# The password goes through a psql variable on stdin, so it never shows in a process list.
as_postgres -d postgres -v role="$role" >&2 <<SQL
\set password '$password'
SELECT format('CREATE ROLE %I LOGIN CREATEDB', :'role')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" LOGIN CREATEDB PASSWORD :'password';
-- Byte-order collation, as SQLite sorts: the suite expects the same order on both engines.
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LC_COLLATE %L', :'role', :'role', 'UTF8', 'C')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'role') \gexec
SQL

echo "postgres://$role:$password@127.0.0.1:$port/$role"
