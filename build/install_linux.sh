#!/usr/bin/env bash
# Install the bundle for the current user: the app under ~/.local/opt, the `facilitator` command
# in ~/.local/bin, the menu entry and its icons where desktops look for them. Run it from the
# unpacked Facilitator folder (it is copied there as install.sh). PREFIX moves it (default ~/.local).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$PREFIX/share/applications"
rm -rf "$PREFIX/opt/Facilitator"
cp -a "$HERE" "$PREFIX/opt/Facilitator"
ln -sf "$PREFIX/opt/Facilitator/facilitator" "$PREFIX/bin/facilitator"
sed "s|^Exec=facilitator|Exec=$PREFIX/bin/facilitator|" "$HERE/facilitator.desktop" \
  > "$PREFIX/share/applications/facilitator.desktop"
for folder in "$HERE"/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$folder")")"
  mkdir -p "$PREFIX/share/icons/hicolor/$size/apps"
  cp "$folder"/facilitator.* "$PREFIX/share/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$PREFIX/share/icons/hicolor" || true
echo "Installed: $PREFIX/bin/facilitator (and Facilitator in the applications menu)"
