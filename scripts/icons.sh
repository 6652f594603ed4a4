#!/usr/bin/env bash
# Renders the icons in resources/icons/ from their SVG sources: the PNG sizes the Linux packages
# and the window use (resources/icons/hicolor/SIZE/...), sakra.ico for Windows and sakra.icns
# for macOS. The results are committed, so a build needs none of these tools; run this after
# changing an SVG and look at the PNGs before committing them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/deps.sh" librsvg2-bin icoutils icnsutils
icons="$here/resources/icons"
sizes=(16 32 48 64 128 256)
render() { # SVG SIZE OUT
  mkdir -p "$(dirname "$3")"
  rsvg-convert --width "$2" --height "$2" "$1" --output "$3"
}
for size in "${sizes[@]}"; do
  render "$icons/sakra.svg" "$size" "$icons/hicolor/${size}x${size}/apps/sakra.png"
  render "$icons/application-x-sakra-register.svg" "$size" \
    "$icons/hicolor/${size}x${size}/mimetypes/application-x-sakra-register.png"
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
app_png() { echo "$icons/hicolor/${1}x${1}/apps/sakra.png"; }
# Windows shows 16 to 48 in lists and the title bar and 256 in large views.
icotool --create --output "$icons/sakra.ico" "$(app_png 16)" "$(app_png 32)" "$(app_png 48)" \
  --raw="$(app_png 256)"
# macOS wants 512 too (the Finder's largest view).
render "$icons/sakra.svg" 512 "$tmp/sakra-512.png"
png2icns "$icons/sakra.icns" "$(app_png 16)" "$(app_png 32)" "$(app_png 48)" "$(app_png 128)" \
  "$(app_png 256)" "$tmp/sakra-512.png" >/dev/null
echo "Rendered $(find "$icons/hicolor" -name '*.png' | wc -l) PNG files, sakra.ico and sakra.icns"
