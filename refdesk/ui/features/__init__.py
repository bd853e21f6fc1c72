"""Window features that add menu entries, dialogs or shortcuts to the main window.

Each module here defines ``install(window)``; it is called once when the main
window is built.  Use ``window.add_file_action(action)`` for File menu entries,
``window.events`` for app-wide signals and ``window.undo_stack`` for undo.
Keep heavy imports inside the functions that need them.
"""

from __future__ import annotations

import importlib
import pkgutil


def install_all(window) -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        install = getattr(module, "install", None)
        if install is not None:
            install(window)
