"""Benchmark: memory and time of vCard imports that used to grow without bound.

    python tests/bench/bench_vcard.py [--cases big,emails10k,...] [--tree DIR] [--json]

Cases (each imported in a child process of its own, into a fresh database; peak RSS in MB and
seconds are that import's):

- ``big``: a 30 MB vCard file (phone exports: every fifth card carries a photo);
- ``emails10k``, ``emails20k``, ``emails40k``: one card with 10,000 / 20,000 / 40,000 EMAIL lines
  (time must grow with the number of lines, not its square);
- ``emails200k``: one card with 200,000 EMAIL lines (refused or truncated in seconds);
- ``longline``: a 50 MB line without a line break inside a card.

``--tree DIR`` imports with the ``refdesk`` package found in DIR (another version of the source),
so ``tests/bench/ab.py OTHER -- bench_vcard.py --cases emails10k`` compares two trees.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import resource, sys, time
from refdesk.db.database import open_database
from refdesk.services.importer import ImportRefused, run_import
path, db_file = sys.argv[1], sys.argv[2]
open_database("sqlite:///" + db_file)
started = time.perf_counter()
try:
    summary = run_import(path)
    created = summary.created
except ImportRefused:
    created = -1
seconds = time.perf_counter() - started
print(seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, created)
"""

PHOTO = "PHOTO;ENCODING=b;TYPE=JPEG:" + "QUJD" * 4000 + "\r\n"  # ~16 kB, one unfolded line


def card(i: int, photo: bool = False, emails: int = 1) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:Person {i}", f"N:{i};Person;;;", f"ORG:Company {i % 977}"]
    lines += [f"EMAIL;TYPE=INTERNET:p{i}.{n}@example.net" for n in range(emails)]
    lines += [f"TEL;TYPE=CELL:+1 555 {i:07d}", "NOTE:Met at the chamber breakfast."]
    text = "\r\n".join(lines) + "\r\n"
    if photo:
        text += PHOTO
    return text + "END:VCARD\r\n"


def write_case(name: str, path: Path) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        if name == "big":
            size, i = 0, 0
            while size < 30 * 1024 * 1024:
                text = card(i, photo=i % 5 == 0)
                fh.write(text)
                size += len(text)
                i += 1
        elif name.startswith("emails"):
            count = int(name.removeprefix("emails").replace("k", "000"))
            fh.write(card(0, emails=count))
        elif name == "longline":
            fh.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Line\r\nNOTE:")
            chunk = "x" * (1024 * 1024)
            for _ in range(50):
                fh.write(chunk)
            fh.write("\r\nEMAIL:long@line.example\r\nEND:VCARD\r\n")
        else:
            raise SystemExit(f"no case {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default="big,emails10k,emails20k,emails40k,emails200k,longline")
    parser.add_argument("--tree", type=Path, default=ROOT, help="import with the refdesk package in this tree")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a case counts as hung")
    args = parser.parse_args()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="refdesk-bench-vcard-") as tmp:
        for name in args.cases.split(","):
            path = Path(tmp) / f"{name}.vcf"
            write_case(name, path)
            db_file = Path(tmp) / f"{name}.db"
            try:
                result = subprocess.run(
                    [sys.executable, "-c", CHILD, str(path), str(db_file)],
                    capture_output=True,
                    text=True,
                    timeout=args.timeout,
                    env={"PYTHONPATH": str(args.tree.resolve()), "PATH": "/usr/bin:/bin"},
                    cwd=tmp,  # not this checkout: the tree named is the one imported
                )
            except subprocess.TimeoutExpired:
                figures[f"{name} s"], figures[f"{name} MB"] = args.timeout, float("nan")
                continue
            if result.returncode != 0:
                sys.stderr.write(result.stderr[-2000:])
                figures[f"{name} s"], figures[f"{name} MB"] = float("nan"), float("nan")
                continue
            seconds, peak, created = result.stdout.split()
            figures[f"{name} s"], figures[f"{name} MB"] = float(seconds), float(peak)
            if not args.json:
                size = path.stat().st_size / 1024 / 1024
                print(
                    f"{name:12} {size:7.1f} MB file  {float(seconds):7.2f} s  peak {float(peak):7.0f} MB  {created} created"
                )
            path.unlink()
            for extra in Path(tmp).glob(f"{name}.db*"):
                extra.unlink()
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
