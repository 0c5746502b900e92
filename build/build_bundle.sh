#!/usr/bin/env bash
# Build dist/Facilitator/ with PyInstaller, then prove it starts: the bundled self-test opens
# the window offscreen, makes a series in a temporary workspace and writes a PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
"$PY" -m pip install --quiet "pyinstaller>=6.0"
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/work build/facilitator.spec
install -m 0644 build/facilitator.desktop dist/Facilitator/facilitator.desktop
install -m 0755 build/install_linux.sh dist/Facilitator/install.sh
mkdir -p dist/Facilitator/icons/hicolor/scalable/apps
cp resources/icons/facilitator.svg dist/Facilitator/icons/hicolor/scalable/apps/facilitator.svg
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "dist/Facilitator/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/facilitator-${size}.png" "dist/Facilitator/icons/hicolor/${size}x${size}/apps/facilitator.png"
done
QT_QPA_PLATFORM=offscreen dist/Facilitator/facilitator --self-test
echo "Bundle ready: dist/Facilitator/facilitator ($(du -sh dist/Facilitator | cut -f1)); install it with dist/Facilitator/install.sh"
