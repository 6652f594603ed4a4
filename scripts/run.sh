#!/usr/bin/env bash
# First command of the README: install what is missing, build, and start Säkra on the default
# register (created with the demo municipality on first start). Extra arguments go to sakra,
# for example a register file to open.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
exec "${SAKRA_BUILD_DIR:-$here/build}/app/gui/sakra" "$@"
