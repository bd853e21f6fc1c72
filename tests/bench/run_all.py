"""Every figure of the speed issue in one run, one table: RefDesk, its baseline, their ratio, the target.

    python tests/bench/run_all.py DATA_DIR [--runs 5] [--only startup,import,...] [--big]

DATA_DIR is a data folder holding a demo database of 10,000 partners and 100,000 referrals (with
``--big``: 50,000 and 1,000,000); when it holds no database yet, ``refdesk demo`` builds one there
first.  The benchmarks are the scripts beside this one, each run as a child process with ``--json``
(or its JSON line) and the number of runs; their medians make the table:

- ``startup``: start → Today painted with its lists, against a bare Qt + peewee window's first
  paint (``bench_startup.py``); target ratio ≤ 1.3.  Two rows: Today as last shown that day (what a
  later start shows at once, marked "updating…"), and Today with its lists read afresh.
- ``import``: a 100,000-row Google Contacts CSV against stdlib csv + ``sqlite3.executemany``
  (``bench_import.py``); target ratio ≤ 2.
- ``checklist``: the thank-you checklist PDF, 1,000 notes and as many as DATA_DIR holds
  (``bench_checklist.py``, databases of its own); targets ≤ 1 s and ≤ 15 s.
- ``export``: ``refdesk export`` against stdlib csv, and ``refdesk referrals --json``'s time and
  peak memory (``bench_export.py``); target ratio ≤ 2, the memory flat (the same with ``--big``).
- ``memory``: peak RSS once every page has been opened (``bench_memory.py``); target ≤ 150 MiB.
- ``partners``: a partner filter keystroke → window painted, median and p95 over 100 keystrokes
  (``bench_partners.py``, one process a run; the table has the medians of the runs); targets
  ≤ 8 ms and ≤ 16 ms.  Below them, the list's repaint alone and the same rows from a bare Python
  item model: the floor under any Python model.
- ``charts``: first paint of the Charts page, matplotlib's import included (``bench_charts.py``);
  target ≤ 600 ms.

Where there is a baseline, each benchmark alternates RefDesk's process and the baseline's, --runs
pairs (after a warm-up round where the benchmark has one).  The load average is printed with each
benchmark: on a busy machine wall times include waiting for a core.  This kind of machine can
change speed by up to 2x from one minute to the next: read ratios from one run, not across runs.
The children's temporary files (their TMPDIR, settings, matplotlib's cache) go to a folder inside
DATA_DIR, removed at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BENCHMARKS = ("startup", "import", "checklist", "export", "memory", "partners", "charts")
IMPORT_ROWS = 100_000


@dataclass
class Row:
    figure: str
    ours: float | None
    base: float | None = None
    ratio: float | None = None
    unit: str = "ms"
    target: str = ""
    ok: bool | None = None  # None: no target, or not one this run can judge


@dataclass
class Context:
    data: Path
    runs: int
    env: dict
    partners: int
    referrals: int
    notes: int


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def child_json(script: str, args: list[str], ctx: Context) -> dict:
    """The JSON object that one run of the benchmark *script* prints last."""
    cmd = [sys.executable, str(HERE / script), *args]
    result = subprocess.run(cmd, env=ctx.env, capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise RuntimeError(f"{script} failed (exit {result.returncode}):\n{tail}")
    return json.loads(lines[-1])


def ratio_row(figure: str, ours: float, base: float, unit: str, limit: float, ratio: float | None = None) -> Row:
    ratio = ours / base if ratio is None else ratio
    return Row(figure, ours, base, ratio, unit, f"ratio ≤ {limit:g}", ratio <= limit)


def limit_row(figure: str, ours: float, unit: str, limit: float, base: float | None = None) -> Row:
    ratio = ours / base if base else None
    return Row(figure, ours, base, ratio, unit, f"≤ {limit:,.0f} {unit}", ours <= limit)


def startup(ctx: Context) -> list[Row]:
    j = child_json("bench_startup.py", ["--runs", str(ctx.runs), "--data-dir", str(ctx.data), "--json"], ctx)
    bare = j["bare Qt + peewee → first paint"]
    fresh = j.get("launch → Today painted with its lists read afresh", j["launch → Today painted with its lists"])
    return [
        # the same start of the day: Today as last shown (marked "updating…"), then read afresh
        ratio_row(
            "start → Today painted with its lists (last known)",
            j["launch → Today painted with its lists"],
            bare,
            "ms",
            1.3,
        ),
        ratio_row("start → Today painted with its lists read afresh", fresh, bare, "ms", 1.3),
        Row("  start → first paint (window frame)", j["launch → first paint (frame)"], bare, None),
    ]


def import_(ctx: Context) -> list[Row]:
    j = child_json("bench_import.py", [str(IMPORT_ROWS), str(ctx.runs)], ctx)
    return [
        ratio_row(
            f"import {IMPORT_ROWS:,}-row Google Contacts CSV",
            j["import_s_median"],
            j["baseline_s_median"],
            "s",
            2,
            j["ratio_median"],  # the median of the rounds' own ratios
        ),
        Row("  the same, CPU time ratio", None, None, j["cpu_ratio_median"], ""),
        Row("  import peak RSS", j["import_peak_rss_mb"], unit="MiB"),
    ]


def checklist(ctx: Context) -> list[Row]:
    sizes = [1000] + ([ctx.notes] if ctx.notes > 1000 else [])
    j = child_json("bench_checklist.py", ["--runs", str(ctx.runs), "--sizes", ",".join(map(str, sizes)), "--json"], ctx)
    rows = [limit_row("checklist PDF, 1,000 notes", j["checklist PDF, 1,000 notes (ms)"], "ms", 1000)]
    if len(sizes) > 1:
        n = f"{ctx.notes:,}"
        rows.append(limit_row(f"checklist PDF, all {n} notes", j[f"checklist PDF, {n} notes (ms)"], "ms", 15000))
        rows.append(Row(f"  CPU, {n} notes", j[f"  CPU, {n} notes (ms)"]))
    return rows


def export(ctx: Context) -> list[Row]:
    j = child_json("bench_export.py", [str(ctx.data), "--runs", str(ctx.runs), "--json"], ctx)
    ratio = j["export / stdlib csv (x100)"] / 100  # the median of the rounds' own ratios
    return [
        ratio_row("refdesk export", j["export (ms)"], j["stdlib csv (ms)"], "ms", 2, ratio),
        Row("  export peak RSS", j["export peak (MiB)"], unit="MiB"),
        Row("refdesk referrals --json", j["referrals --json (ms)"]),
        Row(
            f"  referrals --json peak RSS, {ctx.referrals:,} referrals",
            j["referrals --json peak (MiB)"],
            unit="MiB",
            target="flat (compare with --big)",
        ),
    ]


def memory(ctx: Context) -> list[Row]:
    j = child_json("bench_memory.py", [str(ctx.data), "--runs", str(ctx.runs), "--json"], ctx)
    ours, bare = j["every page opened, peak RSS (MiB)"], j["bare Qt + peewee window, peak RSS (MiB)"]
    rows = [limit_row("every page opened → peak RSS", ours, "MiB", 150, bare)]
    floor = j.get("the same + 3 matplotlib figures, peak RSS (MiB)")
    if floor is not None:  # Charts' stack alone: the bare window showing three matplotlib figures
        rows.append(Row("  bare window + 3 matplotlib figures", floor, unit="MiB"))
    rows += [Row(f"  {key.strip()[:-6]}", value, unit="MiB") for key, value in j.items() if key.startswith("  after")]
    return rows


def partners(ctx: Context) -> list[Row]:
    runs = [
        child_json("bench_partners.py", [str(ctx.data), "--scroll-pages", "10", "--json"], ctx) for _ in range(ctx.runs)
    ]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    at = f"{ctx.partners:,} partners"
    return [
        limit_row(
            f"partner filter keystroke → painted, median ({at})",
            median["filter keystroke → window painted (median)"],
            "ms",
            8,
        ),
        limit_row(
            f"partner filter keystroke → painted, p95 ({at})",
            median["filter keystroke → window painted (p95)"],
            "ms",
            16,
        ),
        Row("  open Partners → first rows painted", median["open page → first rows painted"]),
        Row("  the list's repaint alone, median", median["the list's repaint alone (median)"]),
        Row(
            "  the same rows from a bare Python item model",
            median["the same rows from a bare Python item model (median)"],
        ),
    ] + [
        Row(f"  the same while the reminders are read, {kind}", median[key])
        for kind in ("median", "p95")
        if (key := f"filter keystroke while a background read runs ({kind})") in median
    ]


def charts(ctx: Context) -> list[Row]:
    # its first process warms the caches and is not counted: --runs counted processes
    j = child_json("bench_charts.py", [str(ctx.data), "--runs", str(ctx.runs + 1), "--json"], ctx)
    return [
        limit_row(
            "first Charts paint, matplotlib included", j["Charts first paint (incl. matplotlib import)"], "ms", 600
        ),
        Row("  the same, CPU time", j["Charts first paint, CPU time"]),
    ]


RUNNERS = {
    "startup": startup,
    "import": import_,
    "checklist": checklist,
    "export": export,
    "memory": memory,
    "partners": partners,
    "charts": charts,
}


def value(x: float | None, unit: str) -> str:
    if x is None:
        return "—"
    if unit == "s":
        return f"{x:.2f} s"
    return f"{x:,.0f} {unit}" if x >= 100 else f"{x:.1f} {unit}".rstrip()


def table(results: list[tuple[str, str, list[Row] | str]]) -> str:
    head = f"{'figure (medians)':62} {'RefDesk':>10} {'baseline':>10} {'ratio':>6}  {'target':26} {'':4} load"
    lines = [head, "-" * len(head)]
    for _name, loads, rows in results:
        if isinstance(rows, str):
            lines.append(f"{_name:62} FAILED: {rows.splitlines()[0]}")
            continue
        for i, r in enumerate(rows):
            ratio = "—" if r.ratio is None else f"{r.ratio:.2f}"
            verdict = "" if r.ok is None else "ok" if r.ok else "OVER"
            lines.append(
                f"{r.figure:62} {value(r.ours, r.unit):>10} {value(r.base, r.unit):>10} {ratio:>6}  "
                f"{r.target:26} {verdict:4} {loads if i == 0 else ''}"
            )
    return "\n".join(lines)


def counts(db_file: Path) -> tuple[int, int, int]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return tuple(
            con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("partner", "referral", "thank_you")
        )
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data_dir", type=Path, help="data folder of the demo database (built there if missing)")
    parser.add_argument("--runs", type=int, default=5, help="runs (RefDesk / baseline pairs) of each benchmark")
    parser.add_argument("--only", help=f"comma-separated benchmarks, of: {','.join(BENCHMARKS)}")
    parser.add_argument("--big", action="store_true", help="50,000 partners / 1,000,000 referrals")
    args = parser.parse_args()
    names = list(BENCHMARKS) if not args.only else [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)} (known: {', '.join(BENCHMARKS)})")
    size = (50_000, 1_000_000) if args.big else (10_000, 100_000)
    data = args.data_dir.resolve()
    data.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-tmp-", dir=data))
    try:
        return run(args, names, size, data, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(args: argparse.Namespace, names: list[str], size: tuple[int, int], data: Path, tmp: Path) -> int:
    (tmp / "runtime").mkdir(mode=0o700)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp),  # the benchmarks' temporary folders and databases, the window's socket
        XDG_CONFIG_HOME=str(tmp / "config"),  # RefDesk's settings: not the user's
        XDG_RUNTIME_DIR=str(tmp / "runtime"),
        MPLCONFIGDIR=str(tmp / "matplotlib"),
    )
    db_file = data / "refdesk.db"
    if not db_file.exists():
        print(f"building the {size[0]:,} / {size[1]:,} demo database in {data}…", file=sys.stderr, flush=True)
        demo = ["demo", "--partners", str(size[0]), "--referrals", str(size[1])]
        cmd = [sys.executable, "-m", "refdesk", "--data-dir", str(data), *demo]
        subprocess.run(cmd, env=dict(env, PYTHONPATH=str(ROOT)), check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
    n_partners, n_referrals, n_notes = counts(db_file)
    ctx = Context(data, args.runs, env, n_partners, n_referrals, n_notes)
    header = (
        f"RefDesk {ROOT} on {data}: {n_partners:,} partners, {n_referrals:,} referrals, {n_notes:,} thank-you notes; "
        f"--runs {args.runs}; Python {sys.version.split()[0]}, {os.cpu_count()} cores"
    )
    if (n_partners, n_referrals) != size:
        header += f"\nNOTE: not the {size[0]:,} / {size[1]:,} the targets are set for"
    print(header, flush=True)
    print(f"load average at start (1, 5, 15 min): {load()}", flush=True)
    results: list[tuple[str, str, list[Row] | str]] = []
    for name in names:
        before = load().split()[0]
        print(f"[{name}] running… (load {before})", file=sys.stderr, flush=True)
        started = time.monotonic()
        try:
            rows: list[Row] | str = RUNNERS[name](ctx)
        except (RuntimeError, KeyError) as exc:
            rows = f"{type(exc).__name__}: {exc}"
            print(rows, file=sys.stderr, flush=True)
        after = load().split()[0]
        print(f"[{name}] done in {time.monotonic() - started:.0f} s (load {after})", file=sys.stderr, flush=True)
        results.append((name, f"{before}–{after}", rows))
    print()
    print(table(results))
    print()
    print(f"load average at end (1, 5, 15 min): {load()}; the load column: 1-min load before–after each benchmark")
    return 1 if any(isinstance(rows, str) for _n, _l, rows in results) else 0


if __name__ == "__main__":
    raise SystemExit(main())
