#!/usr/bin/env bash
# Installs the Debian 12 packages Säkra needs to build, test and run, if any are missing, and
# the further packages named as arguments (scripts/fuzz.sh asks for clang and libFuzzer).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libsqlite3-dev sqlite3
  catch2 xvfb xauth poppler-utils fonts-dejavu-core
  e2fsprogs clang-format-14
  libxlsxwriter-dev libminizip-dev libssl-dev unzip
  libreoffice-calc-nogui
  desktop-file-utils appstream shared-mime-info
  libqt6sql6-psql postgresql-15 postgresql-common
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
