"""Team mode: importing a 100,000-row Google Contacts CSV into PostgreSQL vs into SQLite.

Issue 9's target: the PostgreSQL import stays within 2x of the SQLite import.  Each import is the
whole `refdesk import-contacts FILE` process into an empty, migrated database (de-duplication on,
planner statistics refreshed at the end), alternating the two databases.

    URL=$(bash .ci/postgres.sh start)
    python tests/bench/bench_import_postgres.py POSTGRES_URL [ROWS] [RUNS]

The PostgreSQL database in the URL is emptied (schema dropped) before each run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_postgres import reset  # the script's folder is on sys.path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def timed_import(csv_path: Path, *where: str) -> float:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    cmd = [sys.executable, "-m", "refdesk", *where, "info"]  # creates and migrates the database, untimed
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "refdesk", *where, "import-contacts", str(csv_path)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    url = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    from tests.services.importer.generate import write_google_csv

    times: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    with tempfile.TemporaryDirectory() as tmp:
        csv_path = write_google_csv(Path(tmp) / "google.csv", rows)
        for i in range(runs):
            times["sqlite"].append(timed_import(csv_path, "--data-dir", str(Path(tmp) / f"s{i}")))
            reset(url)
            times["postgresql"].append(
                timed_import(csv_path, "--data-dir", str(Path(tmp) / f"p{i}"), "--database-url", url)
            )
            print(
                f"run {i + 1}: SQLite {times['sqlite'][-1]:.2f} s, PostgreSQL {times['postgresql'][-1]:.2f} s",
                flush=True,
            )
    print(f"import-contacts, {rows:,} Google Contacts rows, {runs} runs (whole process)")
    for name, values in times.items():
        print(f"  {name:<10} best {min(values):6.2f} s   median {statistics.median(values):6.2f} s")
    ratio = statistics.median(times["postgresql"]) / statistics.median(times["sqlite"])
    print(f"  PostgreSQL / SQLite (medians): {ratio:.2f}x (target <= 2)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
