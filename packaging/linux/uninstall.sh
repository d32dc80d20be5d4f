#!/bin/sh
# Remove kadesk installed by install.sh. Your data (~/.local/share/kadesk) stays:
# delete that folder yourself if you really want it gone.
set -eu

prefix=${KADESK_PREFIX:-$HOME/.local/opt/kadesk}
bin_dir=$HOME/.local/bin
share=${XDG_DATA_HOME:-$HOME/.local/share}

if [ ! -e "$prefix/.kadesk-install" ]; then
  echo "uninstall.sh: no kadesk installation in $prefix (set KADESK_PREFIX?)" >&2
  exit 1
fi
# Only our own link: a kadesk installed some other way stays.
if [ "$(readlink "$bin_dir/kadesk" 2>/dev/null || true)" = "$prefix/kadesk" ]; then
  rm -f "$bin_dir/kadesk"
fi
rm -f "$share/applications/kadesk.desktop" "$share/icons/hicolor/scalable/apps/kadesk.svg"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$share/applications" || true
rm -rf "$prefix"
echo "kadesk removed from $prefix; your data is still in $share/kadesk"
