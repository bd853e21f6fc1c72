#!/usr/bin/env bash
# Build dist/refdesk_VERSION_amd64.deb (`make deb`; the release workflow's Linux job runs this too).
#
# The package holds the one-folder PyInstaller bundle (resources/refdesk.spec) under /opt/refdesk,
# /usr/bin/refdesk to start it, the menu entry, the icon in the hicolor theme (16 to 512 px and
# SVG), and a man page made from the --help texts.  The system libraries Qt takes from the
# system are its dependencies (control).  Needs: the project's venv (make setup), dpkg-deb.
set -euo pipefail
cd "$(dirname "$0")/../../.."
PY=${PY:-.venv/bin/python}
OUT=build/deb
VERSION=$("$PY" -c 'import refdesk; print(refdesk.__version__)')
NAME="refdesk_${VERSION}_amd64"
STAGE="$OUT/$NAME"

"$PY" -m pip install --quiet "pyinstaller>=6.10"  # a build tool only, not a dependency of RefDesk
if [ "${REFDESK_REUSE_BUNDLE:-}" != 1 ] || [ ! -x "$OUT/dist/RefDesk/RefDesk" ]; then
    "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" resources/refdesk.spec
fi

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/doc/refdesk"
cp -a "$OUT/dist/RefDesk" "$STAGE/opt/refdesk"
cat > "$STAGE/usr/bin/refdesk" <<'SH'
#!/bin/sh
exec /opt/refdesk/RefDesk "$@"
SH
chmod 755 "$STAGE/usr/bin/refdesk"
"$PY" - "$STAGE" <<'PY'
import shutil, sys
from pathlib import Path
from refdesk import assets
from refdesk.commands.install_desktop_entry import desktop_entry_text
stage = Path(sys.argv[1])
apps = stage / "usr/share/applications"
apps.mkdir(parents=True)
(apps / "refdesk.desktop").write_text(desktop_entry_text(assets.text(assets.DESKTOP_FILE), ["refdesk"], None))
hicolor = stage / "usr/share/icons/hicolor"
for size, png in assets.icon_pngs().items():
    (hicolor / f"{size}x{size}/apps").mkdir(parents=True)
    shutil.copyfile(png, hicolor / f"{size}x{size}/apps/refdesk.png")
(hicolor / "scalable/apps").mkdir(parents=True)
shutil.copyfile(assets.path(assets.ICON_SVG), hicolor / "scalable/apps/refdesk.svg")
PY
"$PY" resources/packaging/manpage.py | gzip -9n > "$STAGE/usr/share/man/man1/refdesk.1.gz"
cat > "$STAGE/usr/share/doc/refdesk/copyright" <<'TXT'
RefDesk is released under the MIT license. The bundle under /opt/refdesk holds Python, Qt
(PySide6, LGPL-3.0), matplotlib, numpy, peewee, Babel and the other libraries RefDesk uses,
each under its own license; their license files are kept beside them.
TXT
find "$STAGE" -type d -exec chmod 755 {} +
size=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$size/" resources/packaging/deb/control > "$STAGE/DEBIAN/control"
mkdir -p dist
dpkg-deb --root-owner-group -Zxz -z6 --build "$STAGE" "dist/$NAME.deb" >/dev/null
echo "dist/$NAME.deb: $(du -m "dist/$NAME.deb" | cut -f1) MB, $((size / 1024)) MB installed"
