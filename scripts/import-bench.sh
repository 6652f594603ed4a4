#!/usr/bin/env bash
# Times the export and the import of a generated municipality-scale register, as docs/performance.md
# records them: XLSX (Säkra's own workbook, every table) and JSON, each exported and then imported
# into a new register from init. Prints the median of RUNS runs (default
# 5) of the wall time and of the CPU time (user + system), which moves less on a shared machine.
# SAKRA_BENCH_FILE: a register to use instead of generating one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
cli="$build/app/cli/sakra-cli"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Backups made before each import go here, not into the user's folder.
export HOME="$work/home"
mkdir -p "$HOME"
file="${SAKRA_BENCH_FILE:-$work/municipality.sakra}"
if [ ! -f "$file" ]; then
  "$cli" generate "$file" --scale municipality >/dev/null 2>&1
fi

# Runs the command RUNS times; prints "wall cpu" medians in seconds. $prepare runs before each.
timed() {
  local prepare="$1"
  shift
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    eval "$prepare"
    /usr/bin/time -o "$work/time" -f "%e %U %S" "$@" >/dev/null 2>&1
    local out
    out=$(tail -n 1 "$work/time")
    walls+=("$(echo "$out" | awk '{print $1}')")
    cpus+=("$(echo "$out" | awk '{printf "%.2f", $2 + $3}')")
  done
  local mid=$(((runs + 1) / 2))
  echo "$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "${mid}p") $(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "${mid}p")"
}

echo "| | export wall (CPU) | import wall (CPU) | import ÷ export (wall) |"
echo "|---|---:|---:|---:|"
row() {
  local label="$1" out="$2"
  shift 2
  local e i
  e=$(timed ":" "$cli" export "$file" --out "$work/$out" "$@")
  i=$(timed "rm -f '$work/new.sakra'*; '$cli' init '$work/new.sakra' >/dev/null" \
    "$cli" import "$work/new.sakra" --in "$work/$out" "$@")
  echo "$e $i" | awk -v l="$label" '{printf "| %s | %.2f s (%.2f s) | %.2f s (%.2f s) | %.1f× |\n", l, $1, $2, $3, $4, $3 / $1}'
}
row "XLSX, every table" all.xlsx
row "JSON" all.json
