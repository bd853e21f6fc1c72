"""For tests: a real RefDesk database file, then damaged as a failing disk or a stray write would:
pages in the middle overwritten with random bytes, the header (page 1) left intact."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
import sys
from pathlib import Path

HEADER = b"SQLite format 3\x00"


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so that what is damaged below is the data itself."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def damage(path: Path, pages: int = 31, seed: int = 7) -> list[int]:
    """Overwrite *pages* pages from the middle half of the file at *path* with random bytes (each
    database connection to it closed first); returns their numbers (1-based).  Page 1 stays."""
    checkpoint(path)
    data = bytearray(path.read_bytes())
    assert data[:16] == HEADER
    size = int.from_bytes(data[16:18], "big")
    size = 65536 if size == 1 else size
    count = len(data) // size
    assert count >= 8, "too small a database to damage in the middle"
    rng = random.Random(seed)
    chosen = rng.sample(range(count // 4, 3 * count // 4), min(pages, count // 2))
    for index in chosen:
        data[index * size : (index + 1) * size] = rng.randbytes(size)
    path.write_bytes(bytes(data))
    assert path.read_bytes()[:100] == bytes(data[:100])  # the header is intact
    return sorted(i + 1 for i in chosen)


FAKE_SHELL = '''#!{python}
"""Stands in for SQLite's sqlite3 program where its .recover works: .recover is a dump of what reads."""
import sqlite3, sys
args = [a for a in sys.argv[1:] if not a.startswith("-")]
if args[0] == ":memory:":
    sys.exit(0)
if args[1:] == [".recover"]:
    con = sqlite3.connect(f"file:{{args[0]}}?mode=ro", uri=True)
    sys.stdout.write("\\n".join(con.iterdump()))
    sys.exit(0)
con = sqlite3.connect(args[0])
con.executescript(sys.stdin.read())
con.close()
'''


def fake_recovering_shell(tmp_path: Path, monkeypatch) -> Path:
    """A stand-in ``sqlite3`` first on PATH whose ``.recover`` works (Debian 12's does not)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    shell = folder / "sqlite3"
    shell.write_text(FAKE_SHELL.format(python=sys.executable))
    shell.chmod(shell.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return shell
