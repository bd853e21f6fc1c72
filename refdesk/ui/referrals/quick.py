"""The quick actions on the selected referral: edit, set status, connection confirmed, outcome,
partner told, thanked me (by the partner, by the prospect) and delete, as actions with shortcuts, buttons, menus and a context menu, enabled and
ticked to fit the selection.

Each one-click change applies to the referral as the list shows it (its listed version): when
someone else changed it since, the one conflict question explains what they changed
(``refdesk.ui.common.edits.quick``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QStyle, QToolButton

from refdesk.services import formatting
from refdesk.services import referrals as svc
from refdesk.services.vocabulary import Direction, Outcome, ReferralStatus, label
from refdesk.ui.common import edits, icons
from refdesk.ui.common.actions import make_action
from refdesk.ui.referrals import log as referral_log
from refdesk.ui.referrals.ask_dialogs import ReasonDialog, WonDialog

SP = QStyle.StandardPixmap


class QuickActions(QObject):
    """The actions for *page* (its ``window_``, ``table``, ``model``, ``selected_row()`` and
    ``_select_row()``); their shortcuts work while the page has the keyboard."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.edit_action = make_action(
            page,
            self.tr("&Edit…"),
            self.tr("Edit the selected referral: status, value, outcome"),
            self.edit,
            shortcut="Return",
            context=within,
            attach=False,  # the list handles Return itself: typing in a filter box must not open a referral
        )
        self.confirm_action = make_action(
            page,
            self.tr("Connection &confirmed"),
            self.tr("Both parties have talked: the follow-up is done"),
            self.confirm,
            shortcut="Ctrl+K",
            context=within,
        )
        self.delete_action = make_action(
            page,
            self.tr("&Delete…"),
            self.tr("Delete the selected referral and its unsent thank-yous"),
            self.delete,
            shortcut=QKeySequence.StandardKey.Delete,
            context=within,
            attach=False,
        )
        self.status_menu = QMenu(self.tr("Set &status"), page)
        for status in ReferralStatus:
            act = self.status_menu.addAction(label(status))
            act.triggered.connect(lambda _=False, s=status: self.set_status(s))
        self.outcome_menu = QMenu(self.tr("Set &outcome"), page)
        for outcome in (*Outcome, None):
            act = self.outcome_menu.addAction(label(outcome) if outcome else self.tr("Not known yet"))
            act.setCheckable(True)
            act.setData(outcome)
            act.triggered.connect(lambda _=False, o=outcome: self.set_outcome(o))
        self.told_action = make_action(
            page,
            self.tr("Partner &told"),
            self.tr("You have let the partner know how it went (again to undo)"),
            self.toggle_told,
            shortcut="Ctrl+T",
            context=within,
        )
        self.told_action.setCheckable(True)
        # a referral I gave: the partner, and the prospect, thanked me (again to undo)
        self.partner_thanked_action = make_action(
            page,
            self.tr("The &partner thanked me"),
            self.tr("The partner thanked you for this referral (today; again to undo)"),
            lambda: self.toggle_thanked("partner"),
            shortcut="Ctrl+H",
            context=within,
        )
        self.prospect_thanked_action = make_action(
            page,
            self.tr("The p&rospect thanked me"),
            self.tr("The prospect thanked you for this referral (today; again to undo)"),
            lambda: self.toggle_thanked("prospect"),
            shortcut="Ctrl+Shift+H",
            context=within,
        )
        self.thanked_menu = QMenu(self.tr("&Thanked me"), page)
        for act in (self.partner_thanked_action, self.prospect_thanked_action):
            act.setCheckable(True)
            self.thanked_menu.addAction(act)

        self.edit_button = self._button(self.edit_action, SP.SP_FileDialogDetailedView)
        self.confirm_button = self._button(self.confirm_action, SP.SP_DialogApplyButton)
        self.status_button = self._menu_button(
            self.tr("Set status"),
            self.status_menu,
            self.tr("Move the selected referral along: passed → contacted → meeting → won / lost"),
        )
        self.outcome_button = self._menu_button(
            self.tr("Outcome"),
            self.outcome_menu,
            self.tr(
                "How the referral went: good, neutral or bad. "
                "A bad outcome adds a follow-up tomorrow to find out what went wrong."
            ),
        )
        self.outcome_button.setAccessibleName(self.tr("Set outcome"))
        self.thanked_button = self._menu_button(
            self.tr("Thanked me"),
            self.thanked_menu,
            self.tr(
                "On a referral you gave: the partner thanked you (Ctrl+H), the prospect thanked you (Ctrl+Shift+H)"
            ),
        )
        self.told_button = self._button(self.told_action, SP.SP_DialogYesButton)
        self.told_button.setCheckable(True)  # pressed in while the selected referral's partner was told
        self.delete_button = self._button(self.delete_action, SP.SP_TrashIcon)

    def _button(self, action: QAction, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(action.text().replace("&", ""))
        button.setIcon(icons.standard(icon))
        button.setToolTip(action.toolTip())
        button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        button.clicked.connect(action.trigger)
        return button

    @staticmethod
    def _menu_button(text: str, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        return button

    def layout(self) -> QHBoxLayout:
        """The buttons in a row, in the order of the context menu."""
        row = QHBoxLayout()
        for widget in (
            self.edit_button,
            self.status_button,
            self.confirm_button,
            self.outcome_button,
            self.told_button,
            self.thanked_button,
            self.delete_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def update(self) -> None:
        """Enabled only with a referral selected; its partner told and outcome shown ticked."""
        row = self.page.selected_row()
        for widget in (
            self.edit_action,
            self.delete_action,
            self.edit_button,
            self.delete_button,
            self.status_button,
            self.outcome_button,
            self.told_action,
            self.told_button,
        ):
            widget.setEnabled(row is not None)
        can_confirm = row is not None and row.follow_up_pending
        self.confirm_action.setEnabled(can_confirm)
        self.confirm_button.setEnabled(can_confirm)
        told = row is not None and row.partner_told
        self.told_action.setChecked(told)
        self.told_button.setChecked(told)
        for act in self.outcome_menu.actions():  # the current outcome is ticked (words, not only colour)
            act.setChecked(row is not None and act.data() == row.outcome)
        given = row is not None and row.direction is Direction.GIVEN
        for widget in (self.thanked_button, self.partner_thanked_action, self.prospect_thanked_action):
            widget.setEnabled(given)
        self.partner_thanked_action.setChecked(given and row is not None and row.partner_thanked_date is not None)
        self.prospect_thanked_action.setChecked(given and row is not None and row.prospect_thanked_date is not None)

    def context_menu(self, index: QModelIndex, at: QPoint) -> None:
        """Right-click on a referral (or the Menu key): it is selected, and the quick actions offered."""
        self.page._select_row(index.row())
        menu = QMenu(self.page)
        menu.addAction(self.edit_action)
        menu.addMenu(self.status_menu)
        menu.addAction(self.confirm_action)
        menu.addMenu(self.outcome_menu)
        menu.addAction(self.told_action)
        menu.addMenu(self.thanked_menu)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(at)

    # --- what they do -------------------------------------------------------------------------

    def edit(self) -> None:
        referral_id = self.page.selected_id()
        if referral_id is not None:
            referral_log.open_dialog(self.page.window_, referral_id)

    def _quick(self, action: str, run, message: str | None = None):
        """Run a one-click change on the selected referral, as the user saw it (its listed version).

        *run(referral_id, version)* makes it: with the version shown, refused if someone else changed
        the referral since (the one conflict question then offers their version or doing it anyway,
        with ``None``).  Returns the committed Change, or None.
        """
        row = self.page.selected_row()
        if row is None:
            return None
        return edits.quick(
            self.page.window_,
            self.page,
            action,
            lambda: run(row.id, row.version),
            overwrite=lambda: run(row.id, None),
            seen=row,
            now=svc.get_row,
            fields=referral_log.ROW_FIELDS,
            message=message,
        )

    def confirm(self) -> None:
        self._quick(
            self.tr("Connection confirmed"),
            lambda rid, version: svc.confirm_follow_up(rid, expected_version=version),
            self.tr("Follow-up done: connection confirmed. Undo with Ctrl+Z."),
        )

    def set_status(self, status: ReferralStatus) -> None:
        """Set the status; Won first asks the value, currency and date, Lost (or no connection) why."""
        row = self.page.selected_row()
        if row is None:
            return
        extra: dict = {}
        if status is ReferralStatus.WON and row.status is not ReferralStatus.WON:
            dialog = WonDialog(self.page, row, formatting.default_currency())
            if not dialog.exec():
                return
            value, currency, day = dialog.values()
            extra = {"closed_value": value, "currency": currency, "closed_date": day}
        elif status in (ReferralStatus.LOST, ReferralStatus.NO_CONNECTION) and row.status is not status:
            if status is ReferralStatus.LOST:
                title, question = self.tr("Referral lost"), self.tr("Why was it lost?")
            else:
                title, question = self.tr("Referral: no connection"), self.tr("Why was it never connected?")
            reason = self._ask_reason(title, question, row)
            if reason is None:
                return
            extra = {"reason": reason}
        change = self._quick(
            self.tr("Set status: %1").replace("%1", label(status)),
            lambda rid, version: svc.set_status(rid, status, expected_version=version, **extra),
        )
        if change is not None and change.added("thanks"):
            self.page.tell(self.tr("Marked as won: a “closed business” thank-you was added. Undo with Ctrl+Z."))

    def _ask_reason(self, title: str, question: str, row: svc.ReferralRow) -> str | None:
        """What went wrong, in the user's words (None: cancelled)."""
        question = self.tr("%1 (%2, %3)").replace("%1", question).replace("%2", row.partner).replace("%3", row.prospect)
        dialog = ReasonDialog(self.page, title, question, row.outcome_feedback)
        return dialog.text() if dialog.exec() else None

    def set_outcome(self, outcome: Outcome | None) -> None:
        row = self.page.selected_row()
        if row is None:
            return
        words = label(outcome) if outcome else self.tr("Not known yet")
        feedback = None
        if outcome is Outcome.BAD:
            feedback = self._ask_reason(self.tr("Referral went badly"), self.tr("What went wrong?"), row)
            if feedback is None:
                self.update()
                return
            message = self.tr("Outcome: bad. A follow-up tomorrow: find out what went wrong. Undo with Ctrl+Z.")
        else:
            message = self.tr("Outcome: %1. Undo with Ctrl+Z.").replace("%1", words)
        self._quick(
            self.tr("Set outcome: %1").replace("%1", words),
            lambda rid, version: svc.set_outcome(rid, outcome, feedback, expected_version=version),
            message,
        )

    def toggle_told(self) -> None:
        row = self.page.selected_row()
        if row is None:
            return
        told = not row.partner_told
        done = (
            self.tr("Noted: %1 knows how it went. Undo with Ctrl+Z.")
            if told
            else self.tr("%1: not told yet. Undo with Ctrl+Z.")
        )
        change = self._quick(
            self.tr("Partner told") if told else self.tr("Partner not told"),
            lambda rid, version: svc.set_partner_told(rid, told, expected_version=version),
            done.replace("%1", row.partner),
        )
        if change is None:
            self.update()  # put the tick back as it was

    def toggle_thanked(self, who: str) -> None:
        """The partner (or the prospect) thanked me for the selected referral I gave; again to undo."""
        row = self.page.selected_row()
        if row is None or row.direction is not Direction.GIVEN:
            return
        name = row.partner if who == "partner" else row.prospect
        thanked = (row.partner_thanked_date if who == "partner" else row.prospect_thanked_date) is None
        done = (
            self.tr("Noted: %1 thanked you. Undo with Ctrl+Z.")
            if thanked
            else self.tr("%1: not thanked you yet. Undo with Ctrl+Z.")
        )
        change = self._quick(
            self.tr("Partner thanked me") if who == "partner" else self.tr("Prospect thanked me"),
            lambda rid, version: svc.set_thanked(rid, who, thanked, expected_version=version),
            done.replace("%1", name),
        )
        if change is None:
            self.update()  # put the tick back as it was

    def delete(self) -> None:
        referral_id, row = self.page.selected_id(), self.page.selected_row()
        if referral_id is None or row is None:
            return
        unsent = sum(1 for t in svc.thank_yous_of(referral_id) if t.status.value != "sent")
        if row.direction is Direction.GIVEN:
            question = self.tr("Delete the referral to %1 (%2, %3)?")
        else:
            question = self.tr("Delete the referral from %1 (%2, %3)?")
        question = (
            question.replace("%1", row.partner).replace("%2", row.prospect).replace("%3", formatting.date(row.date))
        )
        if unsent:
            question += "\n\n" + self.tr("Its %n unsent thank-you(s) will be removed too.", "", unsent)
        question += "\n\n" + self.tr("You can undo this with Ctrl+Z.")
        if not edits.confirm(self.page, question, self.tr("&Delete")):
            return
        self._quick(
            self.tr("Delete referral"),
            lambda rid, version: svc.delete_referral(rid, expected_version=version),
            self.tr("Referral deleted. Undo with Ctrl+Z."),
        )
