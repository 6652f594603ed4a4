#!/usr/bin/env bash
# Formats Säkra's C++ sources with .clang-format. With --check it changes nothing and fails,
# naming the places, when a file is not formatted (CI runs the check as the test format-check).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
formatter="${CLANG_FORMAT:-$(command -v clang-format-14 || command -v clang-format || true)}"
if [ -z "$formatter" ]; then
  echo "clang-format is missing; scripts/deps.sh installs it (clang-format-14)" >&2
  exit 2
fi
cd "$here"
mapfile -t files < <(find core app tests bench -type f \( -name '*.cpp' -o -name '*.h' \) | sort)
if [ "${1:-}" = "--check" ]; then
  "$formatter" --dry-run --Werror "${files[@]}"
  echo "${#files[@]} files formatted as .clang-format says"
else
  "$formatter" -i "${files[@]}"
fi
