"""App-wide events, on one object every page can reach."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals that cross pages.  Emit after a change is committed."""

    #: a change was made, undone or redone (a ``refdesk.services.edits.Change``), just before data_changed
    change_applied = Signal(object)
    #: something in the database changed; the argument names what ("partners", "referrals", "thanks", "*")
    data_changed = Signal(str)
    #: another database was opened: every page must reload
    database_changed = Signal()
    #: ask the window to show a page (by key) and, optionally, an object on it (a partner or referral id)
    show_requested = Signal(str, object)
    #: a save found the team server's connection gone: the window checks it now (and shows its banner)
    connection_lost = Signal()
