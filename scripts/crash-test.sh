#!/usr/bin/env bash
# Kills real write work N times at random moments and checks every register after recovery.
#   scripts/crash-test.sh N [--seed S] [--verbose]
# Uses the build in build/ (or $SAKRA_BUILD_DIR), building the test program if needed. The last
# line is "N kills: X integrity failures, Y partial transactions, Z lost commits".
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
if [ $# -lt 1 ]; then
  echo "usage: scripts/crash-test.sh N [--seed S] [--verbose]" >&2
  exit 2
fi
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  "$here/scripts/deps.sh"
  "$here/scripts/build.sh"
fi
cmake --build "$build" --target sakra-crash-test >/dev/null
exec "$build/tests/crash/sakra-crash-test" "$@"
