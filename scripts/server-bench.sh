#!/usr/bin/env bash
# The list, dashboard and self-assessment benchmarks on a stockholm-scale register moved into a
# shared register on a throw-away PostgreSQL 15 server, as the head of security (who sees all) and
# as a unit manager (who sees one unit), beside the same benchmarks on the SQLite file. Prints the
# markdown that docs/performance.md records. Usage: scripts/server-bench.sh [FILE]
# FILE: a stockholm-scale register (sakra-cli generate FILE --scale stockholm); made when missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
if [ "${SAKRA_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  "$here/scripts/deps.sh"
  "$here/scripts/build.sh"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="${1:-$work/stockholm.sakra}"
cli="$build/app/cli/sakra-cli"
if [ ! -f "$file" ]; then
  echo "## Generating a stockholm-scale register"
  "$cli" generate "$file" --scale stockholm >/dev/null
fi
# The benchmarks that take a shared register's address as well as a file.
benches=(risk action incident assessment)
run_all() {
  local where="$1"
  for b in "${benches[@]}"; do
    echo
    echo "### $b"
    "$build/bench/sakra-bench-$b" "$where" 5
  done
}
echo "## On the SQLite file"
run_all "$file"

# The unit with the most incidents, for the manager.
unit=$(sqlite3 "$file" "SELECT o.id FROM org_unit o JOIN incident i ON i.unit_id = o.id AND i.deleted_at IS NULL \
  WHERE o.kind = 'unit' AND o.deleted_at IS NULL GROUP BY o.id ORDER BY count(*) DESC LIMIT 1")
root=$(sqlite3 "$file" "SELECT id FROM org_unit WHERE parent_id IS NULL")
export SAKRA_BENCH_FILE="$file" SAKRA_BENCH_UNIT="$unit" SAKRA_BENCH_ROOT="$root" SAKRA_CLI="$cli" BUILD="$build"
export BENCHES="${benches[*]}"
pg_virtualenv -t -v 15 bash -c '
  set -euo pipefail
  benches=($BENCHES)
  createdb sakra_bench
  url="postgresql://$PGUSER@$PGHOST:$PGPORT/sakra_bench"
  "$SAKRA_CLI" server init "$url" >/dev/null
  start=$(date +%s%N)
  "$SAKRA_CLI" server import "$url" --from "$SAKRA_BENCH_FILE" >/dev/null
  echo
  echo "server import of the file: $(( ($(date +%s%N) - start) / 1000000000 )) s"
  echo "database size: $(psql -Atc "SELECT pg_size_pretty(pg_database_size('"'"'sakra_bench'"'"'))" sakra_bench)"
  "$SAKRA_CLI" server grant "$url" --user bench_head --unit "$SAKRA_BENCH_ROOT" --role head --password bench-1 >/dev/null
  "$SAKRA_CLI" server grant "$url" --user bench_manager --unit "$SAKRA_BENCH_UNIT" --role manager --password bench-1 >/dev/null
  for who in head manager; do
    echo
    echo "## On the server as the $who"
    for b in "${benches[@]}"; do
      echo
      echo "### $b"
      "$BUILD/bench/sakra-bench-$b" "postgresql://bench_$who:bench-1@$PGHOST:$PGPORT/sakra_bench" 5
    done
  done
'
