"""The Today page: headline figures, the lists, opening items, marking done (undoable), printing."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus, ThankStatus, ThankYou
from refdesk.services import demo
from refdesk.services import today as today_service

TODAY = dt.date.today()
OLD = dt.datetime.combine(TODAY - dt.timedelta(days=400), dt.time(9))


@pytest.fixture
def data(db):
    amara = Partner.create(
        name="Amara <b>Okafor</b>",
        company="Okafor & Sons",
        created_at=OLD,
        wants_from_me="Introductions to <families> moving house",
        ideal_referral="Couples about to list their home",
    )
    ben = Partner.create(name="Ben Smith", created_at=OLD)
    for _ in range(3):
        Referral.create(date=TODAY, direction=Direction.GIVEN, partner=amara, status=ReferralStatus.WON)
    follow = Referral.create(
        date=TODAY - dt.timedelta(days=5),
        direction=Direction.RECEIVED,
        partner=ben,
        prospect_name="Pat Prospect",
        status=ReferralStatus.CONTACTED,
        follow_up_date=TODAY - dt.timedelta(days=3),
        follow_up_done=False,
    )
    late = ThankYou.create(partner=ben, referral=follow, due_date=TODAY - dt.timedelta(days=1))
    soon = ThankYou.create(partner=amara, due_date=TODAY + dt.timedelta(days=2), status=ThankStatus.WRITTEN)
    return {"amara": amara, "ben": ben, "follow": follow, "late": late, "soon": soon}


def _today(window, qtbot=None):
    window.show_page("today")
    page = window.pages["today"]
    if not page.loaded:  # the lists are read in the background just after the window's first paint
        import time

        from PySide6.QtWidgets import QApplication

        deadline = time.monotonic() + 10
        while not page.loaded and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
    assert page.loaded
    return page


def _texts(section, column=0):
    model = section.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_headline_and_lists(data, window):
    page = _today(window)
    assert page.fig_given_month.value.text() == "3"
    assert page.fig_received_month.value.text() == ("1" if data["follow"].date.month == TODAY.month else "0")
    assert page.fig_given_year.value.text() == "3" and page.fig_received_year.value.text() == "1"
    assert page.fig_thanks.value.text() == "2"
    assert "1 overdue" in page.fig_thanks.caption.text()
    assert page.follow_ups.title() == "Follow-ups due (1)"
    assert _texts(page.follow_ups, 1) == ["Ben Smith"]
    assert _texts(page.follow_ups, 2) == ["Received from · Pat Prospect"]
    assert [t.endswith("overdue") for t in _texts(page.thanks, 0)] == [True, False]  # overdue first, in words
    assert _texts(page.conversations) == ["Amara <b>Okafor</b>"]  # shown as plain text
    assert page.check_ins.title() == "Check-ins due (2)"
    assert page.quiet.stack.currentIndex() == 1  # nobody quiet: the sentence says so
    assert "No one is overdue for contact" in page.quiet.empty.text()


def test_opening_items_goes_to_their_page(data, window, qtbot):
    page = _today(window)
    asked = []
    window.events.show_requested.connect(lambda key, item: asked.append((key, item)))
    page.follow_ups.view.setFocus()
    page.follow_ups.open_button.click()
    page.thanks.view.doubleClicked.emit(page.thanks.model.index(0, 0))
    page.conversations.open_current()
    page.check_ins.open_button.click()
    assert asked == [
        ("referrals", data["follow"].id),
        ("thanks", data["late"].id),
        ("partners", data["amara"].id),
        ("partners", page.check_ins.model.rows[0].partner_id),
    ]
    assert window.current_key() == "partners"


def test_mark_follow_up_done_and_undo(data, window, qtbot):
    page = _today(window)
    assert page.follow_ups.done_button.isEnabled()
    page.follow_ups.done_button.click()
    assert Referral.get_by_id(data["follow"].id).follow_up_done is True
    assert page.follow_ups.stack.currentIndex() == 1 and page.follow_ups.title() == "Follow-ups due"
    assert not page.follow_ups.done_button.isEnabled()
    window.undo_stack.undo()
    assert Referral.get_by_id(data["follow"].id).follow_up_done is False
    assert _texts(page.follow_ups, 1) == ["Ben Smith"]


def test_mark_thanks_sent_with_keyboard(data, window, qtbot):
    page = _today(window)
    page.thanks.view.setFocus()
    page.thanks.view.selectAll()
    qtbot.keyClick(page.thanks.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    for key in ("late", "soon"):
        thank = ThankYou.get_by_id(data[key].id)
        assert thank.status is ThankStatus.SENT and thank.sent_date == TODAY
    assert page.fig_thanks.value.text() == "0"
    window.undo_stack.undo()
    assert ThankYou.get_by_id(data["late"].id).status is ThankStatus.OWED
    assert ThankYou.get_by_id(data["late"].id).sent_date is None
    assert ThankYou.get_by_id(data["soon"].id).status is ThankStatus.WRITTEN
    assert page.fig_thanks.value.text() == "2"


def test_print_conversations_one_page_pdf_with_escaped_text(data, window, tmp_path):
    page = _today(window)
    path = page.save_conversations_pdf(tmp_path / "talk.pdf")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # partners' names: only the user may read it
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Conversations to have" in text
    assert "Amara <b>Okafor</b>" in text  # escaped, so shown literally
    assert "Introductions to <families> moving house" in text
    assert "Couples about to list their home" in text
    html = today_service.conversations_html(today_service.conversations(TODAY), TODAY)
    assert "&lt;b&gt;Okafor&lt;/b&gt;" in html and "Okafor &amp; Sons" in html


def test_print_preview_opens(data, window, monkeypatch):
    page = _today(window)
    shown = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    page.print_button.click()
    assert shown == ["Conversations to have — print preview"]


def test_empty_database_lists_say_what_to_do(window):
    page = _today(window)
    for section in page.sections:
        assert section.stack.currentIndex() == 1
        assert section.empty.text()
    assert page.fig_thanks.value.text() == "0"


def test_lists_load_just_after_the_first_paint(data, db, data_dir, db_url, qtbot, qsettings_clean):
    """On a big database the window appears at once; the lists fill in from the event loop."""
    from refdesk.ui.main_window import MainWindow

    win = MainWindow(data_dir, db_url)
    qtbot.addWidget(win)
    page = win.pages["today"]
    assert not page.loaded and page.follow_ups.model.rowCount() == 0
    win.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert page.follow_ups.model.rowCount() == 1


def test_the_last_known_today_shows_at_once_marked_then_the_lists_read_afresh(
    data, db, data_dir, db_url, qtbot, qsettings_clean
):
    """A second start shows Today as it was, saying so, and replaces it with what the data says now."""
    from refdesk.ui.main_window import MainWindow

    first = MainWindow(data_dir, db_url)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.pages["today"].loaded)
    assert (data_dir / today_service.LAST_FILE).exists()  # kept when it was shown
    first.close()
    Referral.update(follow_up_done=True).where(Referral.id == data["follow"].id).execute()  # done elsewhere

    win = MainWindow(data_dir, db_url)
    qtbot.addWidget(win)
    page = win.pages["today"]
    assert page.shown and not page.loaded  # before the window is even on screen
    assert _texts(page.follow_ups, 1) == ["Ben Smith"]  # as it was
    assert page.updating.isVisibleTo(page) and page.updating.text().endswith("· updating…")
    win.show()
    qtbot.waitUntil(lambda: page.loaded)
    assert page.follow_ups.model.rowCount() == 0  # as it is now
    assert not page.updating.isVisibleTo(page)


def test_the_background_read_begins_once_the_last_known_today_has_painted(
    data, db, data_dir, db_url, qtbot, qsettings_clean, monkeypatch
):
    """At start-up the window's frame is up before Today is built.  The read afresh waits until the
    page has painted its last known content: it would otherwise hold up that paint (they share the
    interpreter)."""
    import threading

    from PySide6.QtCore import QEvent, QObject

    from refdesk.ui.main_window import MainWindow

    today_service.save_last(data_dir, db_url, today_service.read(TODAY))
    painted: list[bool] = []

    class Paints(QObject):
        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    paints = Paints()
    seen = []
    real_read = today_service.read

    def read(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():  # the background read
            seen.append(bool(painted))
        return real_read(*args, **kwargs)

    monkeypatch.setattr(today_service, "read", read)
    win = MainWindow(data_dir, db_url, defer=True)  # as RefDesk starts: the frame first
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.finish_start()
    page = win.pages["today"]
    assert page.shown and not page.loaded  # the last known Today
    page.follow_ups.view.viewport().installEventFilter(paints)
    qtbot.waitUntil(lambda: page.loaded)
    assert seen == [True]  # the list had painted when the read began


class HeldRead:
    """The window opened with Today's background read held back: ``release()`` lets it go on (then
    raise *fail*, if set) and waits until it has ended and its result was delivered."""

    def __init__(self, monkeypatch, qtbot, data_dir, db_url):
        import threading

        from refdesk.ui.main_window import MainWindow

        self.qtbot, self.fail = qtbot, None
        self.started, self.gate = threading.Event(), threading.Event()
        real_read = today_service.read

        def read(*args, **kwargs):
            if threading.current_thread() is not threading.main_thread():  # the background read: held back
                self.started.set()
                self.gate.wait(10)
                if self.fail is not None:
                    raise self.fail
            return real_read(*args, **kwargs)

        monkeypatch.setattr(today_service, "read", read)
        self.window = MainWindow(data_dir, db_url)
        qtbot.addWidget(self.window)
        self.page = self.window.pages["today"]
        self.window.show()
        qtbot.waitUntil(self.started.is_set)

    def release(self) -> None:
        from refdesk.ui.common import worker

        self.gate.set()
        self.qtbot.waitUntil(lambda: not worker._RUNNING)
        self.qtbot.wait(50)  # its result delivered


@pytest.fixture
def held(data, db, data_dir, db_url, qtbot, qsettings_clean, monkeypatch) -> HeldRead:
    return HeldRead(monkeypatch, qtbot, data_dir, db_url)


def test_a_refresh_after_an_edit_is_not_undone_by_the_background_read(held, data):
    """The background read started before a quick action must not put back what it saw."""
    page = held.page
    Referral.update(follow_up_done=True).where(Referral.id == data["follow"].id).execute()
    page.refresh()  # an edit refreshed the page while the background read ran
    assert page.loaded and page.follow_ups.model.rowCount() == 0
    Referral.update(follow_up_done=False).where(Referral.id == data["follow"].id).execute()
    held.release()  # the background read now sees the follow-up due again, but it was overtaken
    assert page.follow_ups.model.rowCount() == 0


def test_a_failed_background_read_says_so_where_updating_was(
    data, db, data_dir, db_url, qtbot, qsettings_clean, monkeypatch
):
    from peewee import OperationalError

    today_service.save_last(data_dir, db_url, today_service.read(TODAY))
    held = HeldRead(monkeypatch, qtbot, data_dir, db_url)
    held.fail = OperationalError("database is locked")
    held.release()
    page = held.page
    qtbot.waitUntil(lambda: page.updating.text().startswith("Not up to date: "))
    assert "locked" in page.updating.text() and page.updating.isVisibleTo(page)
    assert page.shown and not page.loaded
    assert _texts(page.follow_ups, 1) == ["Ben Smith"]  # the last known Today stays, said to be so


def test_a_page_gone_before_its_background_read_ends_is_left_alone(held):
    """Another database opened meanwhile: the old page is deleted, and its read's result goes nowhere."""
    import shiboken6

    held.window.pages.pop("today")
    shiboken6.delete(held.page)
    held.release()  # the result delivered to nobody: no "already deleted" error


def test_a_page_being_torn_down_when_its_background_read_ends_is_left_alone(held):
    """A window being closed deletes the page's widgets before the page: a read arriving in between
    changes nothing (and raises no "already deleted" error)."""
    import shiboken6

    shiboken6.delete(held.page.heading)
    held.release()
    assert not held.page.loaded


def test_an_edit_on_another_page_during_the_background_read_drops_its_result(held):
    win, page = held.window, held.page
    win.show_page("thanks")  # Today is not on show: an edit only marks it stale
    win.events.data_changed.emit("thanks")
    held.release()
    assert not page.loaded  # what the read saw may predate the edit: not shown as fresh
    win.show_page("today")
    assert page.loaded and page.follow_ups.model.rowCount() == 1  # read afresh on show


def test_columns_as_wide_as_qt_measures_them(db, window, qtbot):
    """Each list's columns get the width Qt's own measure of every cell gives (the page measures
    only each column's widest text that way)."""
    demo.generate(partners=40, referrals=400, seed=5, today=TODAY)
    page = _today(window, qtbot)
    measured = 0
    for section in page.sections:
        view, header = section.view, section.view.horizontalHeader()
        if not section.model.rows:
            continue
        qt = [max(view.sizeHintForColumn(i), header.sectionSizeHint(i)) for i in range(section.model.columnCount())]
        assert section._natural == qt, section.base_title
        measured += 1
    assert measured >= 4  # the demo fills most lists
