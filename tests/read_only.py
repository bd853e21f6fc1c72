"""Make a folder read-only for a test, in a way that holds for root too (root ignores permissions).

As root: a read-only bind mount of the folder over itself (then nobody can write it, root included),
else ``chattr +i`` on the folder and its files; as another user: the permissions (0555 / 0444).
Whatever the way, the test is skipped, with the reason, when the folder is still writable.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _run(*args: str) -> bool:
    return subprocess.run(args, capture_output=True, timeout=30).returncode == 0


@contextlib.contextmanager
def read_only(folder: Path, *, files_too: bool = True) -> Iterator[str]:
    """Within the block *folder* (and, with *files_too*, every file in it) cannot be changed; yields how.

    *folder* may be a single file too: then only that file is read-only, its folder stays writable."""
    folder = Path(folder).absolute()
    files_too = files_too and folder.is_dir()
    undo: list[tuple[str, ...]] = []
    how = ""
    try:
        if os.name == "posix" and os.geteuid() == 0:
            if shutil.which("mount") and _run("mount", "--bind", str(folder), str(folder)):
                undo.append(("umount", "-l", str(folder)))
                if _run("mount", "-o", "remount,bind,ro", str(folder)):
                    how = "read-only bind mount"
            if not how and shutil.which("chattr"):
                targets = [str(p) for p in folder.rglob("*") if p.is_file()] if files_too else []
                if _run("chattr", "+i", str(folder), *targets):
                    undo.append(("chattr", "-i", str(folder), *targets))
                    how = "chattr +i"
        elif os.name == "posix":
            for path in [*folder.rglob("*"), folder] if files_too else [folder]:
                path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(("chmod", "-R", "u+w", str(folder)))
            how = "permissions"
        if not how or os.access(folder, os.W_OK):
            pytest.skip("cannot make a read-only folder here (as root: needs mount or chattr +i to be allowed)")
        yield how
    finally:
        for command in reversed(undo):
            _run(*command)
