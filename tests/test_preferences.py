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
        ("rules/cadence_visibility_weeks", 21),
        ("reminder_time", "7:30"),
        ("money/currency", "EUR"),
        ("ui/language", "de"),
        ("window/last_page", "charts"),
        ("window/geometry", QByteArray(b'\x01\x02,="')),
        ("files/last_folder/export", '/home/ada/My "exports", 2026'),
    ):
        store.setValue(key, value)
    store.sync()
    values = preferences.read(path)
    assert values["rules/cadence_visibility_weeks"] == 21 and values["rules/check_in_days"] == 90
    assert values["reminder_time"] == "07:30" and preferences.reminder_time(values).isoformat() == "07:30:00"
    assert values["money/currency"] == "EUR" and values["ui/language"] == "de"
    assert values["window/last_page"] == "charts"
    assert values["files/last_folder/export"] == '/home/ada/My "exports", 2026'
    assert values["window/geometry"] == b""  # Qt's own values are the window's business


@pytest.mark.parametrize(
    "text",
    [
        "[rules]\ncadence_credibility_weeks=0\ncheck_in_days=10000\nfollow_up_days=two\n[ui]\nlanguage=xx\n"
        "appearance=pink\n[General]\nreminder_time=25:00\n",
        "\x00\xff garbage [[[ = =\n[rules\ncadence_credibility_weeks",
        "[rules]\ncadence_credibility_weeks=1\ncadence_credibility_weeks=2\n[rules]\ncadence_credibility_weeks=3\n",
    ],
)
def test_a_bad_or_damaged_file_gives_the_defaults(tmp_path, text):
    path = tmp_path / "RefDesk.conf"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    values = preferences.read(path)
    assert values["rules/check_in_days"] == 90 and values["ui/language"] == ""
    assert values["ui/appearance"] == "system"
    assert values["rules/cadence_credibility_weeks"] in (6, 3)
    assert values["reminder_time"] == "09:00"


def test_apply_sets_the_rules_the_language_and_the_formats(monkeypatch):
    monkeypatch.delenv("REFDESK_LANG")
    monkeypatch.delenv("REFDESK_LOCALE")
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    values = {
        **preferences.read(preferences.settings_file()),
        "rules/cadence_credibility_weeks": 14,
        "ui/language": "de",
    }
    assert preferences.apply(values) == ("de", None)
    assert rules.cadence_weeks(rules.Stage.CREDIBILITY) == 14
    assert i18n.language() == "de"
    assert str(formatting.current_locale()) == "de_DE"  # German words, German formats
    assert preferences.apply(values, lang="klingon") == (
        "en",
        "RefDesk does not speak “klingon”: it speaks English instead (it knows en, de, es).",
    )
    assert str(formatting.current_locale()) == "en_US"


def test_rules_refuse_days_out_of_range_and_change_nothing():
    with pytest.raises(rules.RuleError, match="from 1 to 730"):
        rules.configure(cadence_visibility_weeks=5, check_in_days=0)
    assert rules.current() == rules.DEFAULTS
    with pytest.raises(rules.RuleError, match="weeks from 1 to 104"):
        rules.configure(cadence_visibility_weeks=10_000, check_in_days=5)
    assert rules.current() == rules.DEFAULTS
    rules.configure(cadence_visibility_weeks=104, check_in_days=1)
    assert (rules.CADENCE_WEEKS[rules.Stage.VISIBILITY], rules.CHECK_IN_DAYS) == (104, 1)
    with pytest.raises(KeyError):
        rules.configure(quiet_days=60)  # the day-count "gone quiet" gave way to the cadence


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
