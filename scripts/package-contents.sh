#!/usr/bin/env bash
# Checks what a Debian package of Säkra holds, without installing it:
#
#   scripts/package-contents.sh sakra_VERSION-1_amd64.deb
#
# Both programs (stripped), the desktop entry, the file type, the AppStream metainfo, the icons in
# every size, the manual pages and the copyright, and that `appstreamcli validate-tree` accepts
# the tree as software centres read it. scripts/package-test.sh runs it on the package it built;
# the test packaging-deb-contents on a package made from the test build.
set -euo pipefail
deb="$1"
fail() {
  echo "FAILED: $*" >&2
  exit 1
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), version $(dpkg-deb --field "$deb" Version)," \
  "installed size $(dpkg-deb --field "$deb" Installed-Size) KiB"
echo "Depends: $(dpkg-deb --field "$deb" Depends)"
for needed in libqt6sql6-sqlite libqt6sql6-psql libqt6widgets6 libqt6gui6 libqt6core6 libsqlite3-0; do
  dpkg-deb --field "$deb" Depends | grep -q "\b$needed\b" || fail "the package does not depend on $needed"
done

dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$tmp/contents"
for path in /usr/bin/sakra /usr/bin/sakra-cli \
  /usr/share/applications/sakra.desktop \
  /usr/share/mime/packages/sakra.xml \
  /usr/share/metainfo/se.sakra.Sakra.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/sakra.svg \
  /usr/share/icons/hicolor/scalable/mimetypes/application-x-sakra-register.svg \
  /usr/share/man/man1/sakra.1.gz /usr/share/man/man1/sakra-cli.1.gz \
  /usr/share/doc/sakra/copyright; do
  grep -qx "$path" "$tmp/contents" || fail "the package lacks $path"
done
for size in 16 32 48 64 128 256; do
  for icon in apps/sakra mimetypes/application-x-sakra-register; do
    grep -qx "/usr/share/icons/hicolor/${size}x${size}/$icon.png" "$tmp/contents" ||
      fail "the package lacks the ${size}x${size} $icon icon"
  done
done

dpkg-deb --extract "$deb" "$tmp/root"
for program in sakra sakra-cli; do
  if readelf --sections "$tmp/root/usr/bin/$program" | grep -qE '\.symtab|\.debug_info'; then
    fail "$program is not stripped"
  fi
  echo "$program: $(du -h "$tmp/root/usr/bin/$program" | cut -f1), stripped"
done
# The metainfo, the desktop entry it launches and the icon they name, as software centres see them.
appstreamcli validate-tree --no-net "$tmp/root" || fail "appstreamcli validate-tree"
echo "package contents as expected"
