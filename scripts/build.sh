#!/usr/bin/env bash
# Configures and builds Säkra into build/ (or $SAKRA_BUILD_DIR).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_BUILD_DIR:-$here/build}"
launcher=()
# A compiler cache, when there is one, makes a rebuild after a small change quick.
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # Paths relative to the checkout, so another clone of the same sources hits the same cache.
  export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
fi
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAKRA_BUILD_GUI=ON "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "$(nproc)"
