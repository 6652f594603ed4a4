#!/usr/bin/env bash
# Benchmarks on a stockholm-scale register; prints markdown tables for docs/performance.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/stockholm.sakra"
echo "## Generating a stockholm-scale register"
/usr/bin/time -f "generate: %e s, %M KiB peak" "$build/app/cli/sakra-cli" generate "$file" --scale stockholm 2>&1 | grep -v enheter || true
ls -l "$file" | awk '{print "file size: " $5 " bytes"}'
echo
echo "## Organisation (core, what the views ask)"
"$build/bench/sakra-bench-organisation" "$file" 7
echo
echo "## The same questions through the sqlite3 command line"
q() { local label="$1" sql="$2"; local s e; s=$(date +%s%N); sqlite3 "$file" "$sql" >/dev/null; e=$(date +%s%N); echo "| $label | $(( (e - s) / 1000000 )) |"; }
echo "| query | ms (one run, process start included) |"
echo "|---|---:|"
q "children of the municipality" "SELECT u.*, EXISTS(SELECT 1 FROM org_unit c WHERE c.parent_id=u.id AND c.deleted_at IS NULL) FROM org_unit u WHERE parent_id=(SELECT id FROM org_unit WHERE kind='municipality') AND deleted_at IS NULL ORDER BY name COLLATE NOCASE"
q "first 200 people by name" "SELECT p.*, u.name FROM person p LEFT JOIN org_unit u ON u.id=p.unit_id WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT 200"
q "count people" "SELECT count(*) FROM person WHERE deleted_at IS NULL"
q "empty query (process start only)" "SELECT 1"
