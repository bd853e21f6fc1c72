"""The settings file, read without Qt: what the window stores is what the command line counts with."""

from __future__ import annotations

import pytest

from refdesk import i18n, preferences
from refdesk.services import formatting, rules


def test_what_qsettings_writes_is_read_without_qt(tmp_path):
    from PySide6.QtCore import QByteArray, QSettings

    path = tmp_path / "RefDesk.conf"
    store = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in (
        ("rules/quiet_days", 21),
        ("money/currency", "EUR"),
        ("ui/language", "de"),
        ("window/last_page", "charts"),
        ("window/geometry", QByteArray(b'\x01\x02,="')),
        ("files/last_folder/export", '/home/ada/My "exports", 2026'),
    ):
        store.setValue(key, value)
    store.sync()
    values = preferences.read(path)
    assert values["rules/quiet_days"] == 21 and values["rules/check_in_days"] == 90
    assert values["money/currency"] == "EUR" and values["ui/language"] == "de"
    assert values["window/last_page"] == "charts"
    assert values["files/last_folder/export"] == '/home/ada/My "exports", 2026'
    assert values["window/geometry"] == b""  # Qt's own values are the window's business


@pytest.mark.parametrize(
    "text",
    [
        "[rules]\nquiet_days=0\ncheck_in_days=10000\nfollow_up_days=two\n[ui]\nlanguage=xx\nappearance=pink\n",
        "\x00\xff garbage [[[ = =\n[rules\nquiet_days",
        "[rules]\nquiet_days=1\nquiet_days=2\n[rules]\nquiet_days=3\n",
    ],
)
def test_a_bad_or_damaged_file_gives_the_defaults(tmp_path, text):
    path = tmp_path / "RefDesk.conf"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    values = preferences.read(path)
    assert values["rules/check_in_days"] == 90 and values["ui/language"] == ""
    assert values["ui/appearance"] == "system"
    assert values["rules/quiet_days"] in (60, 3)


def test_apply_sets_the_rules_the_language_and_the_formats(monkeypatch):
    monkeypatch.delenv("REFDESK_LANG")
    monkeypatch.delenv("REFDESK_LOCALE")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    values = {**preferences.read(preferences.settings_file()), "rules/quiet_days": 14, "ui/language": "de"}
    assert preferences.apply(values) == ("de", None)
    assert rules.QUIET_DAYS == 14
    assert i18n.language() == "de"
    assert str(formatting.current_locale()) == "de_DE"  # German words, German formats
    assert preferences.apply(values, lang="klingon") == (
        "en",
        "RefDesk does not speak “klingon”: it speaks English instead (it knows en, de, es).",
    )
    assert str(formatting.current_locale()) == "en_US"


def test_rules_refuse_days_out_of_range_and_change_nothing():
    with pytest.raises(rules.RuleError, match="from 1 to 730"):
        rules.configure(quiet_days=5, check_in_days=0)
    assert rules.current() == rules.DEFAULTS
    with pytest.raises(rules.RuleError):
        rules.configure(quiet_days=10_000)
    rules.configure(quiet_days=730, check_in_days=1)
    assert (rules.QUIET_DAYS, rules.CHECK_IN_DAYS) == (730, 1)


def test_the_window_is_said_in_the_language_spoken():
    import datetime as dt

    i18n.install("de")
    assert rules.WINDOW_PHRASE == "in den letzten 12 Monaten (dieser Monat bisher und die 11 ganzen Monate davor)"
    formatting.configure("de_DE")
    assert rules.window_words(dt.date(2026, 12, 2)) == (
        "Gezählt in den letzten 12 Monaten (dieser Monat bisher und die 11 ganzen Monate davor): "
        "01.01.2026 bis 02.12.2026."
    )
    i18n.install("es")
    assert rules.window_phrase(2) == "en los últimos 2 meses (este mes hasta ahora y el mes completo anterior)"
    i18n.install("en")
    assert rules.window_phrase(1) == "this month so far"
