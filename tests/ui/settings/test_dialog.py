"""Edit → Settings…: the rules change what Today, Partners and ``refdesk stats`` show; a value
out of range is refused in words and never stored; Restore defaults; currency, paper, dark."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from refdesk import preferences
from refdesk.db.models import Comfort, Partner, Stage
from refdesk.services import formatting, rules
from refdesk.services import partners as ps
from refdesk.ui.common import appearance, settings
from refdesk.ui.settings.dialog import SettingsDialog, open_settings
from tests.conftest import run_refdesk

TODAY = dt.date.today()


@pytest.fixture
def ada(db):
    """A partner met and asked where you stand 40 days ago, in RefDesk for a year."""
    pid = ps.create_partner(ps.PartnerData(name="Ada Okafor", company="Okafor Realty")).id
    Partner.update(created_at=dt.datetime.now() - dt.timedelta(days=365)).where(Partner.id == pid).execute()
    ps.add_checkin(
        pid, ps.CheckInData(date=TODAY - dt.timedelta(days=40), willingness=7, comfort=Comfort.WOULD_RECOMMEND)
    )
    ps.add_meeting(pid, ps.MeetingData(date=TODAY - dt.timedelta(days=40)))
    return pid


def _save_with(monkeypatch, window, **changes) -> SettingsDialog | None:
    """Open Edit → Settings… as a user does, set *changes* (setting key → value), press Save."""

    def fill_and_save(dialog: SettingsDialog) -> int:
        dialog.show()
        for key, value in changes.items():
            if key in dialog.rules:
                dialog.rules[key].setValue(value)
            elif key == "money/currency":
                dialog.currency.setText(value)
            else:
                box = {"ui/appearance": dialog.appearance, "checklist/page_size": dialog.page_size}[key]
                box.setCurrentIndex(box.findData(value))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_save)
    return open_settings(window)


def _contact(page, pid) -> str:
    """The Partners page's Contact light for partner *pid*, as shown."""
    page.refresh()
    column = [c.title for c in page.model.columns].index("Contact")
    return page.model.data(page.model.index(page.model.row_of(pid), column))


def _names(section) -> list[str]:
    return [row.name for row in section.model.rows]


def test_the_rules_change_today_partners_and_stats(window, ada, monkeypatch, qtbot):
    window.show_page("today")
    today = window.pages["today"]
    assert _names(today.check_ins) == [] and _names(today.quiet) == []  # 40 days: within 90 days and 8 weeks

    partners = window.page("partners")
    assert _contact(partners, ada) == "On time"  # met 40 days ago, every 8 weeks
    # every 5 weeks for Visibility (35 days): Ada is overdue for contact
    assert _save_with(monkeypatch, window, **{"rules/check_in_days": 30, "rules/cadence_visibility_weeks": 5})

    assert rules.CHECK_IN_DAYS == 30 and rules.CADENCE_WEEKS[Stage.VISIBILITY] == 5
    assert _names(today.check_ins) == ["Ada Okafor"]  # the page shows the new rules at once
    assert _names(today.quiet) == ["Ada Okafor"]
    assert settings.get("rules/cadence_visibility_weeks") == 5
    window.show_page("partners", ada)
    detail = partners.detail
    qtbot.waitUntil(lambda: detail.check_in_is_due, timeout=5000)
    assert _contact(partners, ada) == "Overdue" and detail.contact_state == "overdue"
    assert detail.contact_label.text().endswith("Stay in touch every 5 weeks, the default for Visibility.")
    # the command line reads the same settings file, without Qt
    result = run_refdesk("stats", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [i["name"] for i in data["check_ins_due"]["items"]] == ["Ada Okafor"]
    assert [i["name"] for i in data["overdue_for_contact"]["items"]] == ["Ada Okafor"]
    assert data["gone_quiet"] == data["overdue_for_contact"]
    assert window.statusBar().currentMessage() == "Settings saved."


def test_a_new_referral_follows_up_after_the_days_set(window, db, monkeypatch):
    _save_with(monkeypatch, window, **{"rules/follow_up_days": 5, "rules/thank_you_days": 9})
    assert rules.follow_up_date(TODAY) == TODAY + dt.timedelta(days=5)
    assert rules.thank_you_due(TODAY) == TODAY + dt.timedelta(days=9)


@pytest.mark.parametrize("days", [0, 10_000])
def test_days_out_of_range_are_refused_in_words_and_never_stored(window, monkeypatch, days):
    assert _save_with(monkeypatch, window, **{"rules/check_in_days": days, "rules/follow_up_days": 20}) is None
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"⚠ Standing check-in: “{days}” is not a number of days RefDesk can use: type a whole number from 1 to 730."
    )
    assert dialog.focusWidget() is dialog.rules["rules/check_in_days"]
    assert rules.CHECK_IN_DAYS == 90 and rules.FOLLOW_UP_DAYS == 2  # nothing applied
    settings.settings().sync()
    assert preferences.read()["rules/follow_up_days"] == 2  # nothing stored, not even the good value
    stored = preferences.settings_file()
    assert not stored.exists() or "follow_up_days" not in stored.read_text()
    with pytest.raises(preferences.SettingError):
        settings.put("rules/check_in_days", days)
    dialog.discard()


def test_restore_defaults_puts_every_value_back(window, monkeypatch, qsettings_clean):
    for key, value in (("rules/follow_up_days", 20), ("money/currency", "EUR"), ("ui/appearance", "light")):
        settings.put(key, value)
    dialog = SettingsDialog(window)
    assert dialog.rules["rules/follow_up_days"].value() == 20 and dialog.currency.text() == "EUR"
    dialog.restore_all.click()
    general = {k: v for k, v in dialog.values().items() if not k.startswith(("templates/", "me/", "today/"))}
    assert general == {key: preferences.SETTINGS[key].default for key in general}
    assert dialog.ask_days.value() == rules.ASK_AFTER_DAYS
    assert settings.get("rules/follow_up_days") == 20  # nothing is saved before Save
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert settings.get("rules/follow_up_days") == 2 and settings.get("money/currency") == ""


def test_currency_is_checked_and_used_at_once(window, monkeypatch):
    assert _save_with(monkeypatch, window, **{"money/currency": "XYZ"}) is None
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
    assert "“XYZ” is not a currency code" in dialog.error.text()
    dialog.discard()
    assert _save_with(monkeypatch, window, **{"money/currency": "chf"}) is not None
    assert settings.get("money/currency") == "CHF" and formatting.default_currency() == "CHF"
    assert formatting.money(900) == "CHF\u00a0900"


def test_paper_and_appearance(window, monkeypatch):
    from PySide6.QtGui import QPageSize

    from refdesk.ui.thanks.checklist import make_printer

    _save_with(monkeypatch, window, **{"checklist/page_size": "Letter", "ui/appearance": "dark"})
    assert (
        settings.get("checklist/page_size") == "Letter"
        and make_printer().pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter
    )
    assert appearance.is_dark(QApplication.palette())
    _save_with(monkeypatch, window, **{"ui/appearance": "light"})
    assert not appearance.is_dark(QApplication.palette())
    _save_with(monkeypatch, window, **{"ui/appearance": "system"})


def test_every_setting_has_a_tooltip_and_the_shortcut_is_the_preferences_key(window):
    dialog = SettingsDialog(window)
    for widget in (dialog.language, dialog.currency, dialog.page_size, dialog.appearance, *dialog.rules.values()):
        assert widget.toolTip() and widget.accessibleName()
    action = window.actions["settings"]
    assert QKeySequence("Ctrl+,") in action.shortcuts()
    preferences_key = QKeySequence(QKeySequence.StandardKey.Preferences)
    assert preferences_key.isEmpty() or preferences_key in action.shortcuts()
    assert action in window.edit_menu.actions()


@pytest.mark.parametrize("weeks", [0, 105, 10_000])
def test_cadence_out_of_range_is_refused_in_words(window, monkeypatch, weeks):
    dialog = _save_with(monkeypatch, window, **{"rules/cadence_credibility_weeks": weeks})
    assert dialog is None
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible())
    assert dialog.error.text() == (
        f"⚠ Stay in touch with Credibility partners: “{weeks}” is not a cadence RefDesk can use: "
        "type a whole number of weeks from 1 to 104."
    )
    assert dialog.focusWidget() is dialog.rules["rules/cadence_credibility_weeks"]
    assert rules.CADENCE_WEEKS[Stage.CREDIBILITY] == 6  # nothing applied
    dialog.discard()


def test_cadences_have_tooltips_and_restore_defaults(window, qsettings_clean):
    settings.put("rules/cadence_profitability_weeks", 2)
    dialog = SettingsDialog(window)
    box = dialog.rules["rules/cadence_profitability_weeks"]
    assert box.value() == 2 and box.suffix() == " weeks"
    assert "From 1 to 104 weeks; RefDesk's default: 4." in box.toolTip()
    assert box.accessibleName() == "Stay in touch with Profitability partners"
    assert "quiet" not in " ".join(w.toolTip() for w in dialog.rules.values()).lower()  # "gone quiet" is gone
    dialog.restore_all.click()
    assert [dialog.rules[k].value() for k in preferences.CADENCES] == [8, 6, 4]
