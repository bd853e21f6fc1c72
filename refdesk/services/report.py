"""A problem report a user can send: what went wrong and where, without their data.

``versions()`` is what About shows and every report starts with.  ``problem_report()`` adds the
traceback and, only when the user agrees, the last lines of the log; email addresses and phone
numbers are masked everywhere, and the home folder is written ``~`` so the user's account name
stays out of it.  Qt-free: the window passes Qt's versions in.
"""

from __future__ import annotations

import platform
import re
import sys
import traceback
from collections import deque
from pathlib import Path
from types import TracebackType

from refdesk import APP_NAME, __version__
from refdesk.services import formatting

LOG_LINES = 50
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A run of digits, spaces, dots, dashes, slashes and brackets with at least 7 digits; an ISO
# date and time (the log's own timestamps) is not a phone number.
PHONE = re.compile(r"(?<![\w])\+?\(?\d[\d ().\-/]{5,}\d(?![\w])")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}(?::\d{2})*)?$")


def _mask_phone(match: re.Match[str]) -> str:
    found = match.group(0)
    if ISO.match(found) or sum(c.isdigit() for c in found) < 7:
        return found
    return "[phone]"


def mask(text: str) -> str:
    """*text* with email addresses, phone numbers and the home folder's path masked."""
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub(_mask_phone, text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def versions(extra: dict[str, str] | None = None) -> dict[str, str]:
    """RefDesk's version, the platform, Python's and (from the window) Qt's and PySide6's."""
    found = {
        APP_NAME: __version__,
        "Platform": platform.platform(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
    }
    found.update(extra or {})
    if getattr(sys, "frozen", False):
        found["Installed as"] = "bundle"
    return found


def last_lines(path: Path | None, count: int = LOG_LINES) -> list[str]:
    """The last *count* lines of the log file (none if it cannot be read)."""
    if path is None:
        return []
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return [line.rstrip("\n") for line in deque(handle, maxlen=count)]
    except OSError:
        return []


def problem_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    versions_seen: dict[str, str],
    log_path: Path | None = None,
    include_log: bool = False,
) -> str:
    """The report as plain text, ready to paste into an email, masked throughout."""
    parts = [f"{APP_NAME} problem report", ""]
    parts += [f"{key}: {value}" for key, value in versions_seen.items()]
    parts += ["", "What happened:", "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()]
    if include_log:
        lines = last_lines(log_path)
        parts += ["", f"The log's last {formatting.count(len(lines), 'line')}:", *lines]
    else:
        parts += ["", "(The log was left out.)"]
    return mask("\n".join(parts)) + "\n"
