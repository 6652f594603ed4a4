#!/bin/sh
# The demo municipality moved into a shared register on a throw-away PostgreSQL server and browsed
# as a unit manager and as the head of security, rendered to screenshots/server (Swedish) and
# screenshots/en/server (English) for a person to look at. Usage: scripts/server-screenshots.sh [BUILD_DIR]
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" --target sakra-server-screenshots -j2
tool=$(find "$build" -name sakra-server-screenshots -type f -perm -u+x | head -n 1)

export SAKRA_SHOT_SIZE="${SAKRA_SHOT_SIZE:-1280x800}"
for lang in ${SAKRA_SHOT_LANGS:-sv en}; do
    if [ "$lang" = sv ]; then
        out="$root/screenshots/server"
    else
        out="$root/screenshots/en/server"
    fi
    mkdir -p "$out"
    pg_virtualenv -t -v 15 xvfb-run -a -s "-screen 0 1920x1200x24" "$tool" "$out" --lang "$lang"
done
echo "Screenshots in $root/screenshots/server and $root/screenshots/en/server"
