"""The one table helper's model part (``TableModel``), through the smallest model built on it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from refdesk.db.models import Partner
from refdesk.services import partners as ps
from refdesk.ui.common.tables import LEFT, RIGHT, Column, TableModel
from tests.ui.common import item_models


class Names(TableModel):
    """Partners' names and how many referrals they sent you: a subclass writes rows and cells, no more."""

    COLUMNS = (Column("Name", "The partner's name", "Bianca Johansson"), Column("Received", numeric=True))

    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def cell(self, index, role):
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[ps.COL_NAME] if index.column() == 0 else str(row[ps.COL_RECEIVED])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


def test_table_model_gives_headers_and_literal_tooltips(db, qapp, qtmodeltester):
    Partner.create(name="Amara <b>Okafor</b> & Sons")
    Partner.create(name="Ben Smith")
    model = Names(ps.list_partners())
    item_models.check(qtmodeltester, model)

    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.columnCount(model.index(0, 0)) == 0  # a flat table
    assert item_models.titles(model) == ["Name", "Received"]
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "The partner's name"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None  # no tip, no box
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert model.headerData(2, Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None  # rows have no numbers
    # what the name's tooltip shows is the name as typed, not as markup
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip == "<qt>Amara &lt;b&gt;Okafor&lt;/b&gt; &amp; Sons</qt>"
    assert model.data(model.index(0, 0)) == "Amara <b>Okafor</b> & Sons"


def test_row_menu_opens_for_the_row_the_user_means(qapp, qtbot):
    """A list's context menu is for the row under the mouse, or, from the keyboard (the Menu key,
    Shift+F10), for the current row: not the row below it, where Qt's keyboard position points."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from refdesk.ui.common.tables import row_menu

    model = QStandardItemModel(0, 2)
    for n in range(30):
        model.appendRow([QStandardItem(f"Partner {n}"), QStandardItem(str(n))])
    view = QTableView()
    view.setModel(model)
    view.resize(400, 400)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    asked: list[tuple[int, QPoint]] = []
    row_menu(view, lambda index, at: asked.append((index.row(), at)))

    view.setCurrentIndex(model.index(7, 0))
    # where Qt puts a keyboard-opened menu: the current cell's rectangle, in the view's coordinates
    cursor = view.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle).center()
    assert view.indexAt(cursor).row() != 7  # what the old handler looked up
    keyboard = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, cursor, view.mapToGlobal(cursor))
    QApplication.sendEvent(view, keyboard)
    assert [row for row, _ in asked] == [7]
    assert view.visualRect(model.index(7, 0)).contains(view.viewport().mapFromGlobal(asked[0][1]) - QPoint(0, 1))

    under = view.visualRect(model.index(3, 1)).center()
    mouse = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, under, view.viewport().mapToGlobal(under))
    QApplication.sendEvent(view.viewport(), mouse)
    assert [row for row, _ in asked] == [7, 3]

    below = QPoint(5, view.viewport().height() - 2)  # no row there once the rows end
    model.removeRows(5, 25)
    QApplication.sendEvent(
        view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, below, view.viewport().mapToGlobal(below))
    )
    assert len(asked) == 2
