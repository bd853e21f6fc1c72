"""The Thank-yous page driven like a user would: mark, set method, add, change, delete, undo, filter, print."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from refdesk.db.models import ThankMethod, ThankStatus, ThankYou
from refdesk.ui.thanks.models import DUE, REASON, RECIPIENT, STATUS
from tests.services.thanks_data import partner, referral, thank

TODAY = dt.date.today()


@pytest.fixture
def data(db):
    ann = partner("Ann Lee", address="1 Main St\nSpringfield", company="Lee Realty")
    bob = partner("<b>Bob</b>")
    rows = {
        "late": thank(ann, referral(ann, "Jane Doe", "kitchen remodel"), due=TODAY - dt.timedelta(days=5)),
        "soon": thank(bob, due=TODAY + dt.timedelta(days=2)),
        "written": thank(ann, due=TODAY - dt.timedelta(days=1), status=ThankStatus.WRITTEN),
        "sent": thank(bob, due=TODAY - dt.timedelta(days=20), status=ThankStatus.SENT),
    }
    return {"ann": ann, "bob": bob, **{k: v.id for k, v in rows.items()}}


@pytest.fixture
def page(window, data):
    window.show_page("thanks")
    return window.pages["thanks"]


def listed(page) -> list[int]:
    return [row.id for row in page.model.rows()]


def select(page, *ids) -> None:
    page.table.clearSelection()
    for tid in ids:
        page.table.selectionModel().select(
            page.model.index(page.model.row_of(tid), 0),
            page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows,
        )


def status_of(tid) -> ThankStatus:
    return ThankYou.get_by_id(tid).status


def test_lists_owed_overdue_first_then_written_clearly_marked(page, data):
    assert listed(page) == [data["late"], data["soon"], data["written"]]  # "Not sent yet" by default
    model = page.model
    assert model.index(0, STATUS).data() == "To write — 5 days overdue"
    assert model.index(0, STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(0, REASON).data() == "for referring Jane Doe — kitchen remodel"
    assert model.index(1, STATUS).data() == "To write"
    assert model.index(1, RECIPIENT).data() == "<b>Bob</b>"  # shown as typed (the table never renders markup)
    assert model.index(2, STATUS).data().startswith("Written")
    assert page.summary.text() == "3 owed (2 overdue) · 2 to write · 1 written, not sent · 1 sent"


def test_mark_sent_on_several_rows_with_one_click_and_undo(page, window, qtbot, data):
    select(page, data["late"], data["soon"])
    with qtbot.waitSignal(window.events.data_changed) as signal:
        qtbot.mouseClick(page.buttons["sent"], Qt.MouseButton.LeftButton)
    assert signal.args == ["thanks"]
    assert status_of(data["late"]) is ThankStatus.SENT and status_of(data["soon"]) is ThankStatus.SENT
    assert ThankYou.get_by_id(data["late"]).sent_date == TODAY
    assert listed(page) == [data["written"]]  # sent notes leave the "not sent yet" list
    assert window.undo_stack.undoText() == "Mark 2 thank-yous sent"
    window.undo_stack.undo()
    assert status_of(data["late"]) is ThankStatus.OWED and status_of(data["soon"]) is ThankStatus.OWED
    assert ThankYou.get_by_id(data["late"]).sent_date is None
    assert listed(page) == [data["late"], data["soon"], data["written"]]
    window.undo_stack.redo()
    assert status_of(data["late"]) is ThankStatus.SENT


def test_mark_written_from_the_keyboard(page, qtbot, data):
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status_of(data["late"]) is ThankStatus.WRITTEN
    assert ThankYou.get_by_id(data["late"]).written_date == TODAY
    # the cursor stays on the row just marked
    assert page.selected_ids() == [data["late"]]
    qtbot.keyClick(page.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert status_of(data["late"]) is ThankStatus.OWED


def test_actions_follow_the_selection(page, data):
    page.table.clearSelection()
    assert not page.action_sent.isEnabled() and not page.action_delete.isEnabled()
    select(page, data["written"])
    assert page.action_sent.isEnabled() and not page.action_written.isEnabled()
    for action in (page.action_written, page.action_sent, page.action_owed, page.action_add, page.action_delete):
        assert action.toolTip() and action.shortcut().toString()
    for button in page.buttons.values():
        assert button.accessibleName()


def test_set_method_and_undo(page, window, data):
    select(page, data["late"], data["soon"])
    page.method_actions[ThankMethod.EMAIL].trigger()
    assert {ThankYou.get_by_id(i).method for i in (data["late"], data["soon"])} == {ThankMethod.EMAIL}
    window.undo_stack.undo()
    assert ThankYou.get_by_id(data["late"]).method is ThankMethod.CARD


def test_filter_by_status_and_text(page, qtbot, data):
    page.filter.setCurrentIndex(page.filter.findText("Sent"))
    assert listed(page) == [data["sent"]]
    page.filter.setCurrentIndex(page.filter.findText("All"))
    assert listed(page) == [data["late"], data["soon"], data["written"], data["sent"]]
    qtbot.keyClicks(page.search, "kitchen")
    qtbot.waitUntil(lambda: listed(page) == [data["late"]])
    page.search.setText("nobody at all")
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.empty)
    assert "No thank-yous match" in page.empty.text()
    page.search.clear()
    qtbot.waitUntil(lambda: len(listed(page)) == 4)


def test_empty_page_says_what_to_do(window, db):
    window.show_page("thanks")
    page = window.pages["thanks"]
    assert page.views.currentWidget() is page.empty
    assert "Add thank-you" in page.empty.text()


def _fake_exec(fill):
    def exec_(dialog):
        fill(dialog)
        dialog.accept()
        return dialog.result()

    return exec_


def test_add_a_thank_you_to_a_named_person_and_undo(page, window, monkeypatch, data):
    from refdesk.ui.thanks.dialog import ThankYouDialog

    def fill(d):
        d.to_person.setChecked(True)
        d.name.setText("  Carol <i>King</i> ")
        d.what_for.setText("for hosting the chapter lunch")
        d.method.setCurrentIndex(d.method.findData(ThankMethod.GIFT))

    monkeypatch.setattr(ThankYouDialog, "exec", _fake_exec(fill))
    new_id = page.add()
    row = ThankYou.get_by_id(new_id)
    assert (row.recipient_name, row.note, row.method, row.partner_id) == (
        "Carol <i>King</i>",
        "for hosting the chapter lunch",
        ThankMethod.GIFT,
        None,
    )
    assert page.selected_ids() == [new_id]
    assert page.model.index(page.model.row_of(new_id), REASON).data() == "for hosting the chapter lunch"
    window.undo_stack.undo()
    assert ThankYou.get_or_none(ThankYou.id == new_id) is None
    window.undo_stack.redo()
    assert ThankYou.get_by_id(new_id).recipient_name == "Carol <i>King</i>"


def test_add_to_a_partner(page, monkeypatch, data):
    from refdesk.ui.thanks.dialog import ThankYouDialog

    def fill(d):
        d.partner.setCurrentIndex(d.partner.findData(data["bob"].id))

    monkeypatch.setattr(ThankYouDialog, "exec", _fake_exec(fill))
    new_id = page.add()
    assert ThankYou.get_by_id(new_id).partner_id == data["bob"].id
    assert ThankYou.get_by_id(new_id).due_date == TODAY + dt.timedelta(days=2)


def test_add_without_a_name_explains_and_saves_nothing(page, monkeypatch, data, qtbot):
    from refdesk.ui.thanks.dialog import ThankYouDialog

    seen = {}

    def exec_(dialog):
        dialog.to_person.setChecked(True)
        dialog.name.setText("   ")
        dialog.accept()
        seen["problem"] = dialog.problem.text()
        seen["visible"] = not dialog.problem.isHidden()
        return dialog.result()

    monkeypatch.setattr(ThankYouDialog, "exec", exec_)
    before = ThankYou.select().count()
    assert page.add() is None
    assert seen == {"problem": "Type the name of the person to thank.", "visible": True}
    assert ThankYou.select().count() == before


def test_change_due_date_and_method_then_undo(page, window, monkeypatch, data):
    from PySide6.QtCore import QDate

    from refdesk.ui.thanks.dialog import ThankYouDialog

    def fill(d):
        assert d.reason_label.text() == "for referring Jane Doe — kitchen remodel"
        d.due.setDate(QDate(2030, 1, 2))
        d.method.setCurrentIndex(d.method.findData(ThankMethod.CALL))

    monkeypatch.setattr(ThankYouDialog, "exec", _fake_exec(fill))
    select(page, data["late"])
    page.action_edit.trigger()
    row = ThankYou.get_by_id(data["late"])
    assert (row.due_date, row.method) == (dt.date(2030, 1, 2), ThankMethod.CALL)
    window.undo_stack.undo()
    row = ThankYou.get_by_id(data["late"])
    assert (row.due_date, row.method) == (TODAY - dt.timedelta(days=5), ThankMethod.CARD)


@pytest.mark.parametrize("choice", ["overwrite_button", "reload_button"])
def test_editing_a_thank_you_someone_else_changed_meanwhile_asks_the_one_conflict_question(
    page, window, monkeypatch, data, choice
):
    from refdesk.ui.common.conflict_dialog import ConflictDialog
    from refdesk.ui.thanks.dialog import ThankYouDialog

    def fill(d):  # while the user types, a teammate sets the method and writes a note
        ThankYou.update(method=ThankMethod.GIFT, note="Flowers ordered", version=ThankYou.version + 1).where(
            ThankYou.id == data["late"]
        ).execute()
        d.due.setDate(d.due.date().addDays(3))

    asked = []

    def answer(dialog):
        lines = [dialog.message.text()]
        for i in range(dialog.table.topLevelItemCount()):
            item = dialog.table.topLevelItem(i)
            lines.append(f"{item.text(0)}: {item.text(1)} (theirs) / {item.text(2)} (mine)")
        asked.append("\n".join(lines))
        getattr(dialog, choice).click()
        return dialog.result()

    monkeypatch.setattr(ThankYouDialog, "exec", _fake_exec(fill))
    monkeypatch.setattr(ConflictDialog, "exec", answer)
    select(page, data["late"])
    page.action_edit.trigger()
    assert len(asked) == 1 and "Method: Gift (theirs) / Handwritten card (mine)" in asked[0]
    row = ThankYou.get_by_id(data["late"])
    assert (row.method, row.note) == (ThankMethod.GIFT, "Flowers ordered")  # their change is never lost
    moved = TODAY - dt.timedelta(days=2)
    # overwrite: my due date over theirs; reload: their version shown, nothing of mine saved yet
    assert row.due_date == (moved if choice == "overwrite_button" else TODAY - dt.timedelta(days=5))


def test_delete_with_the_delete_key_and_undo(page, window, qtbot, data):
    page.table.setFocus()
    select(page, data["soon"], data["written"])
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert ThankYou.select().count() == 2
    assert listed(page) == [data["late"]]
    window.undo_stack.undo()
    assert ThankYou.select().count() == 4
    assert listed(page) == [data["late"], data["soon"], data["written"]]


def test_show_item_finds_a_hidden_thank_you(page, data):
    page.search.setText("kitchen")
    page.reload()
    page.show_item(data["sent"])
    assert page.search.text() == ""
    assert page.filter.currentText() == "All"
    assert page.selected_ids() == [data["sent"]]
    assert page.model.index(page.model.row_of(data["sent"]), DUE).data()


def test_window_show_requested_selects_the_thank_you(window, data, qtbot):
    window.events.show_requested.emit("thanks", data["soon"])
    page = window.pages["thanks"]
    assert window.current_key() == "thanks"
    assert page.selected_ids() == [data["soon"]]


def test_ctrl_p_opens_the_print_preview_that_prints_the_checklist(
    window, data, monkeypatch, qtbot, tmp_path, qsettings_clean, message_boxes
):
    from PySide6.QtPrintSupport import QPrinter

    from refdesk.ui.thanks import checklist as feature

    opened = {}

    def exec_(dialog):
        opened["dialog"] = dialog
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setPageLayout(dialog.printer_.pageLayout())
        for status, name in (("owed", "owed.pdf"), ("all", "all.pdf")):
            dialog.notes.setCurrentIndex(dialog.notes.findData(status))
            printer.setOutputFileName(str(tmp_path / name))
            dialog.paint(printer)
        return 0

    monkeypatch.setattr(feature.ChecklistPreview, "exec", exec_)
    message_boxes.answers = ["&Print anyway"]  # Bob's card has no postal address: warned first
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = opened["dialog"]
    assert "1 note has no postal address" in message_boxes[0].text and "• <b>Bob</b>" in message_boxes[0].text
    assert dialog.windowTitle() == "Print thank-you checklist"
    assert "Print thank-you checklist" in window.actions["print_checklist"].text().replace("&", "")
    owed = " ".join(PdfReader(str(tmp_path / "owed.pdf")).pages[0].extract_text().split())
    assert "Ann Lee" in owed and "<b>Bob</b>" in owed and "for referring Jane Doe — kitchen remodel" in owed
    assert owed.index("Ann Lee") < owed.index("<b>Bob</b>")  # overdue first
    assert "Written, to send" not in owed
    everything = " ".join(PdfReader(str(tmp_path / "all.pdf")).pages[0].extract_text().split())
    assert "Written, to send — 1 note" in everything and "Sent — 1 note" in everything
    from refdesk.ui.common import settings

    assert settings.get("checklist/status") == "all"  # remembered for next time
    assert settings.get("checklist/page_size") in ("A4", "Letter")


def test_print_button_on_the_page_opens_the_preview(page, window, monkeypatch, message_boxes):
    from refdesk.ui.thanks import checklist as feature

    message_boxes.answers = ["&Print anyway"]
    calls = []
    monkeypatch.setattr(feature.ChecklistPreview, "exec", lambda dialog: calls.append(dialog) or 0)
    page.print_button.click()
    assert len(calls) == 1


def test_screenshot(page, window, data, tmp_path):
    window.resize(1100, 600)
    page.table.selectRow(0)
    image = window.grab()
    assert image.save(str(tmp_path / "thanks.png"))
    assert image.width() >= 1000


def test_add_thank_you_shortcut_opens_the_dialog(page, monkeypatch, qtbot):
    from refdesk.ui.thanks.dialog import ThankYouDialog

    opened = []
    monkeypatch.setattr(ThankYouDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1
    assert opened[0].windowTitle() == "Add a thank-you"


def test_escape_on_a_typed_thank_you_asks_before_discarding(page, qtbot, when_shown, message_boxes):
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.thanks.dialog import ThankYouDialog

    before = ThankYou.select().count()
    seen = {}

    def steps(dialog):
        dialog.what_for.setFocus()
        qtbot.waitUntil(dialog.what_for.hasFocus, timeout=2000)
        qtbot.keyClicks(dialog.what_for, "for the lunch")
        message_boxes.answers.append("&Keep editing")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["kept"] = dialog.isVisible() and dialog.what_for.text() == "for the lunch"
        message_boxes.answers.append("&Discard")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    done = when_shown(ThankYouDialog, steps)
    assert page.add() is None
    assert done and seen == {"kept": True, "closed": True}
    assert [b.text for b in message_boxes] == ["Discard your changes?"] * 2
    assert ThankYou.select().count() == before


def test_escape_on_an_untouched_thank_you_closes_at_once(page, qtbot, when_shown, message_boxes):
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.thanks.dialog import ThankYouDialog

    seen = {}

    def steps(dialog):
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        seen["closed"] = not dialog.isVisible()

    done = when_shown(ThankYouDialog, steps)
    assert page.add() is None
    assert done and seen == {"closed": True} and message_boxes == []


@pytest.mark.parametrize(("lang", "width"), [("en", 1280), ("de", 1280), ("es", 1024)])
def test_the_buttons_show_their_words_only_where_they_fit(db, data_dir, db_url, qtbot, qsettings_clean, lang, width):
    """German and Spanish words for the buttons above the list do not fit every window: there the
    buttons show their icons (every one has one), never words cut short; a wide window has the words."""
    from PySide6.QtWidgets import QApplication

    from refdesk.ui.main_window import MainWindow
    from tests.ui.test_languages import speaking

    with speaking(lang):
        window = MainWindow(data_dir, db_url)
        qtbot.addWidget(window)
        window.resize(width, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("thanks")
        page = window.pages["thanks"]
        QApplication.processEvents()
        row = [*page.buttons.values(), page.print_button]
        for button in row:
            assert not button.icon().isNull() and button.toolTip() and button.accessibleName(), button.text()
            if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
                assert button.width() >= button.sizeHint().width(), button.text()
        window.resize(1900, 768)
        QApplication.processEvents()
        assert all(b.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon for b in row)
