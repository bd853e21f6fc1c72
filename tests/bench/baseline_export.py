"""The export's baseline: the standard library's csv writing the same tables into a deflated zip.

    python tests/bench/baseline_export.py DATA_DIR/refdesk.db OUT.zip

What ``refdesk export`` is measured against (its target: at most twice this): ``sqlite3`` reads each
table in id order and ``csv.writer`` writes every row as it comes, one UTF-8 CSV per table.  No
words for choices, no formula guard, no JSON file, no snapshot: the least a program can do to get
the same tables out.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
import zipfile

TABLES = (
    "import_batch",
    "partner",
    "partner_email",
    "partner_phone",
    "meeting",
    "standing_check",
    "referral",
    "thank_you",
)


def main(db_file: str, target: str) -> None:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for table in TABLES:
            cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY id')
            with zf.open(f"{table}.csv", "w") as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([d[0] for d in cursor.description])
                writer.writerows(cursor)
    con.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
