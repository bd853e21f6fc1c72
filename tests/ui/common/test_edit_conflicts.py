"""Someone else saves a partner or referral while it is open here: the pages explain and lose nothing.

The other person's save is a direct UPDATE made while the edit dialog is open; the conflict
dialog's exec is patched to press one of its buttons.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from refdesk.db.models import Direction, Partner, Referral, ReferralStatus
from refdesk.services import partners as ps
from refdesk.services import referrals as svc
from refdesk.ui.common.conflict_dialog import ConflictDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def choose(monkeypatch):
    """choose("overwrite_button") makes every conflict dialog press that button; returns what it showed."""
    shown: list[ConflictDialog] = []

    def set_button(button: str) -> list[ConflictDialog]:
        def exec_(dialog):
            shown.append(dialog)
            getattr(dialog, button).click()
            return dialog.result()

        monkeypatch.setattr(ConflictDialog, "exec", exec_)
        return shown

    return set_button


@pytest.fixture
def no_warnings(monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warned.append(args[2]))
    yield warned
    assert warned == []


def their_save(model, row_id, **values):
    """Another user saves the row (their version moves on)."""
    model.update(version=model.version + 1, **values).where(model.id == row_id).execute()


# --- partners ------------------------------------------------------------------------------------


@pytest.fixture
def page(window, qtbot):
    window.show_page("partners")
    page = window.pages["partners"]
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def amara(page):
    pid = ps.create_partner(ps.PartnerData(name="Amara Okafor", company="Okafor Realty")).id
    page.refresh()
    page.show_item(pid)
    return pid


def drive(page, monkeypatch, *steps):
    """The edit dialog stays open while each step fills it and returns True to press Save (False:
    Cancel); it ends when a save goes through.  Returns the steps' dialogs (the same one each time)."""
    dialogs: list = []

    def run(dialog):
        for step in steps:
            dialogs.append(dialog)
            if not step(dialog):
                dialog.reject()
                break
            dialog.accept()  # Save: through the saver, which keeps the dialog open after a conflict
            if dialog.result() == QDialog.DialogCode.Accepted:
                break
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "_run_dialog", run)
    return dialogs


def type_mine(pid):
    def step(d):
        d.company.setText("Okafor Homes")
        d.notes.setPlainText("Call on Tuesdays")
        their_save(Partner, pid, company="Okafor Property Group")
        return True

    return step


def test_partner_overwrite_saves_mine_and_undo_gives_theirs_back(window, page, amara, monkeypatch, choose, no_warnings):
    shown = choose("overwrite_button")
    drive(page, monkeypatch, type_mine(amara))
    page.action_edit.trigger()
    assert [(c.label, c.theirs, c.mine) for c in shown[0].conflict.changes] == [
        ("Company", "Okafor Property Group", "Okafor Homes")
    ]
    saved = ps.get_partner(amara)
    assert (saved.company, saved.notes) == ("Okafor Homes", "Call on Tuesdays")
    assert page.subtitle_label.text().startswith("Okafor Homes")
    window.undo_stack.undo()
    assert ps.get_partner(amara).company == "Okafor Property Group"  # their version, not the one I loaded


def test_partner_reload_shows_theirs_and_keeps_my_other_edits(page, amara, monkeypatch, choose, no_warnings):
    choose("reload_button")
    seen = {}

    def second(d):
        seen.update(
            company=d.company.text(),
            notes=d.notes.toPlainText(),
            problem=d.error.text(),
            profile=page.subtitle_label.text(),
        )
        return True

    dialogs = drive(page, monkeypatch, type_mine(amara), second)
    page.action_edit.trigger()
    assert len(dialogs) == 2 and dialogs[0] is dialogs[1]  # the dialog stayed open with their version
    assert seen["company"] == "Okafor Property Group"  # theirs: nothing of theirs lost
    assert seen["notes"] == "Call on Tuesdays"  # my edit of a field they did not touch
    assert "company" in seen["problem"] and "Reloaded" in seen["problem"]
    assert seen["profile"].startswith("Okafor Property Group")
    saved = ps.get_partner(amara)
    assert (saved.company, saved.notes, saved.version) == ("Okafor Property Group", "Call on Tuesdays", 3)


def test_partner_keep_editing_reopens_with_what_i_typed(page, amara, monkeypatch, choose, no_warnings):
    shown = choose("cancel_button")
    seen = {}

    def second(d):
        seen.update(company=d.company.text(), notes=d.notes.toPlainText(), problem=d.error.text())
        return True  # save again: asked again

    def third(d):
        seen["third"] = d.company.text()
        return False  # give up: their version stays

    dialogs = drive(page, monkeypatch, type_mine(amara), second, third)
    page.action_edit.trigger()
    assert len(dialogs) == 3 and len(shown) == 2  # asked at each save
    assert (seen["company"], seen["notes"], seen["third"]) == ("Okafor Homes", "Call on Tuesdays", "Okafor Homes")
    assert "Someone else changed this partner" in seen["problem"] and "Nothing is saved yet" in seen["problem"]
    saved = ps.get_partner(amara)
    assert (saved.company, saved.notes, saved.version) == ("Okafor Property Group", "", 2)


def test_partner_deleted_meanwhile_is_explained_then_closed(page, amara, monkeypatch, choose, no_warnings):
    shown = choose("reload_button")

    def step(d):
        d.company.setText("Okafor Homes")
        Partner.delete().where(Partner.id == amara).execute()
        return True

    drive(page, monkeypatch, step)
    page.action_edit.trigger()
    assert shown[0].conflict.deleted and not shown[0].overwrite_button.isEnabled()
    assert Partner.select().count() == 0
    assert page.model.row_of(amara) < 0
    assert "Someone else deleted this partner" in page.window_.statusBar().currentMessage()


# --- referrals -----------------------------------------------------------------------------------


@pytest.fixture
def referral(db):
    partner = Partner.create(name="Ada Okafor")
    data = svc.ReferralData(
        date=dt.date.today(), direction=Direction.GIVEN, partner_id=partner.id, prospect_name="Eve Client"
    )
    return svc.create_referral(data).id


@pytest.fixture
def open_referral(window, monkeypatch):
    """Opens the Edit referral dialog; *steps* drive it (each returns after typing; the dialog stays open)."""
    from refdesk.ui.referrals import log as referral_log
    from refdesk.ui.referrals.dialog import ReferralDialog

    def run(referral_id, *steps):
        def exec_(dialog):
            for step in steps:
                step(dialog)
                if not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted:
                    break
            return dialog.result()

        monkeypatch.setattr(ReferralDialog, "exec", exec_)
        return referral_log.open_dialog(window, referral_id)

    return run


def type_referral(referral_id):
    def step(d):
        d.notes.setPlainText("Signed today")
        d.status.setCurrentIndex(d.status.findData(ReferralStatus.WON))
        their_save(Referral, referral_id, status=ReferralStatus.MEETING)
        d.try_save()

    return step


def test_referral_overwrite_saves_mine(window, referral, open_referral, choose, no_warnings):
    shown = choose("overwrite_button")
    assert open_referral(referral, type_referral(referral)) == referral
    assert [(c.name, c.theirs, c.mine) for c in shown[0].conflict.changes] == [
        ("status", ReferralStatus.MEETING, ReferralStatus.WON)
    ]
    saved = svc.data_of(referral)
    assert (saved.status, saved.notes) == (ReferralStatus.WON, "Signed today")
    window.undo_stack.undo()
    assert svc.data_of(referral).status is ReferralStatus.MEETING  # theirs back


def test_referral_reload_shows_theirs_and_keeps_my_other_edits(referral, open_referral, choose, no_warnings):
    choose("reload_button")
    seen = {}

    def look(d):
        seen.update(
            status=d.status.currentData(),
            notes=d.notes.toPlainText(),
            problem=d.error.text(),
            open=d.isVisible() or d.result() != QDialog.DialogCode.Accepted,
        )
        d.try_save()

    assert open_referral(referral, type_referral(referral), look) == referral
    assert seen["status"] is ReferralStatus.MEETING and seen["notes"] == "Signed today" and seen["open"]
    assert "status" in seen["problem"]
    saved = svc.data_of(referral)
    assert (saved.status, saved.notes, saved.version) == (ReferralStatus.MEETING, "Signed today", 3)


def test_referral_keep_editing_keeps_the_dialog_as_typed(referral, open_referral, choose, no_warnings):
    choose("cancel_button")
    seen = {}

    def look(d):
        seen.update(
            status=d.status.currentData(), notes=d.notes.toPlainText(), problem=d.error.text(), result=d.result()
        )

    assert open_referral(referral, type_referral(referral), look) is None
    assert (seen["status"], seen["notes"]) == (ReferralStatus.WON, "Signed today")
    assert seen["result"] != QDialog.DialogCode.Accepted
    assert "Someone else changed this referral" in seen["problem"]
    saved = svc.data_of(referral)
    assert (saved.status, saved.notes) == (ReferralStatus.MEETING, "")


def test_referral_deleted_meanwhile_closes_the_dialog(referral, open_referral, choose, no_warnings):
    shown = choose("reload_button")

    def step(d):
        d.notes.setPlainText("Signed today")
        svc.delete_referral(referral)
        d.try_save()

    assert open_referral(referral, step) is None
    assert shown[0].conflict.deleted
    assert Referral.select().count() == 0
