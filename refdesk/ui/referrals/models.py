"""The referral log as a windowed table model.

Rows come from ``refdesk.services.referrals.list_referrals`` one batch at a time
(``canFetchMore``/``fetchMore``), filtered and sorted in SQL, so 100,000 referrals
open as fast as 200.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from refdesk.services import formatting
from refdesk.services import referrals as svc
from refdesk.services.vocabulary import Direction, Outcome, ReferralStatus, ReferralType, label
from refdesk.ui.common import icons
from refdesk.ui.common.tables import Column, TableModel
from refdesk.ui.help import guide

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _widest_date() -> str:
    return formatting.date(dt.date(2026, 9, 30))


def _follow_up_samples() -> list[str]:
    today = dt.date(2026, 9, 30)
    return [
        svc.follow_up_words(today - dt.timedelta(days=3), False, True, today),
        svc.follow_up_words(today, True, False, today),
        svc.follow_up_words(today, False, False, today),
        formatting.date(today),
    ]


def _outcome_samples() -> list[str]:
    return [_outcome_words(outcome, True) for outcome in Outcome]


def _outcome_words(outcome: Outcome | None, told: bool) -> str:
    """An outcome as the list shows it: "Good · partner told", "Partner told", "Bad"."""
    if told:
        if outcome is None:
            return QCoreApplication.translate("ReferralTableModel", "Partner told")
        return QCoreApplication.translate("ReferralTableModel", "%1 · partner told").replace("%1", label(outcome))
    return label(outcome)


COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Date"),
        QT_TRANSLATE_NOOP("columns", "When the referral was given or received"),
        _widest_date,
        icon=False,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Direction"),
        QT_TRANSLATE_NOOP("columns", "Given: you sent work to the partner. Received: the partner sent work to you."),
        lambda: [label(d) for d in Direction],
        icon=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Partner"),
        QT_TRANSLATE_NOOP("columns", "The partner you gave the referral to, or received it from"),
        "Jasmine Goldberg-Jo",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Prospect"),
        QT_TRANSLATE_NOOP("columns", "The person (or partner) who was referred"),
        "Jasmine Goldberg-Jo",
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Type"),
        QT_TRANSLATE_NOOP(
            "columns", "Recommendation (told them to call) or introduction (a warm, facilitated connection)"
        ),
        lambda: [label(t) for t in ReferralType],
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"), lambda: guide.tip("status"), lambda: [label(s) for s in ReferralStatus]
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Follow-up"),
        QT_TRANSLATE_NOOP("columns", "When to check with both parties that the connection was made"),
        _follow_up_samples,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Closed value"),
        QT_TRANSLATE_NOOP("columns", "The business the referral brought, when won"),
        lambda: formatting.money(Decimal("999999"), "USD"),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Outcome"),
        QT_TRANSLATE_NOOP("columns", "How it went: good, neutral or bad, and whether the partner was told"),
        _outcome_samples,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Thanked me"),
        QT_TRANSLATE_NOOP(
            "columns", "On a referral you gave: whether the partner and the prospect thanked you (Ctrl+H, Ctrl+Shift+H)"
        ),
        lambda: svc.thanked_words(True, True),
    ),
]
SORT_KEYS = ["date", "direction", "partner", "prospect", "type", "status", "follow_up", "value", "outcome", "thanked"]
DATE, DIRECTION, PARTNER, PROSPECT, TYPE, STATUS, FOLLOW_UP, VALUE, OUTCOME, THANKED = range(len(COLUMNS))

ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

OVERDUE_BACKGROUND = QColor(255, 224, 214)
OVERDUE_FOREGROUND = QColor(150, 30, 10)


class ReferralTableModel(TableModel):
    COLUMNS = COLUMNS
    BATCH = 200

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[svc.ReferralRow] = []
        self._filter = svc.ReferralFilter()
        self._sort = "date"
        self._descending = True
        self._exhausted = True
        self._inserting = False  # rows being added (between beginInsertRows and endInsertRows)
        self.today = dt.date.today()
        self._icons = {
            Direction.GIVEN: icons.icon("arrow-right"),
            Direction.RECEIVED: icons.icon("arrow-left"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading --------------------------------------------------------------------------

    @property
    def filter(self) -> svc.ReferralFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: svc.ReferralFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first batch (after a filter, sort or data change)."""
        self.today = dt.date.today()
        self.beginResetModel()
        self._rows = svc.list_referrals(self._filter, self._sort, self._descending, 0, self.BATCH, self.today)
        self._exhausted = len(self._rows) < self.BATCH
        self.endResetModel()

    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._inserting

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or not self.canFetchMore():
            return
        more = svc.list_referrals(self._filter, self._sort, self._descending, len(self._rows), self.BATCH, self.today)
        self._exhausted = len(more) < self.BATCH
        self._append(more)

    def ensure_loaded(self, row: int) -> None:
        """Fetch batches until *row* is loaded (for jumping to a referral)."""
        while row >= len(self._rows) and self.canFetchMore():
            missing = row - len(self._rows) + 1
            limit = max(self.BATCH, missing + self.BATCH // 2)
            more = svc.list_referrals(self._filter, self._sort, self._descending, len(self._rows), limit, self.today)
            self._exhausted = len(more) < limit
            self._append(more)

    def _append(self, more: list[svc.ReferralRow]) -> None:
        """Add rows at the end.  Whoever hears of them coming (a view, a proxy) may ask for more at
        once: until they are in, there is nothing more to fetch, or the same batch would come twice."""
        if not more:
            return
        first = len(self._rows)
        self._inserting = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._inserting = False

    def row_of(self, referral_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == referral_id:
                return i
        return None

    def referral(self, row: int) -> svc.ReferralRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = SORT_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def follow_up_text(self, row: svc.ReferralRow) -> str:
        """What the referral dialog says of the same follow-up (``services.referrals.follow_up_words``)."""
        return svc.follow_up_words(row.follow_up_date, row.follow_up_done, row.follow_up_pending, self.today)

    def cell(self, index: Index, role: int):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, col)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and col == DIRECTION:
            return self._icons[row.direction]
        overdue = row.follow_up_overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and overdue and col == FOLLOW_UP:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if overdue and col == FOLLOW_UP:
                return QBrush(OVERDUE_FOREGROUND)
            if col == OUTCOME and row.outcome is Outcome.BAD:
                return QBrush(OVERDUE_FOREGROUND)
            if col == FOLLOW_UP and row.follow_up_done:
                return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and overdue and col == FOLLOW_UP:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and col == VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _text(self, row: svc.ReferralRow, col: int) -> str:
        if col == DATE:
            return formatting.date(row.date)
        if col == DIRECTION:
            return label(row.direction)
        if col == PARTNER:
            return row.partner
        if col == PROSPECT:
            return row.prospect + (self.tr(" (partner)") if row.prospect_partner_id else "")
        if col == TYPE:
            return label(row.type)
        if col == STATUS:
            return label(row.status)
        if col == FOLLOW_UP:
            return self.follow_up_text(row)
        if col == VALUE:
            return formatting.money(row.closed_value, row.currency)
        if col == OUTCOME:
            return _outcome_words(row.outcome, row.partner_told)
        if col == THANKED:
            return row.thanked_words() if row.direction is Direction.GIVEN else ""
        return ""

    def _tooltip(self, row: svc.ReferralRow, col: int) -> str | None:
        if col == FOLLOW_UP and row.follow_up_pending:
            if row.follow_up_reason == "bad_outcome":
                tip = self.tr(
                    "Find out what went wrong (bad outcome): due %1. Mark it done with “Connection confirmed” (Ctrl+K)."
                )
            else:
                tip = self.tr(
                    "Check with both parties that the connection was made: due %1. "
                    "Mark it done with “Connection confirmed” (Ctrl+K)."
                )
            return tip.replace("%1", formatting.date_and_distance(row.follow_up_date, self.today))
        if col == PARTNER:
            return row.partner
        if col == PROSPECT:
            if row.prospect_need:
                return self.tr("%1\nNeeds: %2").replace("%1", row.prospect).replace("%2", row.prospect_need)
            return row.prospect
        if col == OUTCOME and row.outcome_feedback:
            return row.outcome_feedback
        if col == DIRECTION:
            return (
                self.tr("You gave this referral")
                if row.direction is Direction.GIVEN
                else self.tr("You received this referral")
            )
        if col == THANKED:
            if row.direction is not Direction.GIVEN:
                return self.tr("You received this referral: the thank-you is yours to write (Thank-yous page)")
            said = [
                text.replace("%1", formatting.date(day))
                for text, day in (
                    (self.tr("The partner thanked you on %1."), row.partner_thanked_date),
                    (self.tr("The prospect thanked you on %1."), row.prospect_thanked_date),
                )
                if day
            ]
            return " ".join(said) or self.tr("Neither the partner nor the prospect has thanked you yet.")
        return None
