"""What the PyInstaller bundle leaves out (used by refdesk.spec), each with the reason.

RefDesk uses QtCore, QtGui, QtWidgets, QtSvg, QtPrintSupport and QtNetwork (the single-instance
socket); matplotlib's Agg canvas in Qt and its SVG writer; Pillow only as matplotlib loads it.
Everything else PyInstaller would copy is left out here:

- Qt: the other modules (WebEngine, QML/Quick, Multimedia, 3D, …), the plug-ins for embedded
  screens (EGLFS, linuxfb, VNC), input devices, network information, TLS, image formats other
  than SVG and ICO, the GTK theme (it drags in GTK, Cairo and Pango), and Qt's own translations
  but those of the languages RefDesk speaks (German and Spanish: qtbase_de.qm, qtbase_es.qm);
- matplotlib: every backend but Agg, Qt-Agg and SVG, the sample data, the toolbar images and
  the fonts other than DejaVu Sans (the charts' font);
- Pillow's AVIF, WebP, colour-management and Tk parts, which matplotlib does not use;
- on Linux, the libraries every desktop has and a pip-installed PySide6 also takes from the
  system (X11 and xcb, GL/EGL, GLib, fontconfig, freetype, D-Bus, CUPS and what they depend
  on): the Debian package names them as dependencies (resources/packaging/deb/control);
- Babel's data for languages outside ``LANGUAGES`` (58 languages, 13 of its 32 MB): a locale left
  out falls back to US English dates and numbers;
- debug symbols (binaries are stripped on Linux and macOS).

What stays and is large: ICU (39 MB, Qt's text handling), numpy with OpenBLAS (39 MB, needed by
matplotlib), psycopg2 (team databases), cryptography (keyring's password store) and rapidfuzz
(duplicate detection).
"""

from __future__ import annotations

import re
import sys

STRIP = sys.platform != "win32"

EXCLUDED_MODULES = [
    "tkinter",
    "pytest",
    "hypothesis",
    "IPython",
    "readline",
    "curses",
    "pydoc_data",
    "unittest",
    *(
        f"PySide6.{name}"
        for name in (
            "QtWebEngineCore QtWebEngineWidgets QtWebChannel QtWebSockets Qt3DCore Qt3DRender QtQuick "
            "QtQuickWidgets QtQml QtMultimedia QtMultimediaWidgets QtCharts QtDataVisualization QtPdf "
            "QtPdfWidgets QtOpenGLWidgets QtSql QtTest QtDesigner QtHelp QtBluetooth QtPositioning "
            "QtSerialPort QtSensors QtTextToSpeech QtUiTools QtXml QtConcurrent QtStateMachine QtNfc"
        ).split()
    ),
    *(
        f"matplotlib.backends.{name}"
        for name in (
            "backend_tkagg backend_tkcairo _backend_tk backend_gtk3agg backend_gtk3cairo backend_gtk4agg "
            "backend_gtk4cairo _backend_gtk backend_wxagg backend_wxcairo backend_wx backend_webagg "
            "backend_webagg_core backend_nbagg backend_macosx backend_cairo backend_pgf backend_ps "
            "backend_pdf backend_qtcairo backend_template"
        ).split()
    ),
]

QT_PLUGINS_DROPPED = re.compile(
    r"PySide6/(Qt/)?plugins/("  # Qt/ on Linux and macOS, not on Windows
    r"egldeviceintegrations|generic|networkinformation|tls|"
    r"platforms/lib(qeglfs|qlinuxfb|qminimal|qminimalegl|qvkkhrdisplay|qvnc)\.|"
    r"platformthemes/libqgtk3\.|"
    r"imageformats/lib(qgif|qicns|qjpeg|qtga|qtiff|qwbmp|qwebp)\."
    r")"
)
QT_LIBS_DROPPED = re.compile(r"libQt6(EglFsKmsSupport|EglFSDeviceIntegration)\.")
PIL_DROPPED = re.compile(r"PIL/_(avif|webp|imagingtk|imagingcms)\.|pillow\.libs/lib(avif|webp|sharpyuv|lcms2)")

# The libraries every Linux desktop has, as a pip-installed PySide6 expects them (cf. AppImage's
# exclude list).  Matched on the file name of a library PyInstaller found outside site-packages.
SYSTEM_LIBS = re.compile(
    r"^lib("
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xinerama|Xcomposite|Xdamage|xcb.*|"
    r"xkbcommon.*|wayland-.*|EGL|GL|GLX|GLdispatch|OpenGL|gbm|drm|"
    r"glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0|"
    r"fontconfig|freetype|harfbuzz|png16|brotli.*|graphite2|"
    r"cairo.*|pango.*|pixman-1|gdk.*|gtk.*|atk.*|epoxy|fribidi|thai|datrie|"
    r"dbus-1|systemd|udev|cups|avahi.*|gnutls|gcrypt|gpg-error|nettle|hogweed|gmp|p11-kit|tasn1|"
    r"unistring|idn2|krb5.*|k5crypto|gssapi_krb5|com_err|keyutils|"
    r"mount|blkid|selinux|pcre2-8|cap|lz4|jpeg|tiff|webp|deflate|jbig|Lerc|sharpyuv"
    r")\.so"
)


def _name(dest: str) -> str:
    return dest.replace("\\", "/")


def binary_wanted(dest: str, source: str) -> bool:
    dest = _name(dest)
    if QT_PLUGINS_DROPPED.search(dest) or QT_LIBS_DROPPED.search(dest) or PIL_DROPPED.search(dest):
        return False
    if sys.platform.startswith("linux") and "site-packages" not in source:
        return not SYSTEM_LIBS.match(dest.rsplit("/", 1)[-1])
    return True


LANGUAGES = frozenset(
    "root en de fr es it nl pt sv da nb nn no fi pl cs sk hu ro bg el tr ru uk he ar zh ja ko hi id ms th vi "
    "ca et lv lt sl hr sr is ga cy af sw fil tl bn ur fa ta te mr gu kn ml pa".split()
)
BABEL_DATA = "babel/locale-data/"

# Qt's own words (the standard dialogs' buttons) in the languages RefDesk speaks (refdesk/i18n.py)
QT_TRANSLATIONS_KEPT = re.compile(r"/qtbase_(de|es)\.qm$")

MPL_DATA = "matplotlib/mpl-data/"
MPL_FONTS_KEPT = re.compile(r"fonts/ttf/(DejaVuSans(-Bold|-Oblique|-BoldOblique)?\.ttf|LastResortHE.*|LICENSE.*)$")


def data_wanted(dest: str, source: str) -> bool:
    dest = _name(dest)
    if dest.startswith(("PySide6/Qt/translations/", "PySide6/translations/")):
        return bool(QT_TRANSLATIONS_KEPT.search(dest))
    if dest.startswith(BABEL_DATA):
        return dest[len(BABEL_DATA) :].split("_")[0].split(".")[0] in LANGUAGES
    if dest.startswith(MPL_DATA):
        rest = dest[len(MPL_DATA) :]
        if rest.startswith(("sample_data/", "images/", "plot_directive/", "fonts/afm/", "fonts/pdfcorefonts/")):
            return False
        if rest.startswith("fonts/ttf/"):
            return bool(MPL_FONTS_KEPT.search(rest))
    return True


def keep(entries, wanted):
    """PyInstaller's TOC (dest, source, kind) without what *wanted* refuses."""
    return [entry for entry in entries if wanted(entry[0], entry[1])]
