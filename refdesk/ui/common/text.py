"""User text on screen: always shown as the characters typed, never as markup.

Qt guesses whether a label's or a tooltip's text is rich text; a partner named
``<b>Bob</b>`` would then show in bold.  Labels holding user text are set to plain text where
they are made; tooltips cannot be, so every tooltip that holds user text goes through
``plain_tooltip``, which escapes it and marks it as rich text, so Qt shows it literally.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str | None) -> str:
    """*text* as a tooltip that shows exactly these characters (line breaks kept); '' for none."""
    if not text:
        return ""
    escaped = html.escape(str(text), quote=False).replace("\n", "<br/>")
    return f"<qt>{escaped}</qt>"


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = True) -> QLabel:
    """A label for user text: plain text, wrapped, selectable with mouse and keyboard."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label
