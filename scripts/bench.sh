#!/usr/bin/env bash
# Benchmarks on a stockholm-scale register; prints the markdown that docs/performance.md records.
# Each core figure stands beside the same query run by the sqlite3 command line on the same file
# (".timer on" in one sqlite3 process: the query's own time, warm cache, millisecond resolution).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
if [ "${SAKRA_BENCH_SKIP_BUILD:-0}" != 1 ]; then
  "$here/scripts/deps.sh"
  "$here/scripts/build.sh"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="${SAKRA_BENCH_FILE:-$work/stockholm.sakra}"
if [ ! -f "$file" ]; then
  echo "## Generating a stockholm-scale register"
  /usr/bin/time -f "generate: %e s wall, %U s user + %S s system processor time, %M KiB peak memory" "$build/app/cli/sakra-cli" generate "$file" --scale stockholm 2>&1 \
    | tr '\r' '\n' | grep -v enheter || true
fi
echo "file size: $(stat -c %s "$file") bytes"
echo
echo "## Organisation"
"$build/bench/sakra-bench-organisation" "$file" 7
echo
echo "## Risks"
"$build/bench/sakra-bench-risk" "$file" 7 | tee "$work/risk.txt"
echo
echo "## Actions"
"$build/bench/sakra-bench-action" "$file" 7 | tee "$work/action.txt"
echo
echo "## Incidents"
"$build/bench/sakra-bench-incident" "$file" 7 | tee "$work/incident.txt"
echo
echo "## Every list page beside the best plain query"
echo
# sakra-bench-list times each page as the views ask for it (median of rounds of ten calls) and
# writes the statements it ran. Each page's best plain query is the faster of two forms, each run
# by sqlite3 on the same file, timed the same way (median of five rounds of ten runs in one
# process, after one to warm the cache; sqlite3's processor time, user and system, since its wall
# clock counts whole milliseconds): the page's query written as one statement (filter, order
# and LIMIT on the joined rows), and the statements Säkra ran (plain SQL too, which reads the
# page's ids from an index first where the order allows).
"$build/bench/sakra-bench-list" "$file" 7 > "$work/list.tsv"
plain_ms() {
  local sql="$1"
  { echo ".output /dev/null"; echo ".timer on"; echo "$sql;"
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50; do
      echo "$sql;"
    done; } | sqlite3 "$file" 2>&1 | grep '^Run Time' | awk '{print $6 + $8}' | tail -n 50 \
    | awk '{s += $1; if (NR % 10 == 0) { printf "%.3f\n", s * 100; s = 0 }}' | sort -n | sed -n 3p
}
# A page of Säkra's (ids first, then the rows) as one statement on the joined rows.
one_statement() {
  perl -pe 's/^(SELECT .*?) FROM \(SELECT (\w+)\.id FROM (\w+) \2( WHERE .*?)( ORDER BY .*?)( LIMIT \S+ OFFSET \S+)\) AS page JOIN \3 \2 ON \2\.id = page\.id(.*?)\5$/$1 FROM $3 $2$7$4$5$6/'
}
today=$(awk -F'\t' '$1 == "today" {print $2}' "$work/list.tsv")
board_cte="WITH RECURSIVE board(unit_id, board_id) AS (SELECT id, CASE WHEN kind = 'board' THEN id ELSE board_id END FROM org_unit WHERE kind IN ('board','administration','company') AND deleted_at IS NULL UNION ALL SELECT c.id, b.board_id FROM org_unit c JOIN board b ON c.parent_id = b.unit_id WHERE c.deleted_at IS NULL AND c.kind NOT IN ('board','administration','company'))"
dept_cte="WITH RECURSIVE dept(unit_id, dept_id) AS (SELECT id, id FROM org_unit WHERE deleted_at IS NULL AND (kind = 'department' AND parent_id IN (SELECT id FROM org_unit WHERE kind IN ('administration','company')) OR kind IN ('administration','company')) UNION ALL SELECT c.id, d.dept_id FROM org_unit c JOIN dept d ON c.parent_id = d.unit_id WHERE c.deleted_at IS NULL AND NOT (c.kind = 'department' AND c.parent_id IN (SELECT id FROM org_unit WHERE kind IN ('administration','company'))))"
# The report views written the plain way: one pass over the actions joined to the tree.
declare -A plain=(
  [report.cost]="$board_cte SELECT b.board_id, CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER), sum(CASE WHEN a.status <> 'cancelled' THEN a.estimated_cost_kr ELSE 0 END), sum(a.actual_cost_kr), sum(CASE WHEN a.status <> 'cancelled' AND a.fits_budget = 0 THEN a.estimated_cost_kr ELSE 0 END), count(*), (SELECT name FROM org_unit WHERE id = b.board_id), (SELECT amount_kr FROM budget_line l WHERE l.board_id = b.board_id AND l.year = CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER) AND l.deleted_at IS NULL) FROM action a JOIN board b ON b.unit_id = a.unit_id WHERE a.deleted_at IS NULL AND coalesce(a.due_date, a.start_date) IS NOT NULL GROUP BY 1, 2"
  [report.status]="$dept_cte SELECT d.dept_id, u.name, a.status, count(*) FROM action a JOIN dept d ON d.unit_id = a.unit_id JOIN org_unit u ON u.id = d.dept_id WHERE a.deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY u.name COLLATE NOCASE"
)
echo "| page | Säkra ms | best plain query ms (sqlite3) | which form | ratio |"
echo "|---|---:|---:|---|---:|"
worst=0
while IFS=$'\t' read -r key ms what sql; do
  [ -z "${sql:-}" ] && continue
  # Säkra's statements, in turn (a page may run more than one).
  ours=0
  while IFS= read -r s; do
    t=$(plain_ms "$s")
    ours=$(awk -v a="$ours" -v b="$t" 'BEGIN {print a + b}')
  done < <(printf '%s\n' "$sql" | awk 'BEGIN {RS = " ;; "} {sub(/\n$/, ""); print}')
  best=$ours form="as Säkra"
  one="${plain[$key]:-$(printf '%s\n' "$sql" | awk 'BEGIN {RS = " ;; "} NR == 1 {sub(/\n$/, ""); print}' | one_statement)}"
  if [ "$one" != "$sql" ]; then
    t=$(plain_ms "$one")
    if awk -v a="$t" -v b="$best" 'BEGIN {exit !(a < b)}'; then best=$t form="one statement"; fi
  fi
  ratio=$(awk -v a="$ms" -v b="$best" 'BEGIN {if (b < 0.01) b = 0.01; printf "%.2f", a / b}')
  worst=$(awk -v a="$ratio" -v w="$worst" 'BEGIN {print (a > w) ? a : w}')
  echo "| $what | $ms | $best | $form | $ratio× |"
done < "$work/list.tsv"
echo
echo "Worst ratio: ${worst}× (today $today; a plain time under 0.01 ms counts as 0.01)"
echo
echo "## Self-assessment and dashboard"
"$build/bench/sakra-bench-assessment" "$file" 5 | tee "$work/assessment.txt"
echo
echo "## The same queries through the sqlite3 command line"
echo
echo "| query | sqlite3 ms (median of 5 runs in one process) |"
echo "|---|---:|"
sq() {
  local label="$1" sql="$2"
  local times
  # Five runs in one sqlite3 process, output discarded, so that its cache is as warm as ours.
  times=$( { echo ".output /dev/null"; echo ".timer on"; for _ in 1 2 3 4 5; do echo "$sql;"; done; } \
    | sqlite3 "$file" 2>&1 | grep '^Run Time' | awk '{print $4}' | sort -n)
  echo "| $label | $(echo "$times" | sed -n 3p | awk '{printf "%.2f", $1 * 1000}') |"
}
# The same administration the core benchmark used.
admin=$(sed -n 's/.*administration (id \([0-9]*\)).*/\1/p' "$work/risk.txt")
scope="r.unit_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = $admin UNION ALL SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) SELECT id FROM sub)"
list="SELECT r.*, u.name, c.name, p.name FROM risk r JOIN org_unit u ON u.id = r.unit_id JOIN risk_category c ON c.id = r.category_id LEFT JOIN person p ON p.id = r.owner_id"
sq "children of the municipality" "SELECT u.*, EXISTS(SELECT 1 FROM org_unit c WHERE c.parent_id=u.id AND c.deleted_at IS NULL) FROM org_unit u WHERE parent_id=(SELECT id FROM org_unit WHERE kind='municipality') AND deleted_at IS NULL ORDER BY name COLLATE NOCASE"
sq "first 200 people by name" "SELECT p.*, u.name FROM person p LEFT JOIN org_unit u ON u.id=p.unit_id WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT 200"
sq "risk list, whole municipality: first 200 by level" "$list WHERE r.deleted_at IS NULL ORDER BY r.level DESC, r.id DESC LIMIT 200"
sq "risk list, whole municipality: count" "SELECT count(*) FROM risk r WHERE r.deleted_at IS NULL"
sq "risk list, one administration: first 200 by level" "$list WHERE r.deleted_at IS NULL AND $scope ORDER BY r.level DESC, r.id DESC LIMIT 200"
sq "filter level = very high: first 200" "$list WHERE r.deleted_at IS NULL AND r.level = 3 ORDER BY r.level DESC, r.id DESC LIMIT 200"
sq "heat map, whole municipality (before)" "SELECT r.likelihood, r.consequence, count(*) FROM risk r WHERE r.deleted_at IS NULL GROUP BY 1, 2"
sq "heat map, whole municipality (after)" "SELECT coalesce(r.residual_likelihood, r.likelihood), coalesce(r.residual_consequence, r.consequence), count(*) FROM risk r WHERE r.deleted_at IS NULL GROUP BY 1, 2"
sq "heat map, one administration" "SELECT r.likelihood, r.consequence, count(*) FROM risk r WHERE r.deleted_at IS NULL AND $scope GROUP BY 1, 2"
sq "heat map as a plain full scan (no index, for scale)" "SELECT likelihood, consequence, count(*) FROM risk NOT INDEXED WHERE deleted_at IS NULL GROUP BY 1, 2"
today=$(date +%F)
board_cte="WITH RECURSIVE board(unit_id, board_id) AS (SELECT id, CASE WHEN kind = 'board' THEN id ELSE board_id END FROM org_unit WHERE kind IN ('board','administration','company') AND deleted_at IS NULL UNION ALL SELECT c.id, b.board_id FROM org_unit c JOIN board b ON c.parent_id = b.unit_id WHERE c.deleted_at IS NULL AND c.kind NOT IN ('board','administration','company'))"
sq "overdue actions: first 200" "SELECT a.*, u.name, k.name, p.name FROM action a JOIN org_unit u ON u.id = a.unit_id JOIN action_kind k ON k.id = a.kind_id LEFT JOIN person p ON p.id = a.responsible_id WHERE a.deleted_at IS NULL AND a.status IN ('planned','in_progress') AND a.due_date < '$today' ORDER BY a.due_date IS NULL, a.due_date ASC, a.id ASC LIMIT 200"
sq "overdue actions: count" "SELECT count(*) FROM action a WHERE a.deleted_at IS NULL AND a.status IN ('planned','in_progress') AND a.due_date < '$today'"
sq "cost per board and year (plain join, one pass)" "$board_cte SELECT b.board_id, CAST(substr(coalesce(a.due_date, a.start_date), 1, 4) AS INTEGER), sum(CASE WHEN a.status <> 'cancelled' THEN a.estimated_cost_kr ELSE 0 END), sum(a.actual_cost_kr) FROM action a JOIN board b ON b.unit_id = a.unit_id WHERE a.deleted_at IS NULL GROUP BY 1, 2"
# Incidents: the plain queries the tallies stand in for, on the administration the incident benchmark used.
inc_admin=$(sed -n 's/.*administration (id \([0-9]*\)).*/\1/p' "$work/incident.txt")
root=$(sed -n 's/.*root id \([0-9]*\).*/\1/p' "$work/incident.txt")
year=$(( $(date +%Y) - 1 ))
iscope="unit_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM org_unit WHERE id = $inc_admin UNION ALL SELECT c.id FROM org_unit c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) SELECT id FROM sub)"
sq "incidents per kind, one administration, one year (plain, index on unit and date)" "SELECT kind, count(*) FROM incident WHERE deleted_at IS NULL AND occurred_on BETWEEN '$year-01-01' AND '$year-12-31' AND $iscope GROUP BY kind"
sq "incidents per kind, one administration, one year (tallies)" "SELECT kind, sum(n) FROM incident_tally WHERE scope_id = $inc_admin AND quarter BETWEEN ${year}1 AND ${year}4 GROUP BY kind"
sq "quarterly trend, whole municipality (plain full scan)" "SELECT substr(occurred_on, 1, 4), (CAST(substr(occurred_on, 6, 2) AS INTEGER) + 2) / 3, kind, count(*) FROM incident WHERE deleted_at IS NULL GROUP BY 1, 2, 3"
sq "quarterly trend, whole municipality (tallies)" "SELECT quarter, kind, n FROM incident_tally WHERE scope_id = $root AND quarter >= $(( $(date +%Y) - 9 ))1"
sq "incidents this year, whole municipality (plain, date index)" "SELECT kind, count(*) FROM incident WHERE deleted_at IS NULL AND occurred_on BETWEEN '$(date +%Y)-01-01' AND '$today' GROUP BY kind"
sq "incidents per kind as a plain full scan (no index, for scale)" "SELECT kind, count(*) FROM incident NOT INDEXED WHERE deleted_at IS NULL GROUP BY kind"
# Self-assessment: two of its heaviest fact queries written the plain way, walking the tree in the query.
sq "assessment: last year's incidents per unit (plain)" "SELECT unit_id, count(*), sum(follow_up <> 'new'), sum(support_manager OR support_occupational_health OR support_crisis) FROM incident WHERE deleted_at IS NULL AND occurred_on >= date('$today', '-12 months') GROUP BY unit_id"
sq "assessment: routines covering each unit (plain recursive walk)" "WITH RECURSIVE cover(unit_id, routine_id) AS (SELECT ru.unit_id, ru.routine_id FROM routine_unit ru WHERE ru.deleted_at IS NULL UNION SELECT c.id, cover.routine_id FROM org_unit c JOIN cover ON c.parent_id = cover.unit_id WHERE c.deleted_at IS NULL) SELECT cover.unit_id, r.kind, r.documented, r.known_by_staff, r.next_review FROM cover JOIN routine r ON r.id = cover.routine_id WHERE r.deleted_at IS NULL"
echo
echo "## Board documents"
# The report benchmark opens its file for writing (a register of an older version is upgraded):
# it works on a copy so that the file the other benchmarks read stays as it was.
cp "$file" "$work/report.sakra"
"$build/bench/sakra-bench-report" "$work/report.sakra" 3
echo
echo "## Work at sites without network"
# A whole municipality handed out and merged back (a package of about 60,000 rows); on a register
# of its own, since the stockholm file is far larger than any package.
"$build/app/cli/sakra-cli" generate "$work/municipality.sakra" --scale municipality > /dev/null 2>&1
"$build/bench/sakra-bench-merge" "$work/municipality.sakra" 1
