#!/bin/sh
# Install kadesk for the current user: no root, nothing outside $HOME.
#   ./install.sh            into ~/.local/opt/kadesk (or $KADESK_PREFIX)
# Adds `kadesk` to ~/.local/bin and an entry to the applications menu. Running it
# again replaces the installed version. Your data (~/.local/share/kadesk) is not touched.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${KADESK_PREFIX:-$HOME/.local/opt/kadesk}
bin_dir=$HOME/.local/bin
share=${XDG_DATA_HOME:-$HOME/.local/share}
marker=.kadesk-install  # only a folder holding this is ever replaced or removed

[ -x "$here/kadesk/kadesk" ] || { echo "install.sh: run it from the unpacked archive" >&2; exit 1; }
if [ -e "$prefix" ] && [ ! -e "$prefix/$marker" ]; then
  echo "install.sh: $prefix exists and is not a kadesk installation; set KADESK_PREFIX" >&2
  exit 1
fi

# Copy beside, then swap: a failed copy leaves the installed version as it was.
mkdir -p "$(dirname "$prefix")"
rm -rf "$prefix.new"
cp -R "$here/kadesk" "$prefix.new"
cp "$here/uninstall.sh" "$prefix.new/uninstall.sh"
chmod +x "$prefix.new/uninstall.sh"
touch "$prefix.new/$marker"
rm -rf "$prefix"
mv "$prefix.new" "$prefix"

mkdir -p "$bin_dir" "$share/applications" "$share/icons/hicolor/scalable/apps"
ln -sf "$prefix/kadesk" "$bin_dir/kadesk"
cp "$prefix/_internal/resources/icons/kadesk.svg" "$share/icons/hicolor/scalable/apps/kadesk.svg"
# An absolute Exec: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=.*|Exec=\"$prefix/kadesk\"|" "$here/kadesk.desktop" \
  > "$share/applications/kadesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true

echo "kadesk installed in $prefix"
echo "  start it from the applications menu, or run: $bin_dir/kadesk"
echo "  check it: $bin_dir/kadesk --selftest"
echo "  remove it: $prefix/uninstall.sh"
