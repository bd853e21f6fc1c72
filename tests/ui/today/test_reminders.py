"""The Today page's reminders, driven with qtbot on a real SQLite file: "Coming up" (what falls due in
the next 7 days, overdue first, marked in words and colour), "Next steps" with Done and undo,
"Overdue for contact", the follow-ups' empty box when a follow-up is only coming up, and a page
that fits a 1024-pixel-wide window in English and German without scrolling sideways."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from refdesk.db.models import (
    Comfort,
    Direction,
    Meeting,
    Partner,
    Referral,
    ReferralStatus,
    Stage,
    StandingCheck,
    ThankYou,
)
from refdesk.services import demo
from refdesk.ui.common import appearance
from refdesk.ui.today.models import ROW_ROLE

FIXED = dt.date(2026, 3, 10)
TODAY = dt.date.today()


def _page(window, qtbot):
    window.show_page("today")
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded)  # the lists load just after the window's first paint
    return page


def _texts(section, column):
    model = section.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _partner(name: str, stage: Stage, day: dt.date) -> Partner:
    return Partner.create(
        name=name, stage=stage, created_at=dt.datetime.combine(day - dt.timedelta(days=400), dt.time(9))
    )


@pytest.fixture
def coming(db):
    """Around FIXED: one of each kind of reminder, two of them overdue."""
    ada = _partner("Ada Okafor", Stage.CREDIBILITY, FIXED)  # every 6 weeks
    ben = _partner("Ben Smith", Stage.PROFITABILITY, FIXED)  # every 4 weeks
    cy = _partner("Cy Weber", Stage.VISIBILITY, FIXED)  # every 8 weeks
    StandingCheck.create(
        partner=ada, date=FIXED - dt.timedelta(days=85), willingness=7, comfort=Comfort.WOULD_RECOMMEND
    )  # due again in 6 days
    Meeting.create(
        partner=ada,
        date=FIXED - dt.timedelta(days=50),  # contact was due 8 days ago
        next_step="Send the brochure",
        next_step_date=FIXED + dt.timedelta(days=3),
    )
    Meeting.create(
        partner=ada,
        date=FIXED - dt.timedelta(days=60),
        next_step="Already done",
        next_step_date=FIXED - dt.timedelta(days=5),
        next_step_done=FIXED - dt.timedelta(days=4),
    )
    StandingCheck.create(
        partner=ben, date=FIXED - dt.timedelta(days=25), willingness=8, comfort=Comfort.WOULD_RECOMMEND
    )  # contact due in 3 days
    StandingCheck.create(partner=cy, date=FIXED - dt.timedelta(days=10), willingness=5, comfort=Comfort.WOULD_RECOMMEND)
    given = Referral.create(
        partner=cy,
        date=FIXED,  # logged today: its follow-up comes in two days
        direction=Direction.GIVEN,
        prospect_name="Pat Prospect",
        status=ReferralStatus.CONTACTED,
        follow_up_date=FIXED + dt.timedelta(days=2),
    )
    thank = ThankYou.create(partner=cy, due_date=FIXED - dt.timedelta(days=1))
    return {"ada": ada, "ben": ben, "cy": cy, "given": given, "thank": thank}


def test_coming_up_lists_each_kind_overdue_first_then_by_date(coming, window, qtbot):
    page = _page(window, qtbot)
    section = page.coming_up
    page.refresh(FIXED)
    rows = [section.model.data(section.model.index(r, 0), ROW_ROLE) for r in range(section.model.rowCount())]
    assert [(r.kind, r.date - FIXED, r.overdue) for r in rows] == [
        ("cadence", dt.timedelta(days=-8), True),
        ("thank_you", dt.timedelta(days=-1), True),
        ("follow_up", dt.timedelta(days=2), False),
        ("next_step", dt.timedelta(days=3), False),
        ("cadence", dt.timedelta(days=3), False),
        ("check_in", dt.timedelta(days=6), False),
    ]
    assert [r.partner_name for r in rows] == [
        "Ada Okafor",
        "Cy Weber",
        "Cy Weber",
        "Ada Okafor",
        "Ben Smith",
        "Ada Okafor",
    ]
    tips = [section.model.data(section.model.index(r, 1), Qt.ItemDataRole.ToolTipRole) for r in range(6)]
    kinds = ["Stay in touch", "Thank-you", "Follow-up", "Next step", "Stay in touch", "Check-in"]
    assert [t.split(":")[0].removeprefix("<qt>") for t in tips] == kinds  # the kind, in words
    when = _texts(section, 0)
    assert [w.endswith(" · overdue") for w in when] == [True, True, False, False, False, False]  # in words
    red = appearance.error_colour()
    colours = [section.model.data(section.model.index(r, 0), Qt.ItemDataRole.ForegroundRole) for r in range(6)]
    assert [c is not None and c.color() == red for c in colours] == [True, True, False, False, False, False]
    assert _texts(section, 1)[3] == "Next step with Ada Okafor: Send the brochure"
    assert _texts(section, 1)[2] == "Follow up with Cy Weber and Pat Prospect"
    assert section.title() == "Coming up (6)"


def test_coming_up_opens_each_item_on_its_page(coming, window, qtbot):
    page = _page(window, qtbot)
    page.refresh(FIXED)
    asked = []
    window.events.show_requested.connect(lambda key, item: asked.append((key, item)))
    for row in range(6):
        window.show_page("today")
        page.refresh(FIXED)  # as of FIXED again (showing Today again reads it as of today)
        page.coming_up.view.selectionModel().setCurrentIndex(
            page.coming_up.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        page.coming_up.open_button.click()
    assert asked == [
        ("partners", coming["ada"].id),
        ("thanks", coming["thank"].id),
        ("referrals", coming["given"].id),
        ("partners", coming["ada"].id),
        ("partners", coming["ben"].id),
        ("partners", coming["ada"].id),
    ]


@pytest.fixture
def step(db):
    ada = _partner("Ada Okafor", Stage.CREDIBILITY, TODAY)
    meeting = Meeting.create(
        partner=ada,
        date=TODAY - dt.timedelta(days=6),
        next_step="Call about the open house",
        next_step_date=TODAY - dt.timedelta(days=1),
    )
    return meeting


def test_next_step_done_with_ctrl_d_and_undo(step, window, qtbot):
    page = _page(window, qtbot)
    section = page.next_steps
    assert _texts(section, 2) == ["Call about the open house"]
    assert _texts(section, 0)[0].endswith(" · overdue")
    section.view.setFocus()
    qtbot.keyClick(section.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert Meeting.get_by_id(step.id).next_step_done == TODAY
    assert section.stack.currentWidget() is section.empty and section.title() == "Next steps"
    assert "Next step done with Ada Okafor" in window.statusBar().currentMessage()
    assert window.actions["undo"].isEnabled()
    window.actions["undo"].trigger()  # Ctrl+Z
    assert Meeting.get_by_id(step.id).next_step_done is None
    assert _texts(section, 2) == ["Call about the open house"]
    section.done_button.click()  # the button does the same
    assert Meeting.get_by_id(step.id).next_step_done == TODAY


def test_done_shortcut_is_no_window_shortcut(window):
    from refdesk.ui import actions

    taken = {
        window.actions[spec.key].shortcut().toString()
        for _title, specs in actions.MENUS
        if specs
        for spec in specs
        if spec is not None
    }
    assert "Ctrl+D" not in taken


def test_a_follow_up_logged_today_is_said_to_be_coming_up(db, window, qtbot):
    from refdesk.services import referrals as referrals_service

    ben = _partner("Ben Smith", Stage.CREDIBILITY, TODAY)
    referrals_service.create_referral(
        referrals_service.ReferralData(partner_id=ben.id, direction=Direction.RECEIVED, date=TODAY, prospect_name="Pat")
    )
    page = _page(window, qtbot)
    assert page.follow_ups.stack.currentWidget() is page.follow_ups.empty
    assert page.follow_ups.empty.text() == "Nothing due today. 1 follow-up coming up — see Coming up."
    assert "follow_up" in [r.kind for r in page.coming_up.model.rows]


def test_the_empty_follow_up_box_says_what_to_do_when_nothing_is_coming(window, qtbot):
    page = _page(window, qtbot)
    assert page.follow_ups.empty.text().startswith("No follow-ups due. Log a referral")


def test_overdue_for_contact_lists_partners_past_their_cadence(coming, window, qtbot):
    page = _page(window, qtbot)
    names = [row.name for row in page.quiet.model.rows]
    assert "Ada Okafor" in names  # contact was due before today (FIXED is in the past, or 8 days before it)
    assert page.quiet.title().startswith("Overdue for contact")
    row = names.index("Ada Okafor")
    assert page.quiet.model.data(page.quiet.model.index(row, 2)) == "every 6 weeks"


def _fits(page) -> None:
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, "the page scrolls sideways"
    for section in page.sections:
        view, header = section.view, section.view.horizontalHeader()
        if section.stack.currentWidget() is not view:
            continue
        last = section.model.columnCount() - 1
        assert header.sectionViewportPosition(last) + header.sectionSize(last) <= view.viewport().width(), (
            section.title()
        )
        assert view.horizontalScrollBar().maximum() == 0, section.title()


@pytest.mark.parametrize("lang", ["en", "de"])
def test_today_fits_1024_pixels_without_scrolling_sideways(db, data_dir, db_url, qtbot, qsettings_clean, lang):
    from refdesk.ui.main_window import MainWindow
    from tests.ui.test_languages import speaking

    demo.generate(partners=60, referrals=600, seed=3, today=TODAY)
    with speaking(lang):
        window = MainWindow(data_dir, db_url)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        page = _page(window, qtbot)
        for _ in range(3):
            QApplication.processEvents()
        assert window.width() == 1024
        assert page.thanks.model.rowCount() and page.coming_up.model.rowCount()
        _fits(page)
