#!/usr/bin/env bash
# Search on a stockholm-scale register: `sakra-cli search FILE TEXT` beside the LIKE scan of the
# same text through the sqlite3 command line (the newest 20 rows of each area whose searched
# columns hold every word, as the lists searched before the full-text index), and a list's count
# through the index beside the count through LIKE. Each figure is the median wall time of 5
# runs of the whole process, warm cache. Prints the markdown that docs/performance.md records.
# usage: scripts/search-bench.sh FILE.sakra
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
file="${1:?usage: search-bench.sh FILE.sakra}"
cli="$build/app/cli/sakra-cli"

# The areas and the columns each one searches (core/storage/SearchSchema.cpp), restricted ones left out.
areas=(
  "risk:title description threat_source"
  "action:title description"
  "action_note:text"
  "incident:description system_ref"
  "training:title note"
  "routine:title note document_link"
  "alarm_equipment:receiver note"
  "person:name title email"
  "org_unit:name note"
  "site:name street postal_code city note"
)

# Milliseconds of wall time of a command, the median of 5 runs (after one to warm the cache).
median_ms() {
  "$@" >/dev/null
  local runs=()
  for _ in 1 2 3 4 5; do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    runs+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}

# The SQL of the LIKE scan: for each area the newest 20 live rows holding every word of $1.
like_sql() {
  local text="$1" sql=""
  for area in "${areas[@]}"; do
    local table="${area%%:*}" columns="${area#*:}" where=""
    for word in $text; do
      local any=""
      for c in $columns; do
        any="${any:+$any OR }$c LIKE '%${word//\'/\'\'}%'"
      done
      where="$where AND ($any)"
    done
    sql="$sql SELECT * FROM (SELECT '$table', uuid FROM $table WHERE deleted_at IS NULL$where ORDER BY id DESC LIMIT 20);"
  done
  echo "$sql"
}

# A list's count: the incidents holding every word, through LIKE and through the index.
count_like_sql() {
  local where=""
  for word in $1; do
    where="$where AND (description LIKE '%$word%' OR system_ref LIKE '%$word%')"
  done
  echo "SELECT count(*) FROM incident WHERE deleted_at IS NULL$where;"
}
count_index_sql() {
  local match=""
  for word in $1; do
    match="$match \"$word\"*"
  done
  echo "SELECT count(*) FROM incident WHERE deleted_at IS NULL AND id IN (SELECT rowid FROM incident_search WHERE incident_search MATCH '${match# }');"
}

echo "file: $(stat -c %s "$file") bytes, $(sqlite3 "$file" 'SELECT count(*) FROM incident') incidents"
echo
echo "| text | hits | sakra-cli search ms | sqlite3 LIKE scan ms | ratio | incidents | count by index ms | count by LIKE ms |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for text in "${@:2}"; do
  hits=$("$cli" search "$file" "$text" | grep -c '"uuid"' || true)
  search=$(median_ms "$cli" search "$file" "$text")
  like=$(median_ms sqlite3 "$file" "$(like_sql "$text")")
  n=$(sqlite3 "$file" "$(count_index_sql "$text")")
  by_index=$(median_ms sqlite3 "$file" "$(count_index_sql "$text")")
  by_like=$(median_ms sqlite3 "$file" "$(count_like_sql "$text")")
  ratio=$(awk -v a="$like" -v b="$search" 'BEGIN { printf "%.0f×", a / (b > 0 ? b : 1) }')
  echo "| $text | $hits | $search | $like | $ratio | $n | $by_index | $by_like |"
done
