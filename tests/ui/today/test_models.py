"""The Today page's lists' item model (one ``DueModel`` per list), with each list's own columns, on
the demo data: filled, emptied, filled again."""

from __future__ import annotations

import datetime as dt

import pytest

from refdesk.db.models import ThankStatus, ThankYou
from refdesk.services import demo, stats
from refdesk.services import due as due_lists
from refdesk.services.today import LIST_LIMIT
from refdesk.ui.today.models import ROW_ROLE
from tests.ui.common import item_models

TODAY = dt.date.today()
LISTS = {  # section → what the services say it lists: (rows, how many in all)
    "follow_ups": lambda: due_lists.follow_ups_due(TODAY, LIST_LIMIT),
    "thanks": lambda: due_lists.thanks_owed(TODAY, LIST_LIMIT),
    "conversations": lambda: (streets := stats.one_way_streets(today=TODAY), len(streets)),
    "check_ins": lambda: due_lists.check_ins_due(TODAY, limit=LIST_LIMIT),
    "quiet": lambda: due_lists.overdue_for_contact(TODAY, limit=LIST_LIMIT),
}


def listed(found) -> tuple[list, int]:
    return (found[0], found[1]) if isinstance(found, tuple) else (found.items, found.total)


@pytest.fixture
def demo_data(db):
    return demo.generate(partners=40, referrals=400, seed=5, today=TODAY)


@pytest.mark.parametrize("name", list(LISTS))
def test_due_model_shows_what_each_list_says(demo_data, window, qtbot, qtmodeltester, name):
    window.show_page("today")
    page = window.pages["today"]
    qtbot.waitUntil(lambda: page.loaded)  # the lists load just after the window's first paint
    section = getattr(page, name)
    model = section.model
    item_models.check(qtmodeltester, model)

    rows, total = listed(LISTS[name]())
    assert rows, f"the demo data should give {name} something to list"
    assert model.rowCount() == len(rows) == min(total, LIST_LIMIT)
    assert [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())] == list(rows)
    assert item_models.titles(model) == [c.title for c in model.columns]
    assert section.title().endswith(f"({total:,})")  # the count in the list's title
    if name == "thanks":  # still to write, or written and not sent
        assert total == ThankYou.select().where(ThankYou.status != ThankStatus.SENT).count()

    section.set_rows([], 0)
    assert model.rowCount() == 0 and section.stack.currentWidget() is section.empty
    page.refresh()
    assert model.rowCount() == len(rows) and section.stack.currentWidget() is section.view
