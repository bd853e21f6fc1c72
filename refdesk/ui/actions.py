"""Window features that add menu entries, dialogs or shortcuts to the main window.

Each module listed in ``FEATURES`` defines ``install(window)``; it is called once when the main
window is built, in this order.  Keep heavy imports inside the functions that need them.
"""

from __future__ import annotations

import importlib

FEATURES = (
    "refdesk.ui.backups.dialog",
    "refdesk.ui.thanks.checklist",
    "refdesk.ui.backups.export",
    "refdesk.ui.importing.history",
    "refdesk.ui.partners.actions",
    "refdesk.ui.referrals.log",
    "refdesk.ui.team.connect",
)


def install_all(window) -> None:
    for name in FEATURES:
        importlib.import_module(name).install(window)
