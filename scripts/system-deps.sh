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

# What the interpreter that builds the venv ($PYTHON, as in the Makefile) lacks.
python=${PYTHON:-python3}
# A fresh Debian has python3 without its venv module.
probe=$(mktemp -d)
if ! "$python" -m venv --without-pip "$probe/venv" >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
rm -rf "$probe"
# PyInstaller (build_installer.py) needs the interpreter's shared libpython, which Debian's
# python3 ships in a package of its own (libpython3.11 on Debian 12, 3.12 on Ubuntu 24.04).
# A Python that can't have it gets build_installer's message, which names what to do.
if needed=$("$python" "$(dirname "$0")/../build_installer.py" --system-packages 2>&1); then
  # shellcheck disable=SC2206  # a space-separated list of package names
  packages+=($needed)
else
  echo "system-deps: warning: $needed" >&2
fi

# Installed, by name or as what an installed package provides (Ubuntu 24.04's t64
# libraries, e.g. libglib2.0-0t64, provide the plain names apt is given here).
installed=$(dpkg-query -W -f='${db:Status-Status} ${Package} ${Provides}\n' 2>/dev/null \
  | awk '$1 == "installed" { $1 = ""; gsub(/\([^)]*\)|,/, " "); print }' | tr -s ' ' '\n')
missing=()
for p in "${packages[@]}"; do
  grep -qxF -- "$p" <<<"$installed" || missing+=("$p")
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
