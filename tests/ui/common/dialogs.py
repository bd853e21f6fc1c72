"""Every dialog RefDesk has, built on a real database, and what a keyboard user sees of it.

``DIALOGS`` names a builder for each dialog state worth checking (``open_dialog`` shows one);
``mnemonics(dialog)`` lists the Alt+letters it shows; ``tab_cycle`` walks Tab from a control.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from refdesk.db.models import Direction
from refdesk.services import partners as ps
from refdesk.services import referrals as referral_service
from refdesk.services import thanks as thanks_service
from refdesk.services.partners import partner_choices

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "import"
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter of *text* ("Closed d&ate" → "a"), or None; "&&" is a plain ampersand."""
    found = _MNEMONIC.findall(text.replace("&&", ""))
    return found[0].lower() if found else None


def shown(widget: QWidget, dialog: QWidget) -> bool:
    return widget.isVisibleTo(dialog)


def mnemonics(dialog: QWidget) -> list[tuple[str, str, QWidget]]:
    """(letter, text, widget) of every label, button, group box and tab title the dialog shows."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not shown(widget, dialog):
            continue
        texts = []
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, text, widget))
    return found


def collisions(dialog: QWidget) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for letter, text, _widget in mnemonics(dialog):
        seen.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in seen.items() if len(texts) > 1}


def tab_cycle(qtbot, dialog: QWidget, start: QWidget, backwards: bool = False, limit: int = 80) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from *start* until the focus comes back to it; the widgets visited, in order."""
    from PySide6.QtCore import Qt

    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    visited = [start]
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if backwards:
            qtbot.keyClick(focused, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return visited
        if now in visited:  # stuck, or a loop that does not pass through the start
            visited.append(now)
            return visited
        visited.append(now)
    return visited


# --- the dialogs ------------------------------------------------------------------------------------------------


def seed() -> dict:
    """Two partners, a referral and a thank-you to build the dialogs on."""
    ada = ps.create_partner(ps.PartnerData(name="Ada Okafor", company="Okafor Realty", category="Realtor")).id
    ben = ps.create_partner(ps.PartnerData(name="Ben Smith", company="Smith Mortgages")).id
    change = referral_service.create_referral(
        referral_service.ReferralData(
            date=dt.date.today(), direction=Direction.RECEIVED, partner_id=ada, prospect_name="Carla Client"
        )
    )
    referral = referral_service.list_referrals()[0]
    return {"ada": ada, "ben": ben, "referral": referral.id, "change": change}


def _partner(window, ids, tab: int = 0, retired: bool = False, new: bool = False):
    from refdesk.ui.partners.edit_dialog import PartnerDialog

    dialog = PartnerDialog(window, None if new else ps.get_partner(ids["ada"]), ps.categories())
    dialog.tabs.setCurrentIndex(tab)
    if retired:
        dialog.stage.setCurrentIndex(dialog.stage.count() - 1)
    return dialog


def _meeting(window, ids, dated: bool = False):
    from refdesk.ui.partners.meeting_dialog import MeetingDialog

    dialog = MeetingDialog(window, "Ada Okafor")
    dialog.has_next_date.setChecked(dated)
    return dialog


def _checkin(window, ids):
    from refdesk.ui.partners.checkin_dialog import CheckInDialog

    return CheckInDialog(window, "Ada Okafor")


def _retire(window, ids):
    from refdesk.ui.partners.retire_dialog import RetireDialog

    return RetireDialog(window, "Ada Okafor")


def _merge(window, ids):
    from refdesk.ui.partners.merge_dialog import MergeDialog

    rows = ps.list_partners()
    return MergeDialog(window, next(r for r in rows if r[ps.COL_ID] == ids["ada"]), rows)


def _duplicate(window, ids):
    """Ada beside a possible duplicate of her: another company, no category, a website."""
    import dataclasses

    from refdesk.ui.partners.duplicate_dialog import DuplicateDialog

    first = ps.get_partner(ids["ada"])
    second = dataclasses.replace(
        first, id=ids["ben"], company="Okafor Realty Group", category="", website="https://okafor.example"
    )
    return DuplicateDialog(window, first, second)


def _referral(window, ids, editing: bool = False, prospect_partner: bool = False):
    from refdesk.ui.referrals.dialog import ReferralDialog

    data = referral_service.data_of(ids["referral"]) if editing else None
    dialog = ReferralDialog(window, partner_choices(), data, editing=editing)
    dialog.prospect_is_partner.setChecked(prospect_partner)
    return dialog


def _won(window, ids):
    from refdesk.ui.referrals.ask_dialogs import WonDialog

    return WonDialog(window, referral_service.get_row(ids["referral"]), "USD")


def _reason(window, ids):
    from refdesk.ui.referrals.ask_dialogs import ReasonDialog

    return ReasonDialog(window, "Referral lost", "Why was it lost?")


def _settings(window, ids):
    from refdesk.ui.settings.dialog import SettingsDialog

    return SettingsDialog(window)


def _thank_you(window, ids, existing: bool = False):
    from refdesk.ui.thanks.dialog import ThankYouDialog

    row = thanks_service.list_thank_yous()[0] if existing else None
    return ThankYouDialog(window, partner_choices(active_only=True), row)


def _connect(window, ids):
    from refdesk.ui.team.connect import ConnectDialog

    return ConnectDialog(window)


def _backups(window, ids):
    from refdesk import paths
    from refdesk.services import connection
    from refdesk.services.backup import make_backup
    from refdesk.ui.backups.dialog import BackupsDialog

    make_backup(connection.current_path(), paths.backup_dir(window.data_dir))  # one backup, so the list shows
    return BackupsDialog(window)


def _history(window, ids):
    from refdesk.ui.importing.history import ImportHistoryDialog

    return ImportHistoryDialog(window)


def _wizard(window, ids, pages: int = 0):
    from refdesk.ui.importing.history import open_wizard

    wizard = open_wizard(window, FIXTURES / "google.csv")
    for _ in range(pages):
        wizard.next()
    return wizard


DIALOGS: dict[str, Callable] = {
    "partner: contact": _partner,
    "partner: contact, retired": lambda w, i: _partner(w, i, retired=True),
    "partner: referral practice": lambda w, i: _partner(w, i, tab=1),
    "partner: new": lambda w, i: _partner(w, i, new=True),
    "meeting": _meeting,
    "meeting: next step dated": lambda w, i: _meeting(w, i, dated=True),
    "check-in": _checkin,
    "retire": _retire,
    "merge": _merge,
    "duplicate": _duplicate,
    "referral: new": _referral,
    "referral: prospect is a partner": lambda w, i: _referral(w, i, prospect_partner=True),
    "referral: editing": lambda w, i: _referral(w, i, editing=True),
    "settings": _settings,
    "referral won": _won,
    "referral lost: why": _reason,
    "thank-you: new": _thank_you,
    "thank-you: change": lambda w, i: _thank_you(w, i, existing=True),
    "team connect": _connect,
    "backups": _backups,
    "import history": _history,
    "import wizard: choose the file": _wizard,
    "import wizard: match the columns": lambda w, i: _wizard(w, i, pages=1),
    "import wizard: preview": lambda w, i: _wizard(w, i, pages=2),
}


def open_dialog(qtbot, window, name: str) -> QWidget:
    """Dialog *name* on a seeded database, shown and active (not modal: nothing blocks)."""
    dialog = DIALOGS[name](window, seed())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    return dialog
