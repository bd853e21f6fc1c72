"""The table of thank-yous on the Thank-yous page: rows from ``refdesk.services.thanks.list_thank_yous``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from refdesk.services import formatting
from refdesk.services.checklist import contact_for
from refdesk.services.thanks import ThankRow
from refdesk.services.vocabulary import ThankMethod, ThankStatus, label
from refdesk.ui.common import icons
from refdesk.ui.common.tables import Column, TableModel

STATUS, RECIPIENT, REASON, REFERRAL_DATE, DUE, METHOD = range(6)
_DAY = dt.date(2026, 9, 30)
COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        QT_TRANSLATE_NOOP("columns", "To write, written (not yet sent) or sent; owed until it is sent"),
        lambda: [
            _status_text(ThankStatus.OWED, None, 999),
            _status_text(ThankStatus.WRITTEN, _DAY, 99),
            _status_text(ThankStatus.SENT, _DAY, 0),
        ],
        icon=True,  # a warning sign on an overdue one
        bold=True,  # and bold
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Recipient"), QT_TRANSLATE_NOOP("columns", "Who the thank-you is for"), "M" * 16
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Reason"),
        QT_TRANSLATE_NOOP("columns", "Why you are thanking them"),
        "for referring Jane Doe — kitchen remodel",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Referral date"),
        QT_TRANSLATE_NOOP("columns", "When the referral came in"),
        lambda: formatting.date(_DAY),
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Due"),
        QT_TRANSLATE_NOOP("columns", "When the thank-you should go out"),
        lambda: formatting.date(_DAY),
        bold=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Method"),
        QT_TRANSLATE_NOOP("columns", "Handwritten card, email, call or gift"),
        lambda: [label(m) for m in ThankMethod],
    ),
)
IdRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1


class StatusWords(QObject):
    """A thank-you's status as the list says it (its words translated, the days counted in the plural)."""

    def text(self, status: ThankStatus, day: dt.date | None, overdue: int) -> str:
        """ "To write — 3 days overdue", "Written 30 Sep 2026", "Sent 30 Sep 2026"."""
        if status is ThankStatus.SENT:
            return self.tr("Sent %1").replace("%1", formatting.date(day)).strip()
        if status is ThankStatus.OWED:
            text = self.tr("To write")
        else:
            text = self.tr("Written %1").replace("%1", formatting.date(day)).strip()
        if overdue:
            text += " — " + self.tr("%n day(s) overdue", "", overdue)
        return text


_WORDS: list[StatusWords] = []


def _status_text(status: ThankStatus, day: dt.date | None, overdue: int) -> str:
    if not _WORDS:
        _WORDS.append(StatusWords())
    return _WORDS[0].text(status, day, overdue)


def status_words(row: ThankRow) -> str:
    return _status_text(
        row.status,
        row.written_date if row.status is ThankStatus.WRITTEN else row.sent_date,
        row.days_overdue if row.overdue else 0,
    )


class ThanksTableModel(TableModel):
    COLUMNS = COLUMNS

    """Read-only rows; changes go through the services and the page reloads."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ThankRow] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._warning = None

    # --- data in ---

    def set_rows(self, rows: list[ThankRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ThankRow]:
        return list(self._rows)

    def row_at(self, row: int) -> ThankRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, thank_you_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == thank_you_id:
                return number
        return -1

    # --- Qt ---

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def cell(self, index: QModelIndex | QPersistentModelIndex, role: int):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and row.overdue and column in (STATUS, RECIPIENT, DUE):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS and row.status is ThankStatus.SENT:
            return QApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS and row.overdue:
            if self._warning is None:
                self._warning = icons.icon("warning")
            return self._warning
        if role == IdRole:
            return row.id
        if role == RowRole:
            return row
        return None

    @staticmethod
    def _text(row: ThankRow, column: int) -> str:
        if column == STATUS:
            return status_words(row)
        if column == RECIPIENT:
            return row.recipient
        if column == REASON:
            return row.reason
        if column == REFERRAL_DATE:
            return formatting.date(row.referral_date)
        if column == DUE:
            return formatting.date(row.due_date)
        if column == METHOD:
            return row.method_text
        return ""

    @staticmethod
    def _tooltip(row: ThankRow, column: int) -> str:
        if column == RECIPIENT:
            lines = [row.recipient]
            if row.company and row.company not in row.recipient:
                lines.append(row.company)
            contact = contact_for(row)
            if contact:
                lines.append(contact)
            return "\n".join(lines)
        if column == REASON:
            if row.note and row.note not in row.reason:
                return (
                    row.reason
                    + "\n"
                    + QCoreApplication.translate("ThanksTableModel", "Note: %1").replace("%1", row.note)
                )
            return row.reason
        if column == STATUS:
            return status_words(row)
        if column == DUE:
            return formatting.date_and_distance(row.due_date)
        return ThanksTableModel._text(row, column)
