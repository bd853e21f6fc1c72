"""A tiny line chart of willingness-to-refer scores over time, drawn with QPainter (no matplotlib)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from refdesk.services import formatting


class WillingnessTrend(QWidget):
    """Scores 0–10 over time; the last score is written next to the line so colour is never the only signal."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._points: list[tuple[dt.date, int]] = []
        self.setAccessibleName(self.tr("Willingness trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 4)
        self.set_points([])

    def sizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 5)

    def set_points(self, points: list[tuple[dt.date, int]]) -> None:
        self._points = list(points)
        if not points:
            text = self.tr("No check-ins yet.")
        else:
            scores = ", ".join(f"{formatting.date(d)}: {s}" for d, s in points[-8:])
            text = self.tr("Willingness to refer over time (0–10): %1.").replace("%1", scores)
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        rect = QRectF(self.rect()).adjusted(
            fm.horizontalAdvance("10") + 8, 6, -(fm.horizontalAdvance("10/10") + 12), -6
        )
        grid = QPen(pal.color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        painter.setPen(grid)
        for score in (0, 5, 10):
            y = rect.bottom() - rect.height() * score / 10
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(0, y - fm.height() / 2, rect.left() - 4, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(score),
            )
            painter.setPen(grid)
        if not self._points:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("No check-ins yet"))
            return
        first, last = self._points[0][0], self._points[-1][0]
        span = max(1, (last - first).days)

        def point(day: dt.date, score: int) -> QPointF:
            x = rect.left() + (rect.width() * (day - first).days / span if len(self._points) > 1 else rect.width() / 2)
            return QPointF(x, rect.bottom() - rect.height() * score / 10)

        pts = [point(d, s) for d, s in self._points]
        line = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(line)
        path = QPainterPath(pts[0])
        for p in pts[1:]:
            path.lineTo(p)
        painter.drawPath(path)
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
        for p in pts:
            painter.drawEllipse(p, 3, 3)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        end = pts[-1]
        painter.drawText(
            QRectF(end.x() + 6, end.y() - fm.height() / 2, fm.horizontalAdvance("10/10") + 6, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{self._points[-1][1]}/10",
        )
