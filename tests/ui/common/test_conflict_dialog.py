"""The conflict dialog shows what changed and returns the user's choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from refdesk.db.models import Partner, Stage
from refdesk.services.concurrency import Conflict, overwrite, save_checked
from refdesk.ui.common.conflict_dialog import ConflictDialog, resolve_conflict

# The offscreen platform cannot pass a dialog's size hints to a window manager and says so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _conflict() -> tuple[Partner, Conflict]:
    p = Partner.create(name="Amara Okafor", company="Okafor Realty")
    mine, theirs = Partner.get_by_id(p.id), Partner.get_by_id(p.id)
    theirs.company, theirs.stage = "Okafor <b>Homes</b>", Stage.PROFITABILITY
    save_checked(theirs, 1)
    mine.company = "Okafor Property Group"
    with pytest.raises(Conflict) as info:
        save_checked(mine, 1)
    return mine, info.value


def test_dialog_lists_theirs_and_mine(qtbot, db, tmp_path):
    _, conflict = _conflict()
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [[dialog.table.topLevelItem(i).text(c) for c in range(3)] for i in range(dialog.table.topLevelItemCount())]
    assert ["Company", "Okafor <b>Homes</b>", "Okafor Property Group"] in rows
    assert ["Stage", "Profitability", "Visibility"] in rows
    assert "company" in dialog.message.text() and "stage" in dialog.message.text()
    dialog.grab().save(str(tmp_path / "conflict.png"))


@pytest.mark.parametrize(
    "button, expected", [("overwrite_button", "overwrite"), ("reload_button", "reload"), ("cancel_button", None)]
)
def test_resolve_conflict_returns_the_choice(qtbot, db, button, expected):
    mine, conflict = _conflict()

    def click():
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConflictDialog)
        getattr(dialog, button).click()

    QTimer.singleShot(0, click)
    choice = resolve_conflict(None, conflict)
    assert choice == expected
    if choice == ConflictDialog.OVERWRITE:
        overwrite(mine, conflict)
        assert Partner.get_by_id(mine.id).company == "Okafor Property Group"


def test_deleted_row_cannot_be_overwritten(qtbot, db):
    mine, _ = _conflict()
    Partner.delete().execute()
    with pytest.raises(Conflict) as info:
        save_checked(mine, 2)
    dialog = ConflictDialog(info.value)
    qtbot.addWidget(dialog)
    assert not dialog.overwrite_button.isEnabled()
    assert "deleted" in dialog.message.text()
