"""The partner table: every partner row in memory, filtered and sorted in Python.

Rows come from ``services.partners.list_partners`` (plain tuples).  Filtering a
keystroke narrows the rows already shown when the text only grew, so typing
stays well under a frame even with 50,000 partners.  On a big database the rows
load in a worker thread (``refdesk.ui.common.worker``), so the page can paint its
first screenful at once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from refdesk.services import formatting, rules
from refdesk.services import partners as ps
from refdesk.services.referrals.thanked import Acknowledged, rate_words
from refdesk.services.vocabulary import Stage, label
from refdesk.ui.common import appearance, contact_light
from refdesk.ui.common.tables import LEFT, RIGHT, TOOLTIP, Column, TableModel
from refdesk.ui.help import guide

log = logging.getLogger(__name__)

COLUMNS = [
    Column(
        QT_TRANSLATE_NOOP("columns", "Name"), QT_TRANSLATE_NOOP("columns", "The partner's name"), "Bianca Johansson"
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Company"), QT_TRANSLATE_NOOP("columns", "Their business"), "Harbour Property"),
    Column(
        QT_TRANSLATE_NOOP("columns", "Category"), QT_TRANSLATE_NOOP("columns", "Their profession"), "Mortgage broker"
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Stage"), lambda: guide.tip("stage"), lambda: [label(s) for s in Stage]),
    Column(
        QT_TRANSLATE_NOOP("columns", "Given"),
        lambda: QCoreApplication.translate("columns", "Referrals you gave them %1").replace("%1", rules.WINDOW_PHRASE),
        lambda: QCoreApplication.translate("columns", "Given"),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Received"),
        lambda: QCoreApplication.translate("columns", "Referrals they gave you %1").replace("%1", rules.WINDOW_PHRASE),
        lambda: QCoreApplication.translate("columns", "Received"),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Balance"),
        lambda: guide.tip("balance"),
        lambda: QCoreApplication.translate("columns", "Balance"),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Thanked me"),
        lambda: QCoreApplication.translate(
            "columns",
            "Of the referrals you gave them %1, how many the partner thanked you for: "
            "a healthy two-way street says thank you",
        ).replace("%1", rules.WINDOW_PHRASE),
        lambda: rate_words(12, 12),
        numeric=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Last contact"),
        QT_TRANSLATE_NOOP(
            "columns",
            "The latest meeting, referral either way (or as the prospect), standing check-in or thank-you sent",
        ),
        lambda: [formatting.date(dt.date(2026, 9, 30)), QCoreApplication.translate("columns", "never")],
    ),
    Column(  # its tooltip: contact_light.meaning()
        QT_TRANSLATE_NOOP("columns", "Contact"),
        "",
        lambda: [contact_light.word(s) for s in contact_light.WORDS],
        icon=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("columns", "Willingness"),
        lambda: guide.tip("willingness"),
        lambda: QCoreApplication.translate("columns", "Willingness"),
        numeric=True,
    ),
]
POSITIONS = [
    ps.COL_NAME,
    ps.COL_COMPANY,
    ps.COL_CATEGORY,
    ps.COL_STAGE,
    ps.COL_GIVEN,
    ps.COL_RECEIVED,
    ps.COL_BALANCE,
    ps.COL_THANKED,
    ps.COL_LAST_CONTACT,
    ps.COL_CONTACT,
    ps.COL_WILLINGNESS,
]
NUMERIC = {ps.COL_GIVEN, ps.COL_RECEIVED, ps.COL_BALANCE, ps.COL_THANKED, ps.COL_WILLINGNESS}
PLAIN = {ps.COL_NAME, ps.COL_COMPANY, ps.COL_CATEGORY}  # shown as typed
RETIRED = Stage.RETIRED.value
ID_ROLE = Qt.ItemDataRole.UserRole
DISPLAY = Qt.ItemDataRole.DisplayRole
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        TOOLTIP,
        ID_ROLE,
    }
)


def sort_rows(rows: list[ps.PartnerRow], column: int, order: Qt.SortOrder) -> list[ps.PartnerRow]:
    """*rows* in the order of table *column*; names case-insensitively; partners without a figure last.

    Plain Python, safe in a worker thread.  Equal keys keep their order (the sort is stable).
    """
    pos = POSITIONS[column]
    descending = order == Qt.SortOrder.DescendingOrder
    if pos in (ps.COL_NAME, ps.COL_COMPANY, ps.COL_CATEGORY):
        rows.sort(key=lambda r: r[pos].casefold(), reverse=descending)
    elif pos == ps.COL_STAGE:
        stage_order = {s.value: i for i, s in enumerate(Stage)}
        rows.sort(key=lambda r: stage_order.get(r[pos], 9), reverse=descending)
    elif pos == ps.COL_CONTACT:
        # by the day contact is due, the most overdue first; retired partners (no cadence) last either way
        present = [r for r in rows if r[ps.COL_CONTACT_DUE] is not None]
        missing = [r for r in rows if r[ps.COL_CONTACT_DUE] is None]
        present.sort(key=lambda r: r[ps.COL_CONTACT_DUE], reverse=descending)
        rows = present + missing
    elif pos == ps.COL_THANKED:
        # by the share thanked for; partners I gave nothing to go last either way
        present = [r for r in rows if r[ps.COL_GIVEN]]
        missing = [r for r in rows if not r[ps.COL_GIVEN]]
        present.sort(key=lambda r: (r[pos] / r[ps.COL_GIVEN], r[ps.COL_GIVEN]), reverse=descending)
        rows = present + missing
    else:
        # numbers and dates; partners without a value go last either way
        present = [r for r in rows if r[pos] is not None]
        missing = [r for r in rows if r[pos] is None]
        present.sort(key=lambda r: r[pos], reverse=descending)
        rows = present + missing
    return rows


class PartnerTableModel(TableModel):
    COLUMNS = COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[ps.PartnerRow] = []
        self._flagged = 0  # of _all, counted when the rows change: not on every filter keystroke
        self._shown: list[ps.PartnerRow] = []
        self._text = ""
        self._stage: Stage | None = None
        self._category = ""
        self._show_retired = False
        self._duplicates = False
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._grey: QBrush | None = None
        self._stages = {s.value: label(s) for s in Stage}  # the words, in the language spoken
        self._light: dict[tuple[str, bool], tuple[str, QIcon, QBrush]] = {}  # (state, dark) → word, shape, colour
        self._base: list[ps.PartnerRow] | None = None
        self._base_key: tuple = (None, "", False, False)
        self._words: tuple[str, ...] = ()
        self._cache: dict[tuple[str, ...], list[ps.PartnerRow]] = {}
        self._shown_as: dict[tuple, str] = {}  # (column's position, value[, given]) → the text shown

    # --- data in ---------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ps.PartnerRow], *, sorted_by: tuple[int, Qt.SortOrder] | None = None) -> None:
        """Replace every row (after loading from the database); keeps the filter and sort.

        *sorted_by*: the rows are already in ``sort_rows`` order for this (column, order), e.g.
        sorted in the loading thread; they are sorted again only if the sort changed meanwhile.
        """
        self.beginResetModel()
        self._shown_as.clear()
        self._all = list(rows) if sorted_by == self.sort_key else self._sorted(list(rows))
        self._flagged = ps.count_flagged(self._all)
        self._shown = self._filtered(self._all)
        self.endResetModel()

    def update_rows(self, changes: dict[int, ps.PartnerRow | None]) -> None:
        """Replace, add or (with None) remove the rows of a few partners."""
        self.beginResetModel()
        kept = [r for r in self._all if r[ps.COL_ID] not in changes]
        kept.extend(row for row in changes.values() if row is not None)
        self._all = self._sorted(kept)
        self._flagged = ps.count_flagged(self._all)
        self._shown = self._filtered(self._all)
        self.endResetModel()

    def set_filter(
        self,
        text: str = "",
        stage: Stage | None = None,
        category: str = "",
        show_retired: bool = False,
        duplicates: bool = False,
    ) -> None:
        """Show the rows matching the filter.

        Rows without the retired/stage/category ones are kept as a base; each result is
        remembered per text (so Backspace is instant) and a longer text narrows the rows
        already shown instead of all of them.
        """
        base_key = (stage, category, show_retired, duplicates)
        words = tuple(ps.search_words(text))
        if base_key != self._base_key:
            self._base_key = base_key
            self._base = None
            self._cache.clear()
        if self._base is None:
            self._base = ps.base_rows(
                self._all, stage=stage, category=category, show_retired=show_retired, duplicates=duplicates
            )
        old = self._words
        self._text, self._stage, self._category, self._show_retired = text, stage, category, show_retired
        self._duplicates = duplicates
        self._words = words
        shown = self._cache.get(words)
        if shown is None:
            narrowing = (
                old
                and len(old) == len(words)
                and old in self._cache
                and all(o in n for o, n in zip(old, words, strict=True))
            )
            shown = ps.match_words(self._cache[old] if narrowing else self._base, words)
            if len(self._cache) > 64:
                self._cache.clear()
            self._cache[words] = shown
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def _filtered(self, rows: list[ps.PartnerRow]) -> list[ps.PartnerRow]:
        """Filter freshly loaded or sorted rows (and start the per-text memory afresh)."""
        self._cache.clear()
        self._base = ps.base_rows(
            rows,
            stage=self._stage,
            category=self._category,
            show_retired=self._show_retired,
            duplicates=self._duplicates,
        )
        self._base_key = (self._stage, self._category, self._show_retired, self._duplicates)
        self._words = tuple(ps.search_words(self._text))
        shown = ps.match_words(self._base, self._words)
        self._cache[self._words] = shown
        return shown

    def _sorted(self, rows: list[ps.PartnerRow]) -> list[ps.PartnerRow]:
        return sort_rows(rows, self._sort_column, self._sort_order)

    @property
    def sort_key(self) -> tuple[int, Qt.SortOrder]:
        """(column, order) of the current sort, for ``sort_rows`` in a worker thread."""
        return self._sort_column, self._sort_order

    # --- Qt model ----------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Every role but the tooltip, which ``cell`` gives and ``TableModel.data`` shows literally.

        The view asks seven roles of every cell it paints, on every filter keystroke and scroll.
        Answered here without going through ``cell``, and each value's text formatted once
        (``_shown_as``: the same counts, dates and shares recur from row to row), the list repaints
        in 6.5 ms against 7.6, a keystroke paints in 10.3 ms against 11.4 (median; 16.8 against 19.3
        while a background read runs) and a page scrolls in 8.2 against 9.2 (``tests/bench/ab.py``
        with ``bench_partners.py``, 10,000 partners, 6 rounds); on 50,000 partners a keystroke paints
        in 11.4 ms against 14.9 (median), 34 against 44 (p95; 4 rounds)."""
        if role == DISPLAY and index.isValid():
            row = self._shown[index.row()]
            pos = POSITIONS[index.column()]
            value = row[pos]
            if pos in PLAIN:
                return value
            key = (pos, value, row[ps.COL_GIVEN]) if pos == ps.COL_THANKED else (pos, value)
            text = self._shown_as.get(key)
            if text is None:
                text = self._shown_as[key] = self._text_of(row, pos)
            return text
        if role not in _ROLES or not index.isValid():
            return None
        if role == TOOLTIP:
            return super().data(index, role)
        row = self._shown[index.row()]
        pos = POSITIONS[index.column()]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._state(row[pos])[1] if pos == ps.COL_CONTACT and row[pos] else None
        if role == ID_ROLE:
            return row[ps.COL_ID]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if pos in NUMERIC else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if pos == ps.COL_CONTACT and row[pos]:
                return self._state(row[pos])[2]
            if row[ps.COL_STAGE] == RETIRED or (pos == ps.COL_LAST_CONTACT and row[pos] is None):
                if self._grey is None:
                    self._grey = QBrush(
                        QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
                    )
                return self._grey
        return None

    def cell(self, index: QModelIndex | QPersistentModelIndex, role: int):
        """The tooltip of a cell (``data`` answers the other roles)."""
        row = self._shown[index.row()]
        pos = POSITIONS[index.column()]
        if pos in (ps.COL_GIVEN, ps.COL_RECEIVED, ps.COL_BALANCE):
            given, received = row[ps.COL_GIVEN], row[ps.COL_RECEIVED]
            n = formatting.number
            return f"{rules.window_words()}\n" + self.tr("You gave %1, you received %2: balance %3.").replace(
                "%1", n(given)
            ).replace("%2", n(received)).replace("%3", formatting.signed(given - received))
        if pos == ps.COL_THANKED:
            thanks = Acknowledged(row[ps.COL_GIVEN], row[pos], row[ps.COL_PROSPECT_THANKED])
            return f"{rules.window_words()}\n{thanks.sentence()}"
        if pos == ps.COL_STAGE and row[pos] == RETIRED:
            return self.tr("Retired: shown only while “Show retired” is ticked")
        if pos == ps.COL_LAST_CONTACT and row[pos]:
            return formatting.date_and_distance(dt.date.fromisoformat(row[pos]))
        if pos == ps.COL_CONTACT:
            if not row[pos]:
                return QCoreApplication.translate("contact", "Retired: no stay-in-touch reminders")
            due = dt.date.fromisoformat(row[ps.COL_CONTACT_DUE])
            return contact_light.sentence(row[pos], due, row[ps.COL_CADENCE])
        if pos in (ps.COL_NAME, ps.COL_COMPANY, ps.COL_CATEGORY):
            return row[pos]  # the whole text, where the column cuts it short
        return None

    def _text_of(self, row: ps.PartnerRow, pos: int) -> str:
        """The text of *row*'s column at *pos*, as the list shows it (the ``PLAIN`` ones are their value)."""
        value = row[pos]
        if pos == ps.COL_STAGE:
            return self._stages.get(value, value)
        if pos == ps.COL_BALANCE:
            return formatting.signed(value)
        if pos == ps.COL_WILLINGNESS:
            return "" if value is None else f"{value}/10"
        if pos == ps.COL_LAST_CONTACT:
            return (
                formatting.date(dt.date.fromisoformat(value))
                if value
                else QCoreApplication.translate("columns", "never")
            )
        if pos in (ps.COL_GIVEN, ps.COL_RECEIVED):
            return formatting.number(value)
        if pos == ps.COL_THANKED:
            return rate_words(row[ps.COL_GIVEN], value)
        assert pos == ps.COL_CONTACT, pos  # every column of POSITIONS but the PLAIN ones is above
        return self._state(value)[0] if value else ""

    def _state(self, state: str) -> tuple[str, QIcon, QBrush]:
        """The light of *state*: its word, shape and colour (made once for light and once for dark)."""
        key = (state, appearance.is_dark())
        light = self._light.get(key)
        if light is None:
            light = (contact_light.word(state), contact_light.icon(state), QBrush(appearance.state_colour(state)))
            self._light[key] = light
        return light

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == TOOLTIP and orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if POSITIONS[section] == ps.COL_CONTACT:
                return contact_light.meaning()
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        # A reset (not a layout change): the page re-selects its partner on modelReset.
        self.beginResetModel()
        self._sort_column, self._sort_order = column, order
        self._all = self._sorted(self._all)
        self._shown = self._filtered(self._all)
        self.endResetModel()

    # --- lookups -----------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def all_rows(self) -> list[ps.PartnerRow]:
        return self._all

    @property
    def flagged(self) -> int:
        """How many partners loaded are flagged as possible duplicates."""
        return self._flagged

    def partner_id(self, row: int) -> int | None:
        return self._shown[row][ps.COL_ID] if 0 <= row < len(self._shown) else None

    def row_data(self, row: int) -> ps.PartnerRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def find(self, partner_id: int) -> ps.PartnerRow | None:
        for row in self._all:
            if row[ps.COL_ID] == partner_id:
                return row
        return None

    def row_of(self, partner_id: int) -> int:
        """The view row showing *partner_id*, or -1 when it is filtered out or unknown."""
        for i, row in enumerate(self._shown):
            if row[ps.COL_ID] == partner_id:
                return i
        return -1
