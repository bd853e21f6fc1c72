"""Start at login: a freedesktop autostart entry that starts RefDesk hidden in the tray.  Qt-free.

On Linux and the BSDs the entry is ``$XDG_CONFIG_HOME/autostart/refdesk.desktop`` (``~/.config``
when the variable is unset or not absolute, as the XDG Base Directory specification says); the
desktop starts it at login.  Its ``Exec`` starts this same RefDesk with ``--tray``, and with
``--data-dir`` when the window runs on a data folder other than the platform's usual one.  Turning the
setting off removes the entry.  Windows (a shortcut in the Startup folder, or a ``Run`` value in
the registry) and macOS (a LaunchAgent) are described in docs/reminders.md; they are not written
by this version.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from refdesk import APP_NAME, paths

ENTRY_NAME = "refdesk.desktop"
TRAY_FLAG = "--tray"


class AutostartError(OSError):
    """The entry could not be written or removed; ``str()`` says why."""


def supported() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".config"


def entry_path() -> Path:
    return config_home() / "autostart" / ENTRY_NAME


def command(data_dir: Path | None = None) -> list[str]:
    """The command the entry runs: this RefDesk, hidden in the tray, on *data_dir* when it is not
    the usual data folder (the platform's; REFDESK_DATA_DIR may not be set at login)."""
    if getattr(sys, "frozen", False):  # the bundle: its own program
        argv = [sys.executable]
    else:
        argv = [sys.executable, "-m", "refdesk"]
    usual = platformdirs.user_data_path(APP_NAME, appauthor=False)
    if data_dir is not None and Path(data_dir).absolute() != usual.absolute():
        argv += ["--data-dir", str(Path(data_dir).absolute())]
    return [*argv, TRAY_FLAG]


def quote_exec(argv: list[str]) -> str:
    """*argv* as a desktop entry's ``Exec`` value: arguments with reserved characters in double
    quotes (``"``, `````, ``$`` and ``\\`` escaped inside them), ``%`` doubled, then the string
    value's own backslash escaping (Desktop Entry Specification, "The Exec key")."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    out = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if arg == "" or any(c in reserved for c in arg):
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        out.append(arg)
    return " ".join(out).replace("\\", "\\\\")


def entry_text(data_dir: Path | None = None) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            "Name=RefDesk",
            "Comment=Reminders of the follow-ups, thank-yous and check-ins due (in the tray)",
            f"Exec={quote_exec(command(data_dir))}",
            "Icon=refdesk",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def is_enabled() -> bool:
    return entry_path().is_file()


def enable(data_dir: Path | None = None) -> Path:
    """Write the entry (owner-only, whole, through ``paths.private_file``); its path."""
    path = entry_path()
    try:
        paths.private_folder(path.parent)
        with paths.private_file(path, "w", encoding="utf-8") as fh:
            fh.write(entry_text(data_dir))
    except OSError as exc:
        raise AutostartError(exc.errno, f"{path}: {exc.strerror or exc}") from exc
    return path


def disable() -> None:
    """Remove the entry RefDesk wrote (nothing else); no entry is not an error."""
    path = entry_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise AutostartError(exc.errno, f"{path}: {exc.strerror or exc}") from exc


def set_enabled(on: bool, data_dir: Path | None = None) -> None:
    if on:
        enable(data_dir)
    else:
        disable()
