"""The Partners page, driven with qtbot on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from refdesk.db.models import Comfort, Direction, Meeting, MeetingKind, Partner, Referral, Stage, StandingCheck
from refdesk.services import partners as ps
from refdesk.ui.partners.models import PartnerTableModel


@pytest.fixture
def page(window, qtbot):
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitExposed(page)
    return page


def seed() -> tuple[int, int]:
    a = ps.create_partner(
        ps.PartnerData(
            name="Amara Okafor",
            company="Okafor Realty",
            category="Realtor",
            emails=[("amara@homes.example", "work")],
            tags="golf",
        )
    ).id
    b = ps.create_partner(ps.PartnerData(name="Ben Smith", company="Smith Mortgages", category="Mortgage broker")).id
    Referral.create(partner=a, date=dt.date.today(), direction=Direction.GIVEN, prospect_name="Client X")
    return a, b


def drive(page, monkeypatch, fill):
    """Replace the modal exec: *fill(dialog)* types into the dialog, then Save is pressed."""

    def run(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "_run_dialog", run)


def test_model_sorts_every_column(db):
    seed()
    model = PartnerTableModel()
    model.set_rows(ps.list_partners())
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == 2
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, 0)) == "Amara Okafor"
    model.sort(4, Qt.SortOrder.DescendingOrder)  # given
    assert model.data(model.index(0, 4)) == "1"
    assert model.data(model.index(0, 6)) == "+1"


def test_empty_page_says_what_to_do(page):
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Ctrl+N" in page.empty_label.text()


def test_create_partner_with_ctrl_n_and_undo_redo(window, page, qtbot, monkeypatch):
    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Grace Hughes")
        dialog.category.setCurrentText("Accountant")
        dialog.emails.edits()[0].setText("grace@books.example")

    drive(page, monkeypatch, fill)
    window.actions["new_partner"].trigger()
    assert window.actions["new_partner"].shortcut().toString() == "Ctrl+N"
    partner = Partner.get(Partner.name == "Grace Hughes")
    assert page.selected_id() == partner.id
    assert page.name_label.text() == "Grace Hughes"
    assert page.model.rowCount() == 1
    window.undo_stack.undo()
    assert not Partner.select().exists()
    assert page.model.rowCount() == 0
    window.undo_stack.redo()
    assert Partner.get_by_id(partner.id).name == "Grace Hughes"
    assert ps.get_partner(partner.id).emails == [("grace@books.example", "")]


def test_validation_errors_keep_the_dialog_open(page, qtbot):
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    dialog = PartnerDialog(page)
    qtbot.addWidget(dialog)
    dialog.emails.edits()[0].setText("bob at example")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "name" in dialog.error.text().lower() and not dialog.error.isHidden()
    dialog.name.setText("Bob")
    dialog.accept()
    assert "bob at example" in dialog.error.text()
    assert dialog.emails.edits()[0].text() == "bob at example"  # nothing lost
    dialog.emails.edits()[0].setText("bob@example.com")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_filter_as_you_type_and_ctrl_f(window, page, qtbot):
    seed()
    page.refresh()
    assert page.count_label.text() == "2 partners"
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "homes.ex")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "Showing 1 of 2 partners"
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Escape)
    assert page.model.rowCount() == 2
    page.category_filter.setCurrentIndex(page.category_filter.findData("Mortgage broker"))
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.filter_edit, "zzz")
    assert page.list_stack.currentWidget() is page.empty_label


def test_edit_and_undo_redo(window, page, monkeypatch):
    a, _b = seed()
    page.refresh()
    page.show_item(a)
    drive(page, monkeypatch, lambda d: d.ideal_referral.setPlainText("Couples about to list their home"))
    page.action_edit.trigger()
    assert ps.get_partner(a).ideal_referral == "Couples about to list their home"
    assert page.profile_values["ideal_referral"].text() == "Couples about to list their home"
    window.undo_stack.undo()
    assert ps.get_partner(a).ideal_referral == ""
    window.undo_stack.redo()
    assert ps.get_partner(a).ideal_referral == "Couples about to list their home"


def test_retire_hides_and_undo_brings_back(window, page, monkeypatch):
    a, _b = seed()
    page.refresh()
    page.show_item(a)
    drive(page, monkeypatch, lambda d: d.reason.setCurrentText("Moved away"))
    page.action_retire.trigger()
    assert ps.get_partner(a).stage is Stage.RETIRED
    assert page.model.row_of(a) == -1 and page.model.rowCount() == 1
    page.show_retired.setChecked(True)
    assert page.model.row_of(a) >= 0
    assert "Moved away" in page.subtitle_label.text()
    window.undo_stack.undo()
    assert ps.get_partner(a).stage is Stage.VISIBILITY
    window.undo_stack.redo()
    assert ps.get_partner(a).retired_reason == "Moved away"


def test_delete_asks_and_can_be_undone(window, page, monkeypatch):
    a, _b = seed()
    page.refresh()
    page.show_item(a)
    monkeypatch.setattr(page, "_confirm_delete", lambda name, refs: False)
    page.action_delete.trigger()
    assert Partner.select().where(Partner.id == a).exists()
    asked = []
    monkeypatch.setattr(page, "_confirm_delete", lambda name, refs: asked.append((name, refs)) or True)
    page.action_delete.trigger()
    assert asked == [("Amara Okafor", 1)]
    assert not Partner.select().where(Partner.id == a).exists()
    assert page.model.rowCount() == 1
    window.undo_stack.undo()
    assert Partner.get_by_id(a).name == "Amara Okafor"
    assert Referral.select().where(Referral.partner == a).count() == 1
    assert page.model.row_of(a) >= 0


def test_delete_after_filtering_acts_on_the_partner_shown(window, page, qtbot, monkeypatch):
    a, b = seed()
    page.refresh()
    page.show_item(a)  # Amara selected, then the filter hides her
    qtbot.keyClicks(page.filter_edit, "Ben")
    assert page.model.rowCount() == 1 and page.selected_id() == b
    assert page.table.selectionModel().isRowSelected(0)
    assert page.detail.shown is None  # while typing, the details name nobody rather than someone hidden
    qtbot.waitUntil(lambda: page.detail.shown is not None and page.detail.shown.name == "Ben Smith")
    asked = []
    monkeypatch.setattr(page, "_confirm_delete", lambda name, refs: asked.append(name) or False)
    page.action_delete.trigger()
    assert asked == ["Ben Smith"]
    page.filter_edit.setText("nobody by this name")
    assert page.selected_id() is None and not page.action_delete.isEnabled()
    page.action_delete.trigger()
    assert asked == ["Ben Smith"] and Partner.select().count() == 2


def test_the_details_wait_until_typing_pauses(window, page, qtbot):
    """A keystroke that keeps the same partner first still counts as typing: their details (a read
    of their whole history) wait until the typing pauses, not a fixed time after the first key."""
    from refdesk.ui.partners.page import DETAILS_PAUSE_MS

    a, b = seed()
    page.refresh()
    page.show_item(a)
    qtbot.keyClick(page.filter_edit, "B")  # Amara hidden: Ben first, his details once typing pauses
    assert page.selected_id() == b and page.detail.shown is None
    qtbot.wait(DETAILS_PAUSE_MS // 2)
    qtbot.keyClick(page.filter_edit, "e")  # Ben still first
    assert page.detail.shown is None
    assert page._details_timer.remainingTime() > DETAILS_PAUSE_MS // 2  # the pause counts from this key
    qtbot.waitUntil(lambda: page.detail.shown is not None and page.detail.shown.name == "Ben Smith")


def test_merge_and_undo(window, page, monkeypatch):
    a, b = seed()
    Meeting.create(partner=b, date=dt.date.today(), kind=MeetingKind.COFFEE)
    page.refresh()
    page.show_item(a)

    def fill(dialog):
        dialog.search.setText("smith")
        assert dialog.other_id() == b

    drive(page, monkeypatch, fill)
    page.action_merge.trigger()
    assert not Partner.select().where(Partner.id == b).exists()
    assert Meeting.select().where(Meeting.partner == a).count() == 1
    assert page.model.rowCount() == 1
    assert page.tabs.tabText(1) == "&Meetings (1)"
    window.undo_stack.undo()
    assert Meeting.select().where(Meeting.partner == b).count() == 1
    assert page.model.rowCount() == 2


def test_add_meeting_and_checkin(window, page, monkeypatch):
    a, _b = seed()
    page.refresh()
    page.show_item(a)
    assert "Check-in due" in page.due_label.text()

    def meeting(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(MeetingKind.JOINT_CLIENT))
        dialog.notes.setPlainText("Met the Browns together")
        dialog.next_step.setText("Send proposal")
        dialog.has_next_date.setChecked(True)

    drive(page, monkeypatch, meeting)
    page.action_meeting.trigger()
    m = Meeting.get(Meeting.partner == a)
    assert (m.kind, m.next_step) == (MeetingKind.JOINT_CLIENT, "Send proposal")
    assert page.meeting_list.topLevelItemCount() == 1

    def checkin(dialog):
        dialog.willingness.setValue(8)
        dialog.comfort.setCurrentIndex(dialog.comfort.findData(Comfort.WOULD_INTRODUCE))

    drive(page, monkeypatch, checkin)
    page.action_checkin.trigger()
    s = StandingCheck.get(StandingCheck.partner == a)
    assert (s.willingness, s.comfort) == (8, Comfort.WOULD_INTRODUCE)
    assert "Check-in due" not in page.due_label.text()
    assert page.model.data(page.model.index(page.model.row_of(a), 10)) == "8/10"  # Willingness, after Contact
    window.undo_stack.undo()
    assert not StandingCheck.select().exists()
    assert "Check-in due" in page.due_label.text()


def test_edit_and_delete_meeting_and_checkin_with_undo(window, page, monkeypatch):
    a, _b = seed()
    ps.add_meeting(a, ps.MeetingData(date=dt.date(2026, 3, 2), kind=MeetingKind.COFFEE, notes="First coffee"))
    ps.add_checkin(a, ps.CheckInData(date=dt.date(2026, 3, 2), willingness=5, comfort=Comfort.WOULD_RECOMMEND))
    page.refresh()
    page.show_item(a)
    page.meeting_list.setCurrentItem(page.meeting_list.topLevelItem(0))

    def notes(dialog):
        dialog.notes.setPlainText("Second thoughts over coffee")

    drive(page, monkeypatch, notes)
    page.action_edit_meeting.trigger()
    assert Meeting.get(Meeting.partner == a).notes == "Second thoughts over coffee"
    window.undo_stack.undo()
    assert Meeting.get(Meeting.partner == a).notes == "First coffee"

    page.meeting_list.setCurrentItem(page.meeting_list.topLevelItem(0))
    page.action_delete_meeting.trigger()
    assert not Meeting.select().exists()
    window.undo_stack.undo()
    assert Meeting.get(Meeting.partner == a).notes == "First coffee"

    page.checkin_list.setCurrentItem(page.checkin_list.topLevelItem(0))

    def score(dialog):
        dialog.willingness.setValue(9)

    drive(page, monkeypatch, score)
    page.action_edit_checkin.trigger()
    assert StandingCheck.get(StandingCheck.partner == a).willingness == 9
    page.checkin_list.setCurrentItem(page.checkin_list.topLevelItem(0))
    page.action_delete_checkin.trigger()
    assert not StandingCheck.select().exists()
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert StandingCheck.get(StandingCheck.partner == a).willingness == 5


def test_user_text_is_shown_as_plain_text(window, page):
    pid = ps.create_partner(ps.PartnerData(name="<b>Bob</b>", notes="<i>x</i>")).id
    window.events.show_requested.emit("partners", pid)
    assert page.selected_id() == pid
    assert page.name_label.text() == "<b>Bob</b>"
    assert page.name_label.textFormat() == Qt.TextFormat.PlainText
    assert page.profile_values["notes"].textFormat() == Qt.TextFormat.PlainText


def test_trend_widget_renders(qtbot):
    from refdesk.ui.partners.trend import WillingnessTrend

    trend = WillingnessTrend()
    qtbot.addWidget(trend)
    trend.resize(300, 80)
    trend.set_points([(dt.date(2024, 1, 1), 3), (dt.date(2024, 6, 1), 8)])
    assert "8" in trend.accessibleDescription()
    assert not trend.grab().isNull()


@pytest.fixture
def big_list(monkeypatch):
    """Make the page treat any list as big: first screenful at once (2 rows here), the rest in a thread."""
    from refdesk.ui.partners import loading

    monkeypatch.setattr(loading, "BACKGROUND_FROM", 0)
    monkeypatch.setattr(loading, "FIRST_SCREEN", 2)


def seed_five() -> dict[str, int]:
    ids = {
        name: ps.create_partner(
            ps.PartnerData(name=name, category=cat, emails=[(f"{name.split()[0].lower()}@x.example", "")])
        ).id
        for name, cat in [
            ("Eve Five", "Plumber"),
            ("Dan Four", "Realtor"),
            ("Cat Three", "Lawyer"),
            ("Bea Two", "Realtor"),
            ("Al One", "Accountant"),
        ]
    }
    Referral.create(partner=ids["Eve Five"], date=dt.date.today(), direction=Direction.RECEIVED, prospect_name="X")
    StandingCheck.create(partner=ids["Dan Four"], date=dt.date.today(), willingness=8, comfort=Comfort.WOULD_INTRODUCE)
    return ids


def names(page) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_big_list_paints_first_screenful_then_loads_the_rest_in_the_background(window, qtbot, big_list):
    ids = seed_five()
    window.show_page("partners")
    page = window.pages["partners"]
    # at once: the first two by name, complete with their figures, while the rest loads
    assert page.loading
    assert names(page) == ["Al One", "Bea Two"]
    assert page.count_label.text() == "Loading 5 partners…"
    assert page.list_stack.currentWidget() is page.table
    assert page._categories() == ["Accountant", "Lawyer", "Plumber", "Realtor"]  # all of them already
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert names(page) == ["Al One", "Bea Two", "Cat Three", "Dan Four", "Eve Five"]
    assert page.count_label.text() == "5 partners"
    eve = page.model.find(ids["Eve Five"])
    assert (eve[ps.COL_RECEIVED], eve[ps.COL_BALANCE], eve[ps.COL_LAST_CONTACT]) == (1, -1, dt.date.today().isoformat())
    assert page.model.find(ids["Dan Four"])[ps.COL_WILLINGNESS] == 8
    assert page._categories() == ["Accountant", "Lawyer", "Plumber", "Realtor"]
    page.filter_edit.setText("dan@x")  # emails are searchable once loaded
    assert names(page) == ["Dan Four"]


def test_filter_and_sort_typed_while_loading_apply_to_the_whole_list(window, qtbot, big_list):
    seed_five()
    window.show_page("partners")
    page = window.pages["partners"]
    assert page.loading
    page.filter_edit.setText("realtor")
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert names(page) == ["Dan Four", "Bea Two"]
    assert page.count_label.text() == "Showing 2 of 5 partners"


def test_change_during_background_load_is_kept(window, qtbot, big_list, monkeypatch):
    ids = seed_five()
    window.show_page("partners")
    page = window.pages["partners"]
    assert page.loading
    page.show_item(ids["Eve Five"])  # not in the first screenful: fetched and selected at once
    assert page.selected_id() == ids["Eve Five"] and "Eve Five" in names(page)
    drive(page, monkeypatch, lambda d: d.name.setText("Eve Renamed"))
    page.edit_partner()  # the loader may have read the old name: the page loads again
    assert "Eve Renamed" in names(page)
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert "Eve Renamed" in names(page) and "Eve Five" not in names(page)
    assert page.model.total == 5
    assert page.selected_id() == ids["Eve Five"]


def test_background_load_failure_falls_back_to_loading_here(window, qtbot, big_list, monkeypatch):
    seed_five()

    from refdesk.ui.partners import loading

    def broken(_sort_key):
        def work(_job):
            raise OSError("disk went away")

        return work

    monkeypatch.setattr(loading, "_every_row", broken)
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert len(names(page)) == 5
    assert page.count_label.text() == "5 partners"


def test_small_list_loads_at_once(window, qtbot):
    seed_five()
    window.show_page("partners")
    page = window.pages["partners"]
    assert not page.loading
    assert page.model.total == 5


# --- the keyboard: a changed form asks before it is thrown away; sorting keeps the view ---------------------


def _escape(qtbot):
    from PySide6.QtWidgets import QApplication

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


@pytest.mark.parametrize("which", ["partner", "meeting", "check-in"])
def test_escape_on_a_changed_dialog_asks_before_discarding(window, page, qtbot, when_shown, message_boxes, which):
    from refdesk.ui.partners.checkin_dialog import CheckInDialog
    from refdesk.ui.partners.edit_dialog import PartnerDialog
    from refdesk.ui.partners.meeting_dialog import MeetingDialog

    a, _b = seed()
    page.refresh()
    page.show_item(a)
    cls, action, field = {
        "partner": (PartnerDialog, page.action_edit, "company"),
        "meeting": (MeetingDialog, page.action_meeting, "notes"),
        "check-in": (CheckInDialog, page.action_checkin, "notes"),
    }[which]
    seen = {}

    def steps(dialog):
        box = getattr(dialog, field)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        qtbot.keyClicks(box, " (typed)")
        message_boxes.answers.append("&Keep editing")
        _escape(qtbot)
        seen["kept"] = dialog.isVisible()
        message_boxes.answers.append("&Discard")
        _escape(qtbot)
        seen["closed"] = not dialog.isVisible()

    done = when_shown(cls, steps)
    action.trigger()
    assert done and seen == {"kept": True, "closed": True}
    assert [b.text for b in message_boxes] == ["Discard your changes?"] * 2
    assert Partner.get_by_id(a).company == "Okafor Realty"
    assert not Meeting.select().exists() and not StandingCheck.select().exists()
    assert not window.undo_stack.canUndo()


@pytest.mark.parametrize("which", ["partner", "meeting", "check-in"])
def test_escape_on_an_unchanged_dialog_closes_at_once(window, page, qtbot, when_shown, message_boxes, which):
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.partners.checkin_dialog import CheckInDialog
    from refdesk.ui.partners.edit_dialog import PartnerDialog
    from refdesk.ui.partners.meeting_dialog import MeetingDialog

    a, _b = seed()
    page.refresh()
    page.show_item(a)
    cls, action = {
        "partner": (PartnerDialog, page.action_edit),
        "meeting": (MeetingDialog, page.action_meeting),
        "check-in": (CheckInDialog, page.action_checkin),
    }[which]
    seen = {}

    def steps(dialog):
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        _escape(qtbot)
        seen["closed"] = not dialog.isVisible()

    done = when_shown(cls, steps)
    action.trigger()
    assert done and seen == {"closed": True} and message_boxes == []


def test_sorting_by_balance_keeps_the_columns_in_view_and_the_partner_selected(window, page, qtbot):
    ids = []
    for i in range(40):
        pid = ps.create_partner(ps.PartnerData(name=f"Partner {i:02d}", company=f"Company {i}")).id
        ids.append(pid)
        for _ in range(i % 7):
            Referral.create(partner=pid, date=dt.date.today(), direction=Direction.GIVEN, prospect_name="Client")
    window.resize(900, 500)
    page.refresh()
    page.splitter.setSizes([360, 540])  # a narrow list: Balance is off to the right
    chosen = ids[30]
    page.show_item(chosen)
    table, header = page.table, page.table.horizontalHeader()
    hbar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: hbar.maximum() > 0, timeout=2000)
    table.scrollTo(page.model.index(page.model.row_of(chosen), 6))  # the user scrolls to Balance
    scrolled = hbar.value()
    assert scrolled > 0
    row_before = page.model.row_of(chosen)

    balance = header.logicalIndexAt(header.sectionViewportPosition(6) + 5)
    assert balance == 6
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionViewportPosition(6) + 5, 5))
    assert header.sortIndicatorSection() == 6
    row = page.model.row_of(chosen)
    assert row != row_before, "the sort moved the partner"
    assert hbar.value() == scrolled, "the columns jumped back to the left"
    assert page.selected_id() == chosen
    assert [i.row() for i in table.selectionModel().selectedRows()] == [row]
    cell = table.visualRect(page.model.index(row, 6))
    assert table.viewport().rect().contains(cell.center()), "the selected partner is out of view"


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_the_page_fits_1024_pixels_with_no_word_cut_short(db, data_dir, db_url, qtbot, qsettings_clean, lang):
    """Both sides of the page get the width they need in a 1024-pixel-wide window, every details tab is
    in view, and the buttons above the list show their words only where the words fit."""
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.main_window import MainWindow
    from tests.ui.test_languages import speaking

    seed()
    with speaking(lang):
        window = MainWindow(data_dir, db_url)
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("partners")
        page = window.pages["partners"]
        page.select(page.model.partner_id(0))
        QApplication.processEvents()
        assert window.width() == 1024
        for side, width in zip((page.splitter.widget(0), page.detail), page.splitter.sizes(), strict=True):
            assert width >= side.minimumSizeHint().width(), (side, width)
        assert page.tabs.tabBar().width() >= page.tabs.tabBar().sizeHint().width()
        for button in page.buttons:
            if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                assert button.width() >= button.sizeHint().width(), button.text()
            assert button.toolTip() and button.accessibleName()
        window.resize(1600, 768)  # wide enough: the words come back
        QApplication.processEvents()
        assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in page.buttons)
