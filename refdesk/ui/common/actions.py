"""Actions, declared: what a menu entry, a button or a shortcut does, in one shape.

An ``ActionSpec`` names an action and says everything about it — its words (with the Alt
letter), the tooltip, the shortcut, the icon — and what it runs.  The window's menus are one
list of them (``refdesk/ui/actions.py``); a page declares its own the same way.  ``make_action``
turns a spec into a ``QAction``, and every tooltip ends with the shortcut, so a user learns it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolButton, QWidget

from refdesk.ui.common import icons

Shortcut = QKeySequence.StandardKey | str | tuple | None
"""A standard key, a key such as ``"Ctrl+L"``, or a tuple of them (the first is the one menus show)."""


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """The key sequences *shortcut* stands for, in order, without repeats or empty ones."""
    found: list[QKeySequence] = []
    for one in shortcut if isinstance(shortcut, tuple) else (shortcut,):
        if one is None:
            continue
        seq = QKeySequence(one)  # a standard key: its first binding on this platform (none: left out)
        if not seq.isEmpty() and seq not in found:
            found.append(seq)
    return found


@dataclass(frozen=True)
class ActionSpec:
    key: str  # the action's name in ``window.actions`` or ``page.actions``
    text: str  # as in the menu, with "&" before the Alt letter
    tip: str  # what it does, in a sentence (the shortcut is added)
    run: str = ""  # the window: a method's name, or "module:function" called with the window
    shortcut: Shortcut = None
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    role: QAction.MenuRole | None = None


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def make_action(
    parent: QWidget,
    text: str,
    tip: str,
    slot: Callable | None = None,
    *,
    shortcut: Shortcut = None,
    icon: QStyle.StandardPixmap | None = None,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    checkable: bool = False,
    name: str = "",
    attach: bool = True,
) -> QAction:
    """A ``QAction`` on *parent* running *slot*; *attach*: its shortcut works while *parent* is
    shown (False for an action whose key a list handles itself, like Return or Delete)."""
    action = QAction(text, parent)
    if name:
        action.setObjectName(f"action-{name}")
    if shortcut is not None:
        action.setShortcuts(key_sequences(shortcut))
        action.setShortcutContext(context)
    keys = shortcut_text(action)
    full = f"{tip} ({keys})" if keys and tip else tip
    action.setToolTip(full)
    action.setStatusTip(full)
    drawn = icons.for_action(name, icon)  # RefDesk's own set, by the action's name first
    if drawn is not None:
        action.setIcon(drawn)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    if attach:
        parent.addAction(action)
    return action


def from_spec(parent: QWidget, spec: ActionSpec, slot: Callable | None = None) -> QAction:
    """The action *spec* declares, in the language spoken: its words are marked
    ``QT_TRANSLATE_NOOP("actions", …)`` where they are declared."""
    action = make_action(
        parent,
        QCoreApplication.translate("actions", spec.text),
        QCoreApplication.translate("actions", spec.tip) if spec.tip else "",
        slot,
        shortcut=spec.shortcut,
        icon=spec.icon,
        checkable=spec.checkable,
        name=spec.key.replace("_", "-"),
    )
    if spec.role is not None:
        action.setMenuRole(spec.role)
    return action


def tool_button(action: QAction) -> QToolButton:
    """A button showing *action* (text beside its icon), named for screen readers."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    return button


class WordsWhereTheyFit(QObject):
    """A row of *buttons* shows their words where *container* has room for all of them, else only
    their icons (the words stay in their tooltips and accessible names): never words cut short.
    *room* is the width the row may take (the container's, unless given)."""

    def __init__(
        self,
        container: QWidget,
        buttons: Sequence[QToolButton],
        spacing: int,
        room: Callable[[], int] | None = None,
    ):
        super().__init__(container)
        self.container, self.buttons, self.spacing = container, list(buttons), max(0, spacing)
        self.room = room or container.width
        self.needed: int | None = None  # with their words: measured at the first resize
        container.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.container and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        if self.needed is None:  # the buttons still show their words
            self.needed = sum(b.sizeHint().width() + self.spacing for b in self.buttons)
        fits = self.needed <= self.room()
        style = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
        for button in self.buttons:
            button.setToolButtonStyle(style)
