"""What builds the packages: the bundle's exclusions (resources/slim.py) and the man page made
from the --help texts (resources/packaging/manpage.py)."""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys

import pytest

from refdesk.cli import build_parser
from tests.conftest import ROOT


def load(name: str, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


slim = load("slim", ROOT / "resources" / "slim.py")
SITE = "/venv/lib/python3.11/site-packages/PySide6/Qt/"


@pytest.mark.parametrize(
    ("dest", "source", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", SITE + "plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", SITE + "plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", SITE + "plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", SITE + "plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", SITE + "plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", SITE + "plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", SITE + "plugins/printsupport/x.so", True),
        ("PySide6/plugins/tls/qopensslbackend.dll", "C:/venv/Lib/site-packages/PySide6/plugins/tls/x.dll", False),
        ("PySide6/Qt/lib/libicudata.so.73", SITE + "lib/libicudata.so.73", True),
        ("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6", sys.platform != "linux"),
        ("libcups.so.2", "/lib/x86_64-linux-gnu/libcups.so.2", sys.platform != "linux"),
        ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", True),
        ("libsqlite3.so.0", "/lib/x86_64-linux-gnu/libsqlite3.so.0", True),
        ("PIL/_avif.cpython-311-x86_64-linux-gnu.so", "/venv/site-packages/PIL/_avif.so", False),
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", "/venv/site-packages/PIL/_imaging.so", True),
    ],
)
def test_the_bundle_keeps_what_refdesk_uses(dest, source, kept):
    assert slim.binary_wanted(dest, source) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", False),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # the standard dialogs' words, in a language RefDesk speaks
        ("PySide6/Qt/translations/qtbase_es.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_de.qm", False),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/en_US.dat", True),
        ("babel/locale-data/de_CH.dat", True),
        ("babel/locale-data/yue_Hant_HK.dat", False),
        ("refdesk/assets/guide/index.html", True),
    ],
)
def test_the_bundle_keeps_its_data(dest, kept):
    assert slim.data_wanted(dest, "") is kept


def test_the_man_page_has_every_subcommand_and_option():
    page = subprocess.run(
        [sys.executable, str(ROOT / "resources" / "packaging" / "manpage.py")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert page.startswith(".TH REFDESK 1 ")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        assert f".SS {name.replace('-', chr(92) + '-')}\n" in page
        for action in command._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help", "--data-dir", "--database-url"):
                    assert f"\\fB{option.replace('-', chr(92) + '-')}\\fR" in page, (name, option)


def test_the_bundle_carries_the_package_data_a_wheel_does():
    """The spec takes its data files from pyproject.toml's package-data: the icon set and the compiled
    translations are in the bundle (without them it could not show Today)."""
    spec = (ROOT / "resources" / "refdesk.spec").read_text(encoding="utf-8")
    assert 'tomllib.load(fh)["tool"]["setuptools"]["package-data"]' in spec
    import tomllib

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = [p for ps in package_data["package-data"].values() for p in ps]
    assert "icons/*.svg" in patterns and "translations/*.qm" in patterns
