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
