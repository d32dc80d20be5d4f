#!/usr/bin/env bash
# Debian/Ubuntu packages kadesk needs to run Qt headless and under Xvfb, show
# Chinese, and render PDFs to PNG (see shared STACK.md). Installs what is
# missing when run as root; otherwise prints the exact apt line and stops.
set -euo pipefail

packages=(
  libglib2.0-0 libgl1 libegl1 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1
  xvfb xauth fonts-wqy-microhei poppler-utils poppler-data qpdf
  binutils  # PyInstaller reads shared-library dependencies with objdump (build_installer.py)
  libreoffice-calc-nogui  # tests open exported workbooks in LibreOffice headless
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

# A fresh Debian has python3 without its venv module.
probe=$(mktemp -d)
if ! python3 -m venv --without-pip "$probe/venv" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
rm -rf "$probe"

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "kadesk needs these Debian packages, and installing them needs root. Run:" >&2
  echo "  sudo sh -c '$line'" >&2
  echo "then run make again." >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
sh -c "$line"
