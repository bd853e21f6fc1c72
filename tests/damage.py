"""For tests: a real RefDesk database file, then damaged as a failing disk or a stray write would:
pages in the middle overwritten with random bytes, the header (page 1) left intact."""

from __future__ import annotations

import random
import sqlite3
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
