#!/usr/bin/env bash
# Fuzzes the JSON import, the file open path and the XML reading of the XLSX import with libFuzzer
# for SECONDS per target.
#
#   scripts/fuzz.sh SECONDS
#
# Builds the core and the fuzz targets with clang-14, AddressSanitizer and UndefinedBehaviorSanitizer
# into build-fuzz/ (or $SAKRA_FUZZ_BUILD_DIR), then runs each target on a copy of its seed corpus
# (tests/fuzz/corpus/TARGET) kept in the build folder, so the inputs it finds stay there from one
# run to the next and the repository's corpus stays small. Crash, leak and timeout inputs land in
# BUILD/fuzz/artifacts/TARGET/. Exits non-zero when any target found something.
#
# Environment: SAKRA_FUZZ_BUILD_DIR (build folder), SAKRA_FUZZ_TARGETS (names, space-separated;
# default all), SAKRA_FUZZ_JOBS (build jobs, default 2).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_FUZZ_BUILD_DIR:-$here/build-fuzz}"
targets=(${SAKRA_FUZZ_TARGETS:-json-import register-open sheet-xml})
jobs="${SAKRA_FUZZ_JOBS:-2}"

seconds="${1:-}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 SECONDS   (per target)" >&2
  exit 2
fi

"$here/scripts/deps.sh" clang-14 libfuzzer-14-dev libclang-rt-14-dev

# The core with coverage and sanitizers but without libFuzzer's main; the targets add that main
# (tests/fuzz/CMakeLists.txt). -O1 without NDEBUG: the core's assertions stay on. Any sanitizer
# report stops the run, so it counts as a crash.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build" -G Ninja \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  "${launcher[@]}" \
  -DSAKRA_BUILD_FUZZERS=ON -DSAKRA_BUILD_TESTS=OFF -DSAKRA_BUILD_GUI=OFF -DSAKRA_BUILD_BENCHMARKS=OFF >/dev/null
nice -n 19 cmake --build "$build" --parallel "$jobs" --target "${targets[@]/#/sakra-fuzz-}"

# Per target: extra libFuzzer flags. The JSON import gets a dictionary of the format's words and a
# length limit. The time of a run grows with the length of the input, and 8 KiB holds every
# one-table seed with the rows it refers to (one-*.json): twice the runs a second of a 64 KiB
# limit for about the same coverage. The large seeds are cut at the limit here; the replay test
# in CTest reads them whole.
# The worksheet XML gets a dictionary of its tags and entities; 4 KiB holds every seed's rows.
declare -A extra=(
  [json-import]="-dict=$here/tests/fuzz/json-import.dict -max_len=8192"
  [register-open]=""
  [sheet-xml]="-dict=$here/tests/fuzz/sheet-xml.dict -max_len=4096"
)

# No allocation stacks, no fill of new blocks and a small quarantine: about a fifth more runs a
# second. To see where a reported block was allocated and freed, run the target again on the
# artifact (BUILD/tests/fuzz/sakra-fuzz-TARGET FILE) with ASAN_OPTIONS unset.
export ASAN_OPTIONS="${ASAN_OPTIONS:-malloc_context_size=0:max_malloc_fill_size=0:quarantine_size_mb=16:detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.warning=false}"

# The targets' scratch files, in memory where there is /dev/shm. Removed here, however the targets
# end: a target stopped by a finding or a signal leaves its own behind.
scratch_parent=/dev/shm
{ [ -d "$scratch_parent" ] && [ -w "$scratch_parent" ]; } || scratch_parent="${TMPDIR:-/tmp}"
SAKRA_FUZZ_SCRATCH="$(mktemp -d "$scratch_parent/sakra-fuzz-run.XXXXXX")"
export SAKRA_FUZZ_SCRATCH
trap 'rm -rf "$SAKRA_FUZZ_SCRATCH"' EXIT

# What libFuzzer leaves for a finding; it also writes slow-unit-* files, which are not findings.
findings() {
  find "$1" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l
}

status=0
summary=()
for t in "${targets[@]}"; do
  corpus="$build/fuzz/corpus/$t"
  artifacts="$build/fuzz/artifacts/$t"
  log="$build/fuzz/$t.log"
  mkdir -p "$corpus" "$artifacts"
  # The seeds are copied in each time (none replaced), so a seed added to the
  # repository joins the corpus grown by earlier runs.
  for seed in "$here/tests/fuzz/corpus/$t/"*; do
    [ -e "$corpus/$(basename "$seed")" ] || cp "$seed" "$corpus/"
  done
  before=$(findings "$artifacts")
  echo "== $t: ${seconds}s, corpus $corpus, log $log"
  rc=0
  # shellcheck disable=SC2086
  nice -n 19 "$build/tests/fuzz/sakra-fuzz-$t" "$corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" ${extra[$t]} >"$log" 2>&1 || rc=$?
  after=$(findings "$artifacts")
  found=$((after - before))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
  units=$(find "$corpus" -type f | wc -l)
  if [ "$rc" -ne 0 ] && [ "$found" -eq 0 ]; then
    found=1 # stopped without leaving an input: the log says why
  fi
  summary+=("$(printf '%-14s %12s %9s %7s %7s %8s %8s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$units" "$found")")
  if [ "$found" -ne 0 ]; then
    status=1
    echo "!! $t found something (exit $rc); inputs in $artifacts, see $log"
    echo "   again, with full stacks: ASAN_OPTIONS= $build/tests/fuzz/sakra-fuzz-$t INPUT"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*: (json-import|register-open|sheet-xml): |sheet-xml: )' "$log" | head -n 5 || true
  fi
done

echo
printf '%-14s %12s %9s %7s %7s %8s %8s\n' target executions "exec/s" cov ft corpus crashes
printf '%s\n' "${summary[@]}"
exit "$status"
