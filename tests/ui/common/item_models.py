"""What every item model in RefDesk is checked for: Qt's model tester, and the type of every value.

``check(qtmodeltester, model)`` runs pytest-qt's Python model tester (``force_py=True``: it fails
the test at the first rule broken, where Qt's own tester only logs a warning), which checks the
model again after every reset, insert, removal or change.  That tester looks at the roles of the
first cell only; ``every_cell`` looks at each cell and header section, and runs after every change
too.  A view shows what these return, so a wrong type is a cell drawn empty or a crash in Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap

R = Qt.ItemDataRole
TEXT_ROLES = (R.DisplayRole, R.ToolTipRole, R.StatusTipRole, R.WhatsThisRole, R.AccessibleTextRole)
TYPED_ROLES = {
    R.FontRole: (QFont,),
    R.BackgroundRole: (QColor, QBrush),
    R.ForegroundRole: (QColor, QBrush),
    R.DecorationRole: (QPixmap, QImage, QIcon, QColor, QBrush),
}
ALIGNMENT_MASK = int(Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignVertical_Mask)


def check(qtmodeltester, model: QAbstractItemModel) -> None:
    """Check *model* now and after each change it announces, until the test ends."""
    qtmodeltester.check(model, force_py=True)
    # The tester checks the model on modelReset before it notes that the reset is over; there it asks
    # the model to fetch more, so a windowed model (the referral log) inserts its next batch "during
    # the reset" and is refused, though Qt's own tester and views accept it.  Noting the end of the
    # reset first lets the tester check such a model across resets too.
    model.modelReset.disconnect(qtmodeltester._run)
    model.modelReset.connect(qtmodeltester._run)
    every_cell(model)
    for signal in (model.modelReset, model.rowsRemoved, model.layoutChanged):
        signal.connect(lambda *_args, m=model: every_cell(m))
    model.rowsInserted.connect(lambda _parent, first, last, m=model: every_cell(m, range(first, last + 1)))
    model.dataChanged.connect(
        lambda top_left, bottom_right, *_roles, m=model: every_cell(m, range(top_left.row(), bottom_right.row() + 1))
    )


def columns(model: QAbstractItemModel) -> int:
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def every_cell(model: QAbstractItemModel, rows: range | None = None) -> None:
    """Each role of each cell (of *rows*, default all) holds what Qt expects of it, or nothing; so
    does each header section."""
    for row in range(model.rowCount()) if rows is None else rows:
        for column in range(columns(model)):
            index = model.index(row, column)
            where = f"row {row}, column {column}"
            assert index.isValid(), where
            assert model.flags(index) & Qt.ItemFlag.ItemIsEnabled, f"{where}: a row that cannot be used"
            for role in TEXT_ROLES:
                value = model.data(index, role)
                assert value is None or isinstance(value, str), f"{where}, {role.name}: {value!r}"
            for role, types in TYPED_ROLES.items():
                value = model.data(index, role)
                assert value is None or isinstance(value, types), f"{where}, {role.name}: {value!r}"
            _alignment(model.data(index, R.TextAlignmentRole), where)
            assert model.data(index, R.CheckStateRole) is None, f"{where}: a check box nobody asked for"
    if not isinstance(model, QAbstractListModel):
        for section in range(model.columnCount()):
            where = f"header {section}"
            title = model.headerData(section, Qt.Orientation.Horizontal, R.DisplayRole)
            assert isinstance(title, str) and title, f"{where}: {title!r}"
            tip = model.headerData(section, Qt.Orientation.Horizontal, R.ToolTipRole)
            assert tip is None or isinstance(tip, str), f"{where}: {tip!r}"
            _alignment(model.headerData(section, Qt.Orientation.Horizontal, R.TextAlignmentRole), where)
    assert not model.index(model.rowCount(), 0).isValid()
    assert model.rowCount(model.index(0, 0)) == 0 or not model.index(0, 0).isValid()  # a flat list


def _alignment(value, where: str) -> None:
    if value is None:
        return
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise AssertionError(f"{where}: {value!r} is not an alignment") from None
    assert number == number & ALIGNMENT_MASK, f"{where}: {value!r}"


def texts(model: QAbstractItemModel, column: int) -> list[str]:
    """What column *column* shows, top to bottom."""
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def titles(model: QAbstractItemModel) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
