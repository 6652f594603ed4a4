#!/usr/bin/env bash
# Second command of the README (and what CI runs): install what is missing, build, run every test.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "$build"
# The shared register's tests (label "server") need a PostgreSQL server: pg_virtualenv starts a
# throw-away one for the run and gives the tests its address (PGHOST, PGPORT, PGUSER, PGPASSWORD).
# -t keeps its files in a temporary folder also when run as root, so two runs can go side by side.
exec pg_virtualenv -t -v 15 ctest --output-on-failure --timeout 600 -j "$(nproc)" "$@"
