"""The stay-in-touch light on the Partners page: the "Contact" column (a word, a colour and a shape,
sortable, its meaning in the header's tooltip), the state in the partner's details, and the edit
dialog's "Stay in touch every N weeks" (empty: the stage's; 0, 105 or "soon" refused in words)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from refdesk.db.models import Meeting, Partner, Stage
from refdesk.services import partners as ps
from refdesk.ui.common import appearance, contact_light
from refdesk.ui.partners.models import COLUMNS, ID_ROLE, PartnerTableModel
from tests.ui.common import item_models

TODAY = dt.date.today()
CONTACT = [c.title for c in COLUMNS].index("Contact")


def _partner(name: str, stage: Stage, met_days_ago: int | None, own: int | None = None) -> int:
    pid = ps.create_partner(ps.PartnerData(name=name, stage=stage, cadence_weeks=own)).id
    Partner.update(created_at=dt.datetime.now() - dt.timedelta(days=400)).where(Partner.id == pid).execute()
    if met_days_ago is not None:
        Meeting.create(partner=pid, date=TODAY - dt.timedelta(days=met_days_ago))
    return pid


@pytest.fixture
def three(db):
    """On time, due soon and overdue, and one retired (no light)."""
    return {
        "on_time": _partner("Ada On", Stage.PROFITABILITY, 3),  # every 4 weeks: due in 25 days
        "due_soon": _partner("Ben Soon", Stage.CREDIBILITY, 40),  # every 6 weeks: due in 2 days
        "overdue": _partner("Cy Late", Stage.VISIBILITY, 10, own=1),  # their own: every week, due 3 days ago
        "retired": ps.create_partner(
            ps.PartnerData(name="Dee Gone", stage=Stage.RETIRED, retired_reason="Moved away")
        ).id,
    }


def _model(rows) -> PartnerTableModel:
    model = PartnerTableModel()
    model.set_rows(rows)
    return model


def _cell(model, name, role=Qt.ItemDataRole.DisplayRole):
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == name:
            return model.data(model.index(row, CONTACT), role)
    raise AssertionError(name)


def test_contact_column_says_each_state_in_words_colour_and_shape(three, qtmodeltester):
    model = _model(ps.list_partners())
    model.set_filter(show_retired=True)
    item_models.check(qtmodeltester, model)
    assert [_cell(model, n) for n in ("Ada On", "Ben Soon", "Cy Late", "Dee Gone")] == [
        "On time",
        "Due soon",
        "Overdue",
        "",
    ]
    for name, state in (("Ada On", "on_time"), ("Ben Soon", "due_soon"), ("Cy Late", "overdue")):
        assert _cell(model, name, Qt.ItemDataRole.ForegroundRole).color() == appearance.state_colour(state)
        assert not _cell(model, name, Qt.ItemDataRole.DecorationRole).isNull()  # the shape
    appearance.apply("light")
    try:  # not one drawing in three colours: each state its own shape
        masks = [
            _cell(model, n, Qt.ItemDataRole.DecorationRole).pixmap(16).toImage().createAlphaMask()
            for n in ("Ada On", "Ben Soon", "Cy Late")
        ]
    finally:
        appearance.apply("system")
    assert masks[0] != masks[1] and masks[1] != masks[2] and masks[0] != masks[2]
    assert _cell(model, "Dee Gone", Qt.ItemDataRole.DecorationRole) is None
    due = TODAY - dt.timedelta(days=3)
    tip = _cell(model, "Cy Late", Qt.ItemDataRole.ToolTipRole)
    assert "Overdue: contact was due " in tip and "every week" in tip
    assert due.strftime("%Y") in tip
    header = model.headerData(CONTACT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == contact_light.meaning() and "due soon (within 7 days)" in header
    assert model.headerData(CONTACT, Qt.Orientation.Horizontal) == "Contact"


def test_contact_column_sorts_the_most_overdue_first_and_retired_last(three):
    model = _model(ps.list_partners())
    model.sort(CONTACT, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Cy Late", "Ben Soon", "Ada On"]  # retired partners are hidden until "Show retired"
    model.set_filter(show_retired=True)
    model.sort(CONTACT, Qt.SortOrder.DescendingOrder)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Ada On", "Ben Soon", "Cy Late", "Dee Gone"]


def test_a_touch_resets_the_light(three):
    ps.add_meeting(three["overdue"], ps.MeetingData(date=TODAY))
    model = _model(ps.list_partners())
    assert _cell(model, "Cy Late") == "Due soon"  # every week: due in 7 days, so soon already


def test_the_light_agrees_with_the_one_reading_of_the_cadence(db):
    from refdesk.services import demo
    from refdesk.services import due as due_lists

    demo.generate(partners=60, referrals=500, seed=4, today=TODAY)
    states = due_lists.cadence_state(TODAY)
    rows = ps.list_partners()
    assert {r[ps.COL_ID]: r[ps.COL_CONTACT] for r in rows if r[ps.COL_CONTACT]} == {
        pid: s.state for pid, s in states.items()
    }
    assert len({s.state for s in states.values()}) > 1
    first = ps.first_partners(10)
    assert all(r[ps.COL_CONTACT] == states[r[ps.COL_ID]].state for r in first)
    one = ps.partner_row(first[0][ps.COL_ID])
    assert one is not None and one[ps.COL_CONTACT_DUE] == states[one[ps.COL_ID]].due_date.isoformat()


@pytest.fixture
def page(window, qtbot):
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitExposed(page)
    return page


def _select(page, pid):
    for row in range(page.model.rowCount()):
        if page.model.data(page.model.index(row, 0), ID_ROLE) == pid:
            page.table.selectRow(row)
            return
    raise AssertionError(pid)


def test_the_details_say_the_state(three, page):
    page.refresh()
    _select(page, three["overdue"])
    assert page.detail.contact_state == "overdue"
    text = page.detail.contact_label.text()
    assert text.startswith("Overdue: contact was due ") and text.endswith("Stay in touch every week.")
    assert not page.detail.contact_icon.pixmap().isNull() and page.detail.contact_icon.toolTip() == "Overdue"
    _select(page, three["due_soon"])
    assert page.detail.contact_label.text().endswith("Stay in touch every 6 weeks, the default for Credibility.")


def _dialog(qtbot, page, data=None):
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    dialog = PartnerDialog(page, data)
    qtbot.addWidget(dialog)
    return dialog


def test_cadence_field_shows_the_stage_default_as_such(qtbot, page):
    dialog = _dialog(qtbot, page)
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.CREDIBILITY))
    assert dialog.cadence.text() == "" and dialog.cadence.placeholderText() == "6"
    assert dialog.cadence_hint.text() == "Empty: every 6 weeks, the default for Credibility."
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.PROFITABILITY))
    assert dialog.cadence.placeholderText() == "4"
    dialog.stage.setCurrentIndex(dialog.stage.findData(Stage.RETIRED))
    assert not dialog.cadence.isVisibleTo(dialog) and not dialog.cadence_label.isVisibleTo(dialog)  # no cadence
    assert "1 to 104" in dialog.cadence.toolTip()


@pytest.mark.parametrize("typed", ["0", "105", "10000", "soon", "-3"])
def test_cadence_out_of_range_is_refused_in_words(qtbot, page, typed):
    dialog = _dialog(qtbot, page)
    dialog.name.setText("Eve Adams")
    qtbot.keyClicks(dialog.cadence, typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == (
        f"⚠ “{typed}” is not a cadence RefDesk can use: type a whole number of weeks from 1 to 104."
    )
    assert dialog.focusWidget() in (dialog.cadence, None) and dialog.cadence.text() == typed  # nothing lost
    assert not Partner.select().exists()


def test_cadence_saved_and_emptied_again(window, page, qtbot, monkeypatch):
    def run(dialog):
        dialog.name.setText(dialog.name.text() or "Eve Adams")
        dialog.cadence.setText(typed[0])
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "_run_dialog", run)
    typed = ["3"]
    window.actions["new_partner"].trigger()
    partner = Partner.get(Partner.name == "Eve Adams")
    assert partner.cadence_weeks == 3
    assert "every 3 weeks." in page.detail.contact_label.text()
    typed[0] = ""
    page.edit_partner()
    assert Partner.get_by_id(partner.id).cadence_weeks is None  # the stage's again
    assert page.detail.contact_label.text().endswith("the default for Visibility.")
    window.undo_stack.undo()
    assert Partner.get_by_id(partner.id).cadence_weeks == 3
