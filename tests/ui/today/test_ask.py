"""The Today page's "Ask how it went": referrals I gave with no thanks from the partner after the
number of days set in Edit → Settings… (the one place it is set), "Partner thanked me" in one
undoable click."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus
from refdesk.services import rules
from refdesk.ui.common import settings
from refdesk.ui.today.ask import SETTING
from tests.ui.today.test_page import _today

TODAY = dt.date.today()
OLD = dt.datetime.combine(TODAY - dt.timedelta(days=400), dt.time(9))


@pytest.fixture
def given(db):
    ada = Partner.create(name="Ada <b>Okafor</b>", created_at=OLD)
    days = rules.ASK_AFTER_DAYS
    late = Referral.create(
        date=TODAY - dt.timedelta(days=days + 6), direction=Direction.GIVEN, partner=ada, prospect_name="Pat Prospect"
    )
    recent = Referral.create(
        date=TODAY - dt.timedelta(days=days - 4),
        direction=Direction.GIVEN,
        partner=ada,
        prospect_name="Sam Recent",
        status=ReferralStatus.MEETING,
        prospect_thanked_date=TODAY,
    )
    Referral.create(
        date=TODAY - dt.timedelta(days=days + 6),
        direction=Direction.GIVEN,
        partner=ada,
        prospect_name="Thanked",
        partner_thanked_date=TODAY,
    )
    return {"ada": ada, "late": late, "recent": recent}


def _texts(section):
    model = section.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def _set_in_settings(monkeypatch, window, days: int) -> None:
    """Edit → Settings…, "Ask how it went after" set to *days*, Save."""
    from refdesk.ui.settings.dialog import SettingsDialog, open_settings

    def fill_and_save(dialog: SettingsDialog) -> int:
        dialog.ask_days.setValue(days)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_save)
    assert open_settings(window) is not None


def test_lists_given_referrals_not_thanked_after_the_days_set(window, qtbot, given, monkeypatch):
    page = _today(window, qtbot)
    ask = page.ask
    assert ask.days == rules.ASK_AFTER_DAYS
    rows = _texts(ask)
    assert [r[1:3] for r in rows] == [["Ada <b>Okafor</b>", "Pat Prospect"]]  # names shown as typed
    assert ask.title() == "Ask how it went (1)"
    assert not ask.findChildren(QSpinBox)  # set in Settings only, not beside the list

    _set_in_settings(monkeypatch, window, rules.ASK_AFTER_DAYS - 5)  # a shorter wait: the recent one too
    assert [r[2] for r in _texts(ask)] == ["Pat Prospect", "Sam Recent"]
    assert _texts(ask)[1][3] == "Meeting · prospect thanked"
    assert settings.get(SETTING) == rules.ASK_AFTER_DAYS - 5
    tip = ask.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert f"for {rules.ASK_AFTER_DAYS - 5} days (Edit → Settings…)" in tip

    ask.view.selectRow(0)
    ask.view.setFocus()
    with qtbot.waitSignal(window.events.data_changed):
        qtbot.keyClick(ask.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert Referral.get_by_id(given["late"].id).partner_thanked_date == TODAY
    assert window.statusBar().currentMessage() == "Noted: Ada <b>Okafor</b> thanked you. Undo with Ctrl+Z."
    qtbot.waitUntil(lambda: [r[2] for r in _texts(page.ask)] == ["Sam Recent"])
    window.undo_stack.undo()
    assert Referral.get_by_id(given["late"].id).partner_thanked_date is None
    qtbot.waitUntil(lambda: len(_texts(page.ask)) == 2)

    # Enter opens the referral on the Referrals page
    ask.view.selectRow(0)
    ask.open_current()
    assert window.current_key() == "referrals"
    assert window.pages["referrals"].selected_id() == given["late"].id


def test_empty_list_says_what_it_is_for(window, qtbot, db):
    page = _today(window, qtbot)
    assert page.ask.stack.currentWidget() is page.ask.empty
    assert "ask how it went" in page.ask.empty.text()
    assert "14 days" in page.ask.empty.text()
