#!/bin/sh
# Renders every view of the main window on the demo register into screenshots/ under Xvfb, for a
# person to look at, in Swedish and in English. Usage: scripts/screenshots.sh [BUILD_DIR] [REGISTER]
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
register=${2:-}
out="$root/screenshots"

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$root" -B "$build" -G Ninja
fi
cmake --build "$build" --target sakra-screenshots sakra-risk-screenshots sakra-action-screenshots \
    sakra-incident-screenshots sakra-report-screenshots sakra-file-screenshots \
    sakra-import-screenshots sakra-site-screenshots sakra-search-screenshots sakra-cli -j2

tool=$(find "$build" -name sakra-screenshots -type f -perm -u+x | head -n 1)
cli=$(find "$build" -name sakra-cli -type f -perm -u+x | head -n 1)

if [ -z "$register" ]; then
    # The demo register as the command line makes it, so the pictures show what users get.
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    register="$work/demo.sakra"
    "$cli" init "$register" --demo
fi

# Every view at a small laptop's screen and at a full-HD screen, each in a folder of its own; in
# Swedish (screenshots/SIZE) and in English (screenshots/en/SIZE). SAKRA_SHOT_LANGS="sv" or "en"
# makes only one of them.
for lang in ${SAKRA_SHOT_LANGS:-sv en}; do
for size in 1280x800 1920x1080; do
    if [ "$lang" = sv ]; then
        out="$root/screenshots/$size"
    else
        out="$root/screenshots/$lang/$size"
    fi
    export SAKRA_SHOT_SIZE="$size"
    mkdir -p "$out"
    rm -f "$out"/organisation-*.png
    xvfb-run -a -s "-screen 0 1920x1200x24" "$tool" "$out" "$register" --lang "$lang"
    # The areas' own tools, each on the same register: risks, actions, and the overview with the
    # incident, training, routine, alarm and self-assessment areas, and the search everywhere.
    for area in risk action incident search; do
        areatool=$(find "$build" -name "sakra-$area-screenshots" -type f -perm -u+x | head -n 1)
        xvfb-run -a -s "-screen 0 1920x1200x24" "$areatool" "$out" "$register" --lang "$lang"
    done
    # The report area (draft list, editor, print preview) on its own demo register.
    reporttool=$(find "$build" -name sakra-report-screenshots -type f -perm -u+x | head -n 1)
    xvfb-run -a -s "-screen 0 1920x1200x24" "$reporttool" "$out" --lang "$lang"
    # The register file: an interrupted write, two windows on one file, restore and read-only.
    filetool=$(find "$build" -name sakra-file-screenshots -type f -perm -u+x | head -n 1)
    xvfb-run -a -s "-screen 0 1920x1200x24" "$filetool" "$out" --lang "$lang"
    # The import wizard's pages, from a refused file to the summary.
    importtool=$(find "$build" -name sakra-import-screenshots -type f -perm -u+x | head -n 1)
    xvfb-run -a -s "-screen 0 1920x1200x24" "$importtool" "$out" --lang "$lang"
    # Work at sites without network (on a demo register of its own: it hands out and merges).
    sitetool=$(find "$build" -name sakra-site-screenshots -type f -perm -u+x | head -n 1)
    xvfb-run -a -s "-screen 0 1920x1200x24" "$sitetool" "$out" --lang "$lang"
done
done
echo "Screenshots in $root/screenshots/SIZE (Swedish) and $root/screenshots/en/SIZE (English)"
