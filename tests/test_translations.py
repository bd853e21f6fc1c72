"""The translations: complete, up to date with the code, compiled from what is committed, loaded
at start-up with Qt's own, and never a reason for RefDesk not to start."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages import mofile, pofile

from refdesk import i18n
from tests.conftest import ROOT, run_refdesk

TR = ROOT / "refdesk" / "translations"
LANGS = [lang for lang in i18n.LANGUAGES if lang != i18n.FALLBACK]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or pytest.skip(f"{name} is not installed"))


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (ctx.findtext("name"), msg.findtext("source"), msg)
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    ]


def _ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "refdesk" / "ui").rglob("*.py"))


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_every_ts_message_is_finished_and_none_is_obsolete(lang):
    problems = []
    for context, source, msg in _messages(TR / f"refdesk_{lang}.ts"):
        translation = msg.find("translation")
        kind = translation.get("type")
        forms = [f.text for f in translation.iter("numerusform")]
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{kind}: {context}: {source!r}")
        elif msg.get("numerus") == "yes" and (len(forms) < 2 or not all(forms)):
            problems.append(f"plural forms missing: {context}: {source!r}")
        elif msg.get("numerus") != "yes" and not translation.text:
            problems.append(f"empty: {context}: {source!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_po_message_is_translated_and_none_is_fuzzy_or_obsolete(lang):
    with (TR / lang / "LC_MESSAGES" / "refdesk.po").open("rb") as handle:
        catalog = pofile.read_po(handle, locale=lang)
    assert not catalog.obsolete
    problems = [
        str(m.id)
        for m in catalog
        if m.id and (m.fuzzy or not (all(m.string) if isinstance(m.string, tuple) else m.string))
    ]
    assert not problems, "\n".join(problems)


def test_the_ts_files_hold_what_the_code_says_now(tmp_path):
    """`make translations` was run after the last change to a window's words: lupdate finds nothing new."""
    for lang in [*LANGS, "en"]:
        copy = tmp_path / f"refdesk_{lang}.ts"
        shutil.copy(TR / copy.name, copy)
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "en"]
            + extra
            + _ui_sources()
            + ["-ts", str(copy)],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        before = {(c, s) for c, s, _m in _messages(TR / copy.name)}
        after = {(c, s) for c, s, m in _messages(copy) if m.find("translation").get("type") != "unfinished"}
        assert after == before, (
            f"{copy.name}: run `make translations` (new or changed words: {sorted(before ^ after)[:5]})"
        )


def test_the_po_files_hold_what_the_code_says_now(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "refdesk").rglob("*.py") if "ui" not in p.relative_to(ROOT).parts[1:2])
    template = tmp_path / "refdesk.pot"
    subprocess.run(
        [_tool("pybabel"), "-q", "extract", "--no-location", "-o", str(template), *sources], check=True, cwd=ROOT
    )
    with template.open("rb") as handle:
        wanted = {m.id for m in pofile.read_po(handle) if m.id}
    for lang in LANGS:
        with (TR / lang / "LC_MESSAGES" / "refdesk.po").open("rb") as handle:
            have = {m.id for m in pofile.read_po(handle, locale=lang) if m.id}
        assert have == wanted, f"{lang}: run `make translations` ({sorted(map(str, have ^ wanted))[:5]})"


@pytest.mark.parametrize("lang", [*LANGS, "en"])
def test_each_qm_is_compiled_from_its_ts_as_committed(tmp_path, lang):
    """A .qm older than its .ts (a translation changed, not compiled) fails here, whatever the files' times."""
    out = tmp_path / f"refdesk_{lang}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TR / f"refdesk_{lang}.ts"), "-qm", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (TR / out.name).read_bytes(), (
        f"refdesk_{lang}.qm is older than its .ts: make translations"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_each_mo_is_compiled_from_its_po_as_committed(tmp_path, lang):
    folder = TR / lang / "LC_MESSAGES"
    with (folder / "refdesk.po").open("rb") as handle:
        catalog = pofile.read_po(handle, locale=lang)
    out = tmp_path / "refdesk.mo"
    with out.open("wb") as handle:
        mofile.write_mo(handle, catalog)
    assert out.read_bytes() == (folder / "refdesk.mo").read_bytes(), f"{lang}: refdesk.mo is older than refdesk.po"


# --- loading them -------------------------------------------------------------------------------------------


def test_the_window_loads_refdesk_and_qt_translations(qapp):
    from PySide6.QtCore import QCoreApplication

    from refdesk.ui.application import install_translators

    try:
        loaded = install_translators(qapp, "de")
        assert [Path(p).name for p in loaded] == ["qtbase_de.qm", "refdesk_de.qm"]
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own buttons
    finally:
        install_translators(qapp, "en")
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"


def test_a_missing_or_damaged_qm_is_logged_and_the_words_stay_english(qapp, tmp_path, monkeypatch, caplog):
    from PySide6.QtCore import QCoreApplication

    from refdesk.ui.application import install_translators

    (tmp_path / "refdesk_de.qm").write_bytes(b"\x3c\xb8\x64\x18 not a translation at all")
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    try:
        with caplog.at_level(logging.WARNING):
            loaded = install_translators(qapp, "de")
        assert [Path(p).name for p in loaded] == ["qtbase_de.qm"]
        assert "refdesk_de.qm is missing or damaged" in caplog.text
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
        (tmp_path / "refdesk_de.qm").unlink()
        assert [Path(p).name for p in install_translators(qapp, "de")] == ["qtbase_de.qm"]
    finally:
        monkeypatch.undo()  # the real folder again, or English would be left without its plural forms
        install_translators(qapp, "en")


def test_a_damaged_mo_is_logged_and_the_sentences_stay_english(tmp_path, monkeypatch, caplog):
    folder = tmp_path / "de" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "refdesk.mo").write_bytes(b"\xde\x12\x04\x95" + b"\xff" * 7)
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    with caplog.at_level(logging.WARNING):
        assert i18n.install("de") == "de"
    assert "cannot be read" in caplog.text
    assert i18n._("“{value}” is not one of the choices.").startswith("“{value}”")


def test_the_qt_free_catalogue_speaks_german_and_spanish():
    i18n.install("de")
    assert i18n._("“{value}” is not one of the choices.") == "„{value}“ ist keine der Möglichkeiten."
    i18n.install("es")
    assert i18n._("“{value}” is not one of the choices.") == "«{value}» no es una de las opciones."


def test_an_unknown_language_is_english_with_one_warning_line(data_dir):
    result = run_refdesk("--lang", "xx", "info")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "refdesk: RefDesk does not speak “xx”: it speaks English instead (it knows en, de, es)."
    ]
    assert "Data folder" in result.stdout or result.stdout  # the command ran, in English


def test_lang_and_the_environment_choose_the_language(monkeypatch):
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "REFDESK_LANG"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert i18n.choose(None) == ("es", None)
    assert i18n.choose(None, "de") == ("de", None)  # the settings' choice over the system's
    assert i18n.choose("en", "de") == ("en", None)  # --lang over both
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.choose(None) == ("en", None)  # a system language RefDesk does not speak: English, quietly
    monkeypatch.setenv("REFDESK_LANG", "de")
    assert i18n.choose(None, "es") == ("de", None)
