"""A one-click change on a row someone else changed since the list was loaded: refused, explained, reloaded.

"Someone else" is a direct UPDATE that moves the row's version on (another RefDesk in real life).
The one conflict dialog is patched to record what it says (and keep their version) instead of blocking.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from refdesk.db.models import (
    Direction,
    Outcome,
    Partner,
    Referral,
    ReferralStatus,
    Stage,
    ThankMethod,
    ThankStatus,
    ThankYou,
)
from refdesk.services import partners as ps
from refdesk.services import referrals as svc
from refdesk.services import thanks
from refdesk.ui.common.conflict_dialog import ConflictDialog
from refdesk.ui.referrals.models import STATUS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date.today()


@pytest.fixture
def warned(monkeypatch) -> list[tuple[str, str]]:
    """What the conflict dialog said (title, text and one "Field: what you saw → theirs" line per change);
    the text must be plain, since it quotes the user's names.  The user keeps their version (Esc)."""
    shown: list[tuple[str, str]] = []

    def record(dialog) -> int:
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
        lines = [dialog.message.text()]
        for i in range(dialog.table.topLevelItemCount()):
            item = dialog.table.topLevelItem(i)
            lines.append(f"{item.text(0)}: {item.text(2)} → {item.text(1)}")
        shown.append((dialog.windowTitle(), "\n".join(lines)))
        dialog.reject()
        return 0

    monkeypatch.setattr(ConflictDialog, "exec", record)
    return shown


def their_save(model, row_id, **values):
    model.update(version=model.version + 1, **values).where(model.id == row_id).execute()


def referral_shown(window, qtbot, partner_name: str):
    """A received referral from a new partner, selected on the Referrals page: (page, referral id)."""
    partner = Partner.create(name=partner_name)
    rid = svc.create_referral(
        svc.ReferralData(
            date=TODAY - dt.timedelta(days=3),
            direction=Direction.RECEIVED,
            partner_id=partner.id,
            prospect_name="Dana Prospect",
        )
    ).id
    window.show_page("referrals")
    page = window.pages["referrals"]
    qtbot.waitUntil(page.isVisible)
    page.show_item(rid)
    return page, rid


def test_status_click_on_a_referral_changed_by_someone_else_explains_and_shows_theirs(window, qtbot, db, warned, asks):
    page, rid = referral_shown(window, qtbot, "Ada Okafor")
    assert page.model.data(page.model.index(0, STATUS)) == "Passed"

    their_save(Referral, rid, status=ReferralStatus.LOST, notes="Went with a competitor")
    depth = window.undo_stack.count()
    page.set_selected_status(ReferralStatus.WON)

    assert len(warned) == 1
    title, text = warned[0]
    assert "someone else" in title.lower()
    assert "“Set status: Won” was not done" in text and "someone else changed this referral" in text
    assert "Status: Passed → Lost" in text and "Notes: (empty) → Went with a competitor" in text
    assert "Nothing of yours was saved" in text
    ref = Referral.get_by_id(rid)
    assert (ref.status, ref.notes, ref.version) == (ReferralStatus.LOST, "Went with a competitor", 2)
    assert window.undo_stack.count() == depth  # nothing to undo
    # the list now shows their version, so the same click works and can be undone
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, STATUS)) == "Lost")
    page.show_item(rid)
    page.set_selected_status(ReferralStatus.WON)
    assert Referral.get_by_id(rid).status is ReferralStatus.WON and len(warned) == 1
    window.undo_stack.undo()
    assert Referral.get_by_id(rid).status is ReferralStatus.LOST

    # connection confirmed on a referral someone else deleted
    page.show_item(rid)
    with db.atomic():
        ThankYou.delete().where(ThankYou.referral == rid).execute()
        Referral.delete().where(Referral.id == rid).execute()
    page.confirm_selected()
    assert "someone else deleted this referral" in warned[-1][1]
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_marking_thank_yous_changed_by_someone_else_explains_and_keeps_theirs(window, qtbot, db, warned):
    partner = Partner.create(name="Bea Mensah")
    first = thanks.add_thank_you(partner.id, note="for the lunch").id
    second = thanks.add_thank_you(partner.id, note="for the intro").id
    window.show_page("thanks")
    page = window.pages["thanks"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    their_save(ThankYou, second, status=ThankStatus.SENT, method=ThankMethod.GIFT, sent_date=TODAY, written_date=TODAY)

    page.mark(ThankStatus.WRITTEN)

    assert len(warned) == 1
    text = warned[0][1]
    assert "“Mark 2 thank-yous written” was not done" in text and "someone else changed this thank-you" in text
    assert "Status: To write → Sent" in text and "Method: Handwritten card → Gift" in text
    assert ThankYou.get_by_id(first).status is ThankStatus.OWED  # all or nothing
    assert ThankYou.get_by_id(second).status is ThankStatus.SENT
    # the list was reloaded: it no longer shows the sent one as owed
    qtbot.waitUntil(lambda: all(r.status is ThankYou.get_by_id(r.id).status for r in page.model.rows()))
    assert (second, ThankStatus.OWED) not in {(r.id, r.status) for r in page.model.rows()}


def test_retiring_a_partner_changed_by_someone_else_explains(window, qtbot, db, warned, monkeypatch):
    pid = ps.create_partner(ps.PartnerData(name="Chen Wei", company="Wei Accounting")).id
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitUntil(page.isVisible)
    page.show_item(pid)
    assert page.name_label.text() == "Chen Wei"

    def retire_dialog(dialog):
        their_save(Partner, pid, company="Wei & Daughters")  # while the retire dialog is open
        dialog.reason.setCurrentText("Moved away")
        return True

    monkeypatch.setattr(page, "_run_dialog", retire_dialog)
    page.retire_partner()

    assert len(warned) == 1
    text = warned[0][1]
    assert "“Retire Chen Wei” was not done" in text and "Company: Wei Accounting → Wei & Daughters" in text
    assert ps.get_partner(pid).stage is not Stage.RETIRED
    assert page.subtitle_label.text().startswith("Wei & Daughters")  # the profile shows their version


def select_first(section) -> None:
    """Select the first row of a Today list (selectRow would toggle it if a test left Ctrl held)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    section.view.selectionModel().select(section.model.index(0, 0), flags)


def test_today_marking_a_thank_you_sent_that_someone_else_changed_explains_and_reloads(window, qtbot, db, warned):
    partner = Partner.create(name="Ada <Big> Okafor")  # a name that looks like markup stays plain text
    thank = ThankYou.create(partner=partner, due_date=TODAY - dt.timedelta(days=2))
    window.show_page("today")
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded and bool(page.thanks.model.rows))
    select_first(page.thanks)

    their_save(ThankYou, thank.id, status=ThankStatus.WRITTEN, note="Card is on my desk")
    depth = window.undo_stack.count()
    page.thanks.done_button.click()

    assert len(warned) == 1
    title, text = warned[0]
    assert "someone else" in title.lower() and "was not done" in text and "Nothing of yours was saved" in text
    saved = ThankYou.get_by_id(thank.id)
    assert (saved.status, saved.note, saved.version) == (ThankStatus.WRITTEN, "Card is on my desk", 2)
    assert window.undo_stack.count() == depth
    # the list reloaded with their version: the same click now works, and can be undone
    qtbot.waitUntil(lambda: bool(page.thanks.model.rows) and page.thanks.model.rows[0].version == 2)
    select_first(page.thanks)
    page.thanks.done_button.click()
    assert ThankYou.get_by_id(thank.id).status is ThankStatus.SENT and len(warned) == 1
    window.undo_stack.undo()
    assert ThankYou.get_by_id(thank.id).status is ThankStatus.WRITTEN


def test_outcome_and_told_clicks_on_a_referral_changed_by_someone_else_write_nothing(window, qtbot, db, warned, asks):
    page, rid = referral_shown(window, qtbot, "<b>Ada</b> Okafor")

    their_save(Referral, rid, outcome=Outcome.GOOD)
    depth = window.undo_stack.count()
    page.set_selected_outcome(Outcome.BAD)
    assert Referral.get_by_id(rid).outcome is Outcome.GOOD
    assert len(warned) == 1 and "Outcome: (empty) → Good" in warned[0][1]

    page.show_item(rid)  # the list shows theirs now; a teammate tells the partner meanwhile
    their_save(Referral, rid, partner_told=True, partner_told_date=TODAY)
    page.toggle_partner_told()
    assert len(warned) == 2 and "Partner told: No → Yes" in warned[1][1]
    ref = Referral.get_by_id(rid)
    assert ref.partner_told and ref.outcome is Outcome.GOOD  # their click stands, nothing of ours written
    assert window.undo_stack.count() == depth
