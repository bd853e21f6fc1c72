"""``refdesk install-desktop-entry``: put RefDesk in the desktop's application menu for this user.

Copies the icon (SVG plus PNG sizes) into ``$XDG_DATA_HOME/icons/hicolor`` and a
``refdesk.desktop`` file into ``$XDG_DATA_HOME/applications`` (``$XDG_DATA_HOME``
defaults to ``~/.local/share``).  The entry's ``Exec`` line starts this very
installation of RefDesk: the bundle, the ``refdesk-gui`` script beside this
Python, or ``python -m refdesk`` from this checkout.  Nothing needs root.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from refdesk import assets
from refdesk.commands.common import CliProblem
from refdesk.i18n import _, ngettext

log = logging.getLogger(__name__)

DESKTOP_ID = "refdesk"  # matches QGuiApplication.setDesktopFileName("refdesk")


def data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME")
    return Path(env).expanduser() if env else Path.home() / ".local" / "share"


def _quote_exec_arg(arg: str) -> str:
    """Quote one argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec key")."""
    arg = arg.replace("%", "%%")
    if re.search(r'[\s"\'\\><~|&;$*?#()`]', arg):
        arg = '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$") + '"'
    return arg


def launch_command() -> tuple[list[str], Path | None]:
    """The command that starts this installation's window, and the folder to start it in (or None)."""
    if getattr(sys, "frozen", False):
        return [sys.executable], None
    bindir = Path(sys.executable).parent
    for name in ("refdesk-gui", "refdesk-gui.exe"):
        script = bindir / name
        if script.is_file():
            return [str(script)], None
    # A checkout run with ``python -m refdesk``: start it from the checkout.
    return [sys.executable, "-m", "refdesk"], Path(__file__).resolve().parents[2]


def desktop_entry_text(template: str, command: list[str], workdir: Path | None) -> str:
    """The template with this installation's Exec (and TryExec, Path) filled in."""
    lines = []
    for line in template.splitlines():
        if line.startswith(("Exec=", "TryExec=", "Path=")):
            continue
        lines.append(line)
    at = next((i for i, line in enumerate(lines) if line.startswith("Name=")), len(lines) - 1) + 1
    extra = [f"Exec={' '.join(_quote_exec_arg(a) for a in command)}", f"TryExec={command[0]}"]
    if workdir is not None:
        extra.append(f"Path={workdir}")
    lines[at:at] = extra
    return "\n".join(lines) + "\n"


@dataclass
class Installed:
    desktop_file: Path
    icons: list[Path] = field(default_factory=list)


def install(home: Path | None = None) -> Installed:
    """Install the icon and the desktop entry under *home* (default ``$XDG_DATA_HOME``), from
    the files inside the package (``refdesk/assets``)."""
    home = home or data_home()
    gone = assets.missing()
    if gone:
        raise FileNotFoundError(
            _("This installation of RefDesk lacks {files}; reinstall RefDesk.").format(files=", ".join(gone))
        )
    done = Installed(home / "applications" / f"{DESKTOP_ID}.desktop")
    hicolor = home / "icons" / "hicolor"
    for size, png in assets.icon_pngs().items():
        target = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
        done.icons.append(target)
    svg = hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(assets.path(assets.ICON_SVG), svg)
    done.icons.append(svg)

    command, workdir = launch_command()
    text = desktop_entry_text(assets.text(assets.DESKTOP_FILE), command, workdir)
    done.desktop_file.parent.mkdir(parents=True, exist_ok=True)
    partial = done.desktop_file.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    os.chmod(partial, 0o755)  # some desktops only trust executable entries
    os.replace(partial, done.desktop_file)
    _refresh_caches(home)
    log.info("desktop entry installed: %s", done.desktop_file)
    return done


def uninstall(home: Path | None = None) -> list[Path]:
    home = home or data_home()
    removed = []
    candidates = [home / "applications" / f"{DESKTOP_ID}.desktop"]
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        candidates += list(hicolor.glob(f"*/apps/{DESKTOP_ID}.png")) + list(hicolor.glob(f"*/apps/{DESKTOP_ID}.svg"))
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path) -> None:
    """Tell the desktop about the change, where the usual tools are installed (optional)."""
    for tool, arg in (
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        exe = shutil.which(tool)
        if exe and arg.is_dir():
            extra = ["-f", "-t"] if tool == "gtk-update-icon-cache" else []
            try:
                subprocess.run([exe, *extra, str(arg)], capture_output=True, timeout=30, check=False)
            except (OSError, subprocess.SubprocessError):
                log.info("%s failed; the desktop will notice the entry on its own", tool)


def cmd_install_desktop_entry(args: argparse.Namespace) -> int:

    try:
        if args.uninstall:
            removed = uninstall()
            if not removed:
                print(_("RefDesk's menu entry was not installed; nothing to remove."))
            for path in removed:
                print(_("Removed {path}").format(path=path))
            return 0
        done = install()
    except FileNotFoundError as exc:
        raise CliProblem(str(exc)) from exc
    except OSError as exc:
        raise CliProblem(
            _("The menu entry could not be installed: {reason} ({path}).").format(
                reason=exc.strerror or exc, path=exc.filename or data_home()
            )
        ) from exc
    print(_("Installed {path}").format(path=done.desktop_file))
    icons = len(done.icons)
    print(
        ngettext(
            "Installed {count} icon file under {folder}", "Installed {count} icon files under {folder}", icons
        ).format(count=icons, folder=done.icons[0].parents[2])
    )
    print(_("RefDesk now appears in your desktop's application menu (log out and in if it does not show yet)."))
    return 0


def register(add) -> None:
    p = add(
        "install-desktop-entry",
        cmd_install_desktop_entry,
        _("Add RefDesk (with its icon) to your desktop's application menu, for this user only."),
    )
    p.add_argument("--uninstall", action="store_true", help=_("remove the menu entry and icons again"))
    p.set_defaults(database_access="none")
