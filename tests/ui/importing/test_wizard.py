"""The import wizard driven with qtbot on a real database file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from refdesk.db.models import ImportBatch, Partner
from refdesk.services.importer import analyse, run_import
from refdesk.ui.importing.history import BatchModel, ImportHistoryDialog, open_wizard
from refdesk.ui.importing.models import DuplicateModel, MappingModel, OutcomeModel
from tests.services.importer.generate import write_google_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
# the offscreen platform says this when a top-level dialog is shown; it is not a RefDesk problem
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def snapshot(database) -> list:
    return list(database.connection().iterdump())


def wizard_for(window, qtbot, path):
    wizard = open_wizard(window, path)
    qtbot.waitExposed(wizard)
    return wizard


def test_menu_entries_shortcut_and_welcome_button(window):
    assert window.actions["import_contacts"].shortcut() == QKeySequence("Ctrl+I")
    assert window.actions["import_contacts"].toolTip()
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Import contacts…" in texts and "Import &history…" in texts
    window.show_welcome_if_empty()
    assert window.welcome is not None and window.welcome.import_contacts.isVisibleTo(window)


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The questions asked before an undo (answered yes)."""
    from refdesk.ui.common import edits

    questions: list[str] = []
    monkeypatch.setattr(edits, "confirm", lambda parent, question, yes: questions.append(question) or True)
    return questions


def test_full_import_then_undo(window, qtbot, db, asked):
    wizard = wizard_for(window, qtbot, FIXTURES / "google.csv")
    assert wizard.currentPage() is wizard.choose_page
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert "Google Contacts" in page.detected.text() and "UTF-8" in page.detected.text()
    assert "comma" in page.detected.text()
    targets = {c.header: c.target for c in page.model.mapping.columns}
    assert targets["E-mail 1 - Value"] == "email" and targets["Organization Name"] == "company"
    assert page.isComplete()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=10000)
    assert "5 rows: 4 new partners" in preview.counts.text()
    assert preview.rows_model.rowCount() == 5
    assert Partner.select().count() == 0, "the preview writes nothing"
    with qtbot.waitSignal(wizard.import_finished, timeout=20000) as blocker:
        wizard.next()
    summary = blocker.args[0]
    assert summary.created == 4
    page = wizard.import_page
    assert page.isComplete() and "4 new partners created" in page.status.text()
    assert "No name, business or email" in page.details.toPlainText()
    assert Partner.select().count() == 4
    assert page.undo.isVisible()
    assert window.undo_stack.undoText() == "Import google.csv"  # the import is on the undo stack
    qtbot.mouseClick(page.undo, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].startswith("Undo the import of google.csv")
    assert Partner.select().count() == 0
    assert "Import undone" in page.status.text() and not page.undo.isEnabled()
    assert not window.undo_stack.canUndo()  # undone once, through the undo stack: it cannot be redone
    wizard.accept()


def test_ctrl_z_right_after_an_import_offers_to_undo_it(window, qtbot, db, asked, monkeypatch):
    from refdesk.services.importer import batch_info, undo_question

    wizard = wizard_for(window, qtbot, FIXTURES / "google.csv")
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=10000)
    with qtbot.waitSignal(wizard.import_finished, timeout=20000) as blocker:
        wizard.next()
    wizard.accept()
    assert Partner.select().count() == 4
    assert window.actions["undo"].isEnabled() and "Import google.csv" in window.actions["undo"].text()
    # asked the same question as File → Import history; answering no changes nothing
    from refdesk.ui.common import edits

    monkeypatch.setattr(edits, "confirm", lambda parent, question, yes: asked.append(question) and False)
    window.actions["undo"].trigger()
    assert asked == [undo_question(batch_info(blocker.args[0].batch_id))]
    assert Partner.select().count() == 4 and window.undo_stack.canUndo()
    monkeypatch.setattr(edits, "confirm", lambda parent, question, yes: True)
    window.actions["undo"].trigger()
    assert Partner.select().count() == 0
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()
    assert "Undone: Import google.csv" in window.statusBar().currentMessage()


def test_refused_file_says_why_and_stays(window, qtbot, db):
    wizard = wizard_for(window, qtbot, FIXTURES / "spreadsheet_saved_as_csv.csv")
    wizard.next()
    assert wizard.currentPage() is wizard.choose_page
    assert wizard.choose_page.problem.isVisibleTo(wizard)
    assert "Save As" in wizard.choose_page.problem.text()
    wizard.choose_page.path_edit.setText(str(FIXTURES / "hubspot.csv"))
    assert not wizard.choose_page.problem.isVisibleTo(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.reject()


def test_user_changes_the_mapping(window, qtbot, db, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Col A,Col B,Col C\nAnn Lee,Lee Bakery,\n", encoding="utf-8")
    wizard = wizard_for(window, qtbot, path)
    wizard.next()
    page = wizard.mapping_page
    assert not page.isComplete() and "at least one column" in page.status.text()
    model = page.model
    assert model.setData(model.index(0, MappingModel.TARGET), "full_name")
    assert model.setData(model.index(1, MappingModel.TARGET), "company")
    assert page.isComplete()
    assert page.view.isRowHidden(2) and not page.view.isRowHidden(0)  # an empty, unmapped column is tucked away
    page.show_empty.setChecked(True)
    assert not page.view.isRowHidden(2)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=10000)
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    assert Partner.get(Partner.name == "Ann Lee").company == "Lee Bakery"
    wizard.accept()


def test_duplicate_decision_merge(window, qtbot, db, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text("Name,Email\nSam Lee,sam@lee-law.example\n", encoding="utf-8")
    run_import(first)
    second = tmp_path / "b.csv"
    second.write_text("Name,Email,Phone\nSam Lee,sam.lee@mail.example,555 7\n", encoding="utf-8")
    wizard = wizard_for(window, qtbot, second)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=10000)
    assert preview.dup_model.rowCount() == 1 and "Sam Lee" in preview.dup_model.index(0, 4).data()
    assert preview.dup_model.setData(preview.dup_model.index(0, 5), "merge")
    with qtbot.waitSignal(wizard.import_finished, timeout=20000) as blocker:
        wizard.next()
    assert blocker.args[0].merged == 1
    assert Partner.select().count() == 1
    assert sorted(e.email for e in Partner.get().emails) == ["sam.lee@mail.example", "sam@lee-law.example"]
    wizard.accept()


def test_cancel_during_import_leaves_nothing(window, qtbot, db, tmp_path):
    run_import(FIXTURES / "google.csv")
    before = snapshot(db)
    big = write_google_csv(tmp_path / "big.csv", 40_000)
    wizard = wizard_for(window, qtbot, big)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=60000)
    wizard.next()
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=30000)
    assert wizard.busy(), "the import is running in its worker thread"
    QApplication.processEvents()  # the window stays responsive meanwhile
    wizard.reject()  # the Cancel button
    assert not wizard.busy()
    assert snapshot(db) == before
    assert ImportBatch.select().count() == 1


def test_drop_a_file_on_the_window(window, qtbot, db):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(FIXTURES / "linkedin_connections.csv"))])
    enter = QDragEnterEvent(
        QPoint(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    wizard = window.import_wizard
    assert wizard is not None
    assert wizard.choose_page.path_edit.text().endswith("linkedin_connections.csv")
    wizard.reject()


def test_history_dialog_undo(window, qtbot, db, asked):
    dialog = ImportHistoryDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.empty.isVisibleTo(dialog) and not dialog.undo_button.isEnabled()
    summary = run_import(FIXTURES / "outlook.csv")
    dialog.reload()
    assert dialog.model.rowCount() == 1 and dialog.undo_button.isEnabled()
    assert dialog.model.index(0, 1).data() == "outlook.csv"
    dialog.undo_button.click()
    assert len(asked) == 1 and asked[0].startswith("Undo the import of outlook.csv")
    assert Partner.select().count() == 0
    assert ImportBatch.get_by_id(summary.batch_id).undone_at is not None
    assert dialog.model.index(0, 8).data().startswith("Undone") and not dialog.undo_button.isEnabled()


@pytest.mark.parametrize("name", ["google.csv", "outlook_classic_cp1252.csv"])
def test_item_models(qtmodeltester, db, name):
    analysis = analyse(FIXTURES / name)
    qtmodeltester.check(MappingModel(analysis.mapping, analysis.samples))
    summary = run_import(FIXTURES / name, dry_run=True, keep_outcomes=10)
    qtmodeltester.check(OutcomeModel(summary.outcomes))
    dups = DuplicateModel()
    dups.set_outcomes(summary.outcomes)
    qtmodeltester.check(dups)
    run_import(FIXTURES / name)
    batches = BatchModel()
    batches.reload()
    qtmodeltester.check(batches)


def test_file_text_in_the_tables_is_shown_as_typed(qtmodeltester):
    """Names, businesses and column names from a file are never read as markup, tooltips included."""
    from refdesk.services.importer import Column, Mapping, RowOutcome

    tooltip = Qt.ItemDataRole.ToolTipRole
    outcome = RowOutcome(
        3,
        "duplicate",
        "<b>Bob</b>",
        "A & B",
        "bob@x.example",
        "",
        "Possible duplicate of “<i>Rob</i>” (same name).",
        9,
        1,
    )
    rows = OutcomeModel([outcome])
    assert rows.index(0, OutcomeModel.NAME).data() == "<b>Bob</b>"
    assert rows.index(0, OutcomeModel.NAME).data(tooltip) == "<qt>&lt;b&gt;Bob&lt;/b&gt;</qt>"
    assert rows.index(0, OutcomeModel.BUSINESS).data(tooltip) == "<qt>A &amp; B</qt>"
    dups = DuplicateModel()
    dups.set_outcomes([outcome])
    assert dups.index(0, DuplicateModel.LOOKS_LIKE).data() == "“<i>Rob</i>” (same name)."
    assert dups.index(0, DuplicateModel.LOOKS_LIKE).data(tooltip) == "<qt>“&lt;i&gt;Rob&lt;/i&gt;” (same name).</qt>"
    mapping = MappingModel(Mapping([Column(0, "<u>Name</u>", "full_name")]), [["<s>Ann</s>"]])
    qtmodeltester.check(mapping)
    assert mapping.index(0, MappingModel.COLUMN).data(tooltip) == "<qt>&lt;u&gt;Name&lt;/u&gt;</qt>"
    assert mapping.index(0, MappingModel.EXAMPLE).data(tooltip) == "<qt>&lt;s&gt;Ann&lt;/s&gt;</qt>"
    assert mapping.headerData(0, Qt.Orientation.Horizontal) == "Column in the file"


def test_a_guessed_encoding_is_chosen_on_the_columns_page(window, qtbot, db, tmp_path):
    path = tmp_path / "ru.csv"
    path.write_bytes("Name,Email\nПетров Иван,p@example.ru\nСидорова Анна,s@example.ru\n".encode("cp1251"))
    wizard = wizard_for(window, qtbot, path)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page and page.encoding.isVisibleTo(wizard)
    choice = page.encoding.findData("cp1251")
    assert choice >= 0
    page.encoding.setCurrentIndex(choice)
    page.encoding.activated.emit(choice)
    assert wizard.analysis.source.encoding == "cp1251"
    assert wizard.analysis.samples[0][0] == "Петров Иван"  # the names as they will be stored
    shot = os.environ.get("REFDESK_SHOTS")
    if shot:
        wizard.grab().save(str(Path(shot) / "wizard-encoding.png"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=10000)
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    assert sorted(p.name for p in Partner.select()) == ["Петров Иван", "Сидорова Анна"]
    wizard.accept()


def test_a_stray_quote_is_refused_in_the_preview_until_read_as_a_character(window, qtbot, db, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('Name,Email\n"Ada Quill,ada@example.net\n"Bram Stokely,bram@example.net\n', encoding="utf-8")
    wizard = wizard_for(window, qtbot, path)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.literal_quotes.isVisibleTo(wizard), timeout=10000)
    assert "Line 2" in preview.counts.text() and not preview.isComplete()
    shot = os.environ.get("REFDESK_SHOTS")
    if shot:
        wizard.grab().save(str(Path(shot) / "wizard-stray-quote.png"))
    preview.literal_quotes.setChecked(True)
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=10000)
    assert preview.summary.created == 2
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    assert all(p.emails.count() == 1 for p in Partner.select()) and Partner.select().count() == 2
    wizard.accept()


def test_names_are_kept_as_given_and_the_preview_shows_what_tidying_would_change(window, qtbot, db, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text('Name,Email\n"OKAFOR, AMARA",amara@example.net\nbjörn ångström,b@example.net\n', encoding="utf-8")
    wizard = wizard_for(window, qtbot, path)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=10000)
    model = preview.rows_model
    assert model.index(0, model.NAME).data() == "OKAFOR, AMARA"
    assert "“Amara Okafor”" in model.index(0, model.WHAT).data()
    shot = os.environ.get("REFDESK_SHOTS")
    if shot:
        wizard.grab().save(str(Path(shot) / "wizard-names.png"))
    preview.tidy_names.setChecked(True)
    qtbot.waitUntil(lambda: preview.summary is not None, timeout=10000)
    assert model.index(0, model.NAME).data() == "Amara Okafor" and "tidied" not in model.index(0, model.WHAT).data()
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    assert sorted(p.name for p in Partner.select()) == ["Amara Okafor", "Björn Ångström"]
    wizard.accept()


def test_the_summary_says_where_the_possible_duplicates_are(window, qtbot, db, tmp_path):
    first = tmp_path / "a.csv"
    first.write_text("Name,Email\nSam Lee,sam@lee-law.example\n", encoding="utf-8")
    run_import(first)
    second = tmp_path / "b.csv"
    second.write_text("Name,Email\nSam Lee,sam.lee@mail.example\n", encoding="utf-8")
    wizard = wizard_for(window, qtbot, second)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.summary is not None, timeout=10000)
    with qtbot.waitSignal(wizard.import_finished, timeout=20000):
        wizard.next()
    assert "1 marked as possible duplicate (Partners → tick “Possible duplicates”" in wizard.import_page.status.text()
    wizard.accept()
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    assert page.show_duplicates.text() == "Possible d&uplicates (1)"


def test_an_import_stopped_by_the_server_or_the_disk_says_so_and_that_nothing_was_imported():
    import errno

    from peewee import InterfaceError, OperationalError

    from refdesk.ui.importing.wizard import _explain

    try:
        try:
            raise OperationalError("server closed the connection unexpectedly")
        except OperationalError:
            raise InterfaceError("connection already closed")  # noqa: B904 - as peewee's rollback raises: the cause is only the context
    except InterfaceError as lost:
        assert _explain(lost).startswith("The connection to the server was lost; nothing was imported.")
    assert _explain(OSError(errno.ENOSPC, "No space left on device")).startswith(
        "The disk is full; nothing was imported."
    )
    assert "unexpected problem" in _explain(RuntimeError("bug"))


@pytest.mark.parametrize("lang", ["de", "es"])
def test_undoing_the_last_import_goes_through_the_undo_stack_in_any_language(window, db, asked, lang):
    """The import just made is found on the undo stack by what it is, not by its English words."""
    from refdesk import i18n
    from refdesk.services.importer.history import import_change
    from refdesk.ui.common import edits
    from refdesk.ui.importing.undo import undo_import

    i18n.install(lang)
    try:
        summary = run_import(FIXTURES / "outlook.csv")
        edits.commit(window, import_change(summary.batch_id))
        assert not window.undo_stack.undoText().startswith("Import ")
        assert undo_import(window, window, summary.batch_id)
    finally:
        i18n.install("en")
    assert len(asked) == 1 and Partner.select().count() == 0
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()  # undone once, through the stack
