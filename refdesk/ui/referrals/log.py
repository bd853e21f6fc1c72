"""“Log referral…” from anywhere in the window (Ctrl+L), and the undoable referral actions pages share."""

from __future__ import annotations

import logging

from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox, QStyle

from refdesk import APP_NAME

log = logging.getLogger(__name__)

SHORTCUT = "Ctrl+L"


class ReferralCommand(QUndoCommand):
    """A committed ``refdesk.services.referrals.Change`` on the window's undo stack."""

    def __init__(self, window, change):
        super().__init__(change.text)
        self.window = window
        self.change = change
        self._applied = True  # the change is already in the database when pushed

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._run(self.change.redo)
        self._notify()

    def undo(self) -> None:
        self._run(self.change.undo)
        self._notify()

    def _run(self, step) -> None:
        from refdesk.services.referrals import ReferralError

        try:
            step()
        except ReferralError as exc:
            QMessageBox.warning(self.window, APP_NAME, str(exc))

    def _notify(self) -> None:
        notify(self.window, self.change)


def notify(window, change) -> None:
    """Tell every page what a referral change touched."""
    window.events.data_changed.emit("referrals")
    if change.thanks_changed:
        window.events.data_changed.emit("thanks")
    created = change.after or change.before
    if created is not None and created.created_partner is not None:
        window.events.data_changed.emit("partners")


def push(window, change) -> None:
    """Put a committed change on the undo stack (which announces it)."""
    window.undo_stack.push(ReferralCommand(window, change))


# What a refused quick action lists as "what they changed" (ReferralRow attribute → label).
ROW_FIELDS = {
    "date": "Date",
    "direction": "Direction",
    "partner": "Partner",
    "prospect": "Prospect",
    "prospect_need": "What they need",
    "type": "Type",
    "status": "Status",
    "follow_up_date": "Follow-up date",
    "follow_up_done": "Follow-up done",
    "closed_value": "Closed value",
    "closed_date": "Closed date",
    "outcome": "Outcome",
    "outcome_feedback": "Feedback",
    "partner_told": "Partner told",
    "notes": "Notes",
}


def explain_conflict(window, parent, conflict, action: str, seen) -> None:
    """A quick action on a referral was refused (someone else changed it): say what changed, then reload."""
    from refdesk.services import referrals as svc
    from refdesk.ui.common.conflict_dialog import describe_differences, explain_quick_conflict

    now = None if conflict.deleted else svc.get_row(conflict.id)
    window.events.data_changed.emit("referrals")  # every page shows their version
    explain_quick_conflict(parent, conflict, action, describe_differences(seen, now, ROW_FIELDS))


def _currency() -> str:
    from refdesk.ui.common import settings

    return settings.get("money/currency") or "USD"


def open_dialog(window, referral_id: int | None = None, prefill=None):
    """Show the Log/Edit referral dialog; returns the saved referral's id, or None if cancelled."""
    from refdesk.services import referrals as svc
    from refdesk.ui.referrals.dialog import ReferralDialog

    saved: list[int] = []
    if referral_id is not None:
        try:
            data = svc.data_of(referral_id)
        except svc.ReferralError as exc:
            QMessageBox.warning(window, APP_NAME, str(exc))
            return None
    else:
        data = prefill

    def save(values) -> None:
        if referral_id is None:
            change = svc.create_referral(values)
        else:
            # values.version: the version the edit started from (None after "Overwrite with mine")
            change = svc.update_referral(referral_id, values, expected_version=values.version, original=dialog.loaded)
        saved.append(change.referral_id)
        push(window, change)

    dialog = ReferralDialog(
        window, svc.partner_choices(), save, data, editing=referral_id is not None, currency=_currency()
    )
    dialog.exec()
    dialog.deleteLater()
    if saved:
        window.statusBar().showMessage("Referral saved. Undo with Ctrl+Z.", 6000)
        return saved[0]
    return None


def log_referral(window) -> None:
    """The window action: log a new referral, then show it on the Referrals page."""
    referral_id = open_dialog(window)
    if referral_id is not None:
        window.show_page("referrals", referral_id)


def install(window) -> None:
    action = QAction("&Log referral…", window)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setToolTip(f"Record a referral you gave or received ({SHORTCUT})")
    action.setStatusTip("Record a referral you gave or received")
    action.setIcon(window.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
    action.triggered.connect(lambda _=False: log_referral(window))
    window.add_file_action(action)
    window.action_log_referral = action
