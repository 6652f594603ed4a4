#!/usr/bin/env bash
# Configures and builds Säkra into build/ (or $SAKRA_BUILD_DIR).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAKRA_BUILD_GUI=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
