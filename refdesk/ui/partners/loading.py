"""How the Partners page gets its rows: at once for a small list; for a big one the first
screenful at once (complete with its figures) and the rest from a background ``Worker``."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from refdesk.services import partners as ps
from refdesk.ui.common import worker
from refdesk.ui.partners.models import sort_rows

log = logging.getLogger(__name__)

BACKGROUND_FROM = 2000
"""From this many partners the list loads in a worker thread; below, at once (a few tens of ms)."""
FIRST_SCREEN = 200
"""Rows shown at once, with all their figures, while a big list loads (more than a tall screen holds)."""
LOADER_DELAY_MS = 50
"""The first screenful is painted before the loader starts: its thread would compete for Python's GIL."""


def _every_row(sort_key):
    """The work of a background load: every row, sorted, and the categories in use."""

    def work(_job) -> tuple[list, list[str]]:
        rows = sort_rows(ps.list_partners(), *sort_key)
        categories = sorted({r[ps.COL_CATEGORY] for r in rows if r[ps.COL_CATEGORY]}, key=str.casefold)
        return rows, categories

    return work


class ListLoading:
    """The list's loads for *page* (its ``model``, ``show_retired``, ``table``, ``_fill_categories``
    and ``_update_count``)."""

    def __init__(self, page):
        self.page = page
        self.generation = 0  # of the load wanted; a loader reporting an older one is stale
        self.loader: worker.Worker | None = None
        self.loading = False  # the list is being (re)loaded in the background
        self.partial = False  # only the first screenful is shown (while loading)
        self.expected = 0  # partners counted when the load started
        self._sort = page.model.sort_key  # the sort the running loader puts its rows in

    def load(self) -> None:
        """Reload the list: at once when small, else in a worker thread.

        While a big list loads, the rows already shown stay; on first opening these are the first
        screenful (``ps.first_partners``, a few milliseconds).
        """
        page = self.page
        total = ps.count_partners()
        if total < BACKGROUND_FROM or not worker.can_run_in_background():
            self.generation += 1  # a load still running is now stale
            self.load_here()
            return
        self.expected = total
        if page.model.total:
            self.restart()
            return
        page.model.set_rows(ps.first_partners(FIRST_SCREEN, show_retired=page.show_retired.isChecked()))
        page._fill_categories(ps.categories())  # all of them now (a few ms), so the filter row keeps its size
        self.partial = self.loading = True
        self.generation += 1
        # A timer, not singleShot(0): Qt handles posted calls before the (low-priority) paint request.
        QTimer.singleShot(LOADER_DELAY_MS, page, self._kick)

    def _kick(self) -> None:
        if self.loading and self.loader is None:
            self._spawn()

    def restart(self) -> None:
        """Ask for a fresh load in the background; one still running becomes stale."""
        self.generation += 1
        self.loading = True
        if self.loader is None:
            self._spawn()
        # else: the running loader's report is stale, and _loaded starts the next one

    def _spawn(self) -> None:
        self._sort = self.page.model.sort_key
        generation = self.generation
        self.loader = worker.start(
            _every_row(self._sort),
            name="partner-list",
            on_done=lambda result: self._loaded(generation, *result),
            on_failed=lambda message: self._failed(generation, message),
        )

    def _loaded(self, generation: int, rows: list, categories: list[str]) -> None:
        self.loader = None
        if generation != self.generation:  # the data changed after it started
            if self.loading:
                self._spawn()
            return
        page = self.page
        self.loading = self.partial = False
        page.model.set_rows(rows, sorted_by=self._sort)
        page._fill_categories(categories)
        page._update_count()
        row = page.model.row_of(page._current_id) if page._current_id is not None else -1
        if row >= 0:
            page._reveal(row)

    def _failed(self, generation: int, message: str) -> None:
        self.loader = None
        if generation != self.generation:
            if self.loading:
                self._spawn()
            return
        log.warning("loading the partner list in the background failed (%s); loading it here", message)
        self.load_here()

    def load_here(self) -> None:
        """Load the whole list with the application's connection (small lists, or the loader failed)."""
        self.loading = self.partial = False
        self.page.model.set_rows(ps.list_partners())
        self.page._fill_categories()
        self.page._update_count()
