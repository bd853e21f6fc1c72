"""Compare this checkout with another source tree on one benchmark, the two alternating in one run.

    git worktree add ../refdesk-before main           # or any commit
    python tests/bench/ab.py ../refdesk-before --rounds 9 -- bench_partners.py DATA_DIR
    python tests/bench/ab.py ../refdesk-before -- bench_startup.py --data-dir DATA_DIR
    python tests/bench/ab.py ../refdesk-before -- bench_charts.py DATA_DIR
    python tests/bench/ab.py ../refdesk-before -- bench_stats.py DATA_DIR
    python tests/bench/ab.py ../refdesk-before --other-data OLD_DIR -- bench_stats.py DATA_DIR

``--other-data`` gives the other tree a data folder of its own in place of the benchmark's
``DATA_DIR`` (an older RefDesk refuses a database a newer one has migrated: copy the folder
before the newer one opens it).

Each round runs the benchmark once for each tree, in a process of its own, this checkout's script
with ``--tree TREE --json`` added (the same measuring code for both; only the RefDesk it imports
differs).  The order alternates from round to round (this, other; other, this) so that a machine
that speeds up or slows down mid-run favours neither.  The first round warms the caches (files,
compiled modules) and is not counted.  Prints, for each figure the benchmark reports, the median
of each tree, their ratio (this / other: below 1 means this checkout is faster), and the median
of the rounds' own ratios (each round's two runs are seconds apart, so that one is the least
swayed by the machine's changing speed).

This kind of machine can change speed by up to 2x from one minute to the next: read ratios from
one run of this script, never across runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def run_once(script: Path, tree: Path, args: list[str]) -> dict[str, float]:
    """The figures one run of *script* on *tree* reports (its last line of output, a JSON object)."""
    result = subprocess.run(
        [sys.executable, str(script), *args, "--tree", str(tree), "--json"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"{script.name} failed on {tree}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(
        usage="%(prog)s OTHER_TREE [--rounds N] -- SCRIPT [ARGS]",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("other", type=Path, help="the other source tree (a checkout or worktree of RefDesk)")
    parser.add_argument("--rounds", type=int, default=7, help="counted rounds (default 7), after one warm-up")
    parser.add_argument(
        "--other-data", type=Path, help="the other tree's data folder, for the benchmark's first folder"
    )
    argv = sys.argv[1:]
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        parser.error("name the benchmark after --, e.g. -- bench_partners.py DATA_DIR")
    cut = argv.index("--")
    args = parser.parse_args(argv[:cut])
    bench = argv[cut + 1 :]
    script = HERE / bench[0]
    trees = {"this": ROOT, "other": args.other.resolve()}
    arguments = {"this": bench[1:], "other": bench[1:]}
    if args.other_data:
        first = next((i for i, a in enumerate(bench[1:]) if Path(a).is_dir()), None)
        if first is None:
            parser.error("--other-data: the benchmark's arguments name no folder")
        arguments["other"] = [str(args.other_data) if i == first else a for i, a in enumerate(bench[1:])]
    figures: dict[str, dict[str, list[float]]] = {}
    for round_ in range(args.rounds + 1):
        order = list(trees) if round_ % 2 == 0 else list(reversed(trees))
        for name in order:
            result = run_once(script, trees[name], arguments[name])
            if round_ == 0:
                continue  # warm-up
            for figure, value in result.items():
                figures.setdefault(figure, {"this": [], "other": []})[name].append(float(value))
        if round_:
            print(f"round {round_}/{args.rounds} done", file=sys.stderr, flush=True)
    print(f"{bench[0]}: this = {trees['this']}, other = {trees['other']}; {args.rounds} rounds, alternating")
    print(f"{'figure (medians)':52} {'this':>10} {'other':>10} {'this/other':>11} {'per round':>10}")
    for figure, values in figures.items():
        if not values["this"] or not values["other"]:  # a figure only one tree's RefDesk has
            only = "this" if values["this"] else "other"
            print(f"{figure:52} {'(' + only + ' only)':>21} {statistics.median(values[only]):11.1f}")
            continue
        this, other = statistics.median(values["this"]), statistics.median(values["other"])
        ratio = this / other if other else float("nan")
        paired = statistics.median(a / b for a, b in zip(values["this"], values["other"], strict=True) if b)
        print(f"{figure:52} {this:10.1f} {other:10.1f} {ratio:11.2f} {paired:10.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
