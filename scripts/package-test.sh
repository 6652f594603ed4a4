#!/usr/bin/env bash
# Builds the Debian package, installs it on this machine with apt, tries what it installed and
# removes it again:
#
#   scripts/package-test.sh
#
# A Release build of the programs alone (the CMake preset linux-release) in build-linux-release/
# (or $SAKRA_PACKAGE_BUILD_DIR), `cpack -G DEB` there, its contents (scripts/package-contents.sh),
# then from the installed paths:
# `sakra-cli --version`, a demo register made and checked, `sakra` started on the offscreen
# platform with a HOME of its own (it must still be running after a few seconds and have made its
# default register there), the desktop entry, the AppStream metainfo, the file type and the
# manual pages. The package is removed at the end, also when a check fails. It needs root (or
# sudo) for apt, and a machine where a package named sakra may be installed and removed.
#
# Environment: SAKRA_PACKAGE_BUILD_DIR (build folder), SAKRA_PACKAGE_JOBS (build jobs, default 2),
# SAKRA_START_SECONDS (how long sakra must keep running, default 8).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SAKRA_PACKAGE_BUILD_DIR:-$here/build-linux-release}"
jobs="${SAKRA_PACKAGE_JOBS:-2}"
start_seconds="${SAKRA_START_SECONDS:-8}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

step() { printf '\n== %s\n' "$*"; }
fail() {
  echo "FAILED: $*" >&2
  exit 1
}

"$here/scripts/deps.sh"

step "Release build in $build"
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true
fi
(cd "$here" && cmake --preset linux-release -B "$build" "${launcher[@]}" >/dev/null)
nice cmake --build "$build" --parallel "$jobs"

step "Package"
rm -f "$build"/sakra_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/sakra_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single sakra_*.deb: ${debs[*]}"
deb="${debs[0]}"
version="$(dpkg-deb --field "$deb" Version)"

tmp="$(mktemp -d)"
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then
    step "Remove"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq sakra >/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "Contents"
"$here/scripts/package-contents.sh" "$deb"

step "Install with apt"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" >/dev/null
installed=1
[ "$(dpkg-query -W -f='${Version}' sakra)" = "$version" ] || fail "sakra $version is not installed"

step "sakra-cli from /usr/bin"
out="$(/usr/bin/sakra-cli --version)"
echo "$out"
[ "$out" = "sakra-cli ${version%-*}" ] || fail "sakra-cli --version says '$out'"
/usr/bin/sakra-cli init "$tmp/demo.sakra" --demo
/usr/bin/sakra-cli check "$tmp/demo.sakra"
/usr/bin/sakra-cli verify "$tmp/demo.sakra"
# A board document: the command that needs fonts and Qt's offscreen platform.
/usr/bin/sakra-cli report "$tmp/demo.sakra" --kind organisation --out "$tmp/organisation.pdf"
[ -s "$tmp/organisation.pdf" ] || fail "sakra-cli report wrote no PDF"

step "sakra from /usr/bin, offscreen, for ${start_seconds} s"
mkdir -p "$tmp/home"
status=0
env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u SAKRA_BACKUP_DIR HOME="$tmp/home" QT_QPA_PLATFORM=offscreen \
  timeout "$start_seconds" /usr/bin/sakra >"$tmp/sakra.out" 2>&1 || status=$?
cat "$tmp/sakra.out"
# 124: timeout ended it, so it was still running: it started and stayed up.
[ "$status" -eq 124 ] || fail "sakra exited with $status within ${start_seconds} s"
register="$tmp/home/.local/share/Sakra/Sakra/register.sakra"
[ -f "$register" ] || fail "sakra made no default register at $register"
/usr/bin/sakra-cli check "$register"
out="$(QT_QPA_PLATFORM=offscreen /usr/bin/sakra --version 2>/dev/null)"
echo "$out"
[ "$out" = "Sakra ${version%-*}" ] || fail "sakra --version says '$out'"

step "Installed files"
desktop-file-validate /usr/share/applications/sakra.desktop
appstreamcli validate --no-net /usr/share/metainfo/se.sakra.Sakra.metainfo.xml
grep -q 'application/x-sakra-register:\*\.sakra' /usr/share/mime/globs2 ||
  fail "the MIME database does not know *.sakra"
grep -q 'sakra.desktop' /usr/share/applications/mimeinfo.cache ||
  fail "the desktop database does not offer sakra for its file type"
for page in sakra sakra-cli; do
  [ "$(man -w "$page")" = "/usr/share/man/man1/$page.1.gz" ] || fail "man does not find $page"
  warnings="$(MANWIDTH=80 man --warnings "$page" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || fail "man $page: $warnings"
done
echo "desktop entry, metainfo, file type and manual pages as installed: fine"

step "Remove"
DEBIAN_FRONTEND=noninteractive $sudo apt-get remove --purge -y -qq sakra >/dev/null
installed=0
[ ! -e /usr/bin/sakra ] && [ ! -e /usr/bin/sakra-cli ] || fail "the programs are still there after removal"
echo "package test passed: $(basename "$deb")"
