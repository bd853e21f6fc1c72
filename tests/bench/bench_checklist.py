"""Benchmark: 1,000 owed thank-yous to a PDF checklist (target ≤ 2 s), plus listing 20,000 for the page.

Run: QT_QPA_PLATFORM=offscreen python tests/bench/bench_checklist.py
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QGuiApplication

from refdesk.db.bulk import insert_rows
from refdesk.db.database import db, open_database
from refdesk.db.models import Partner, Referral, ThankYou
from refdesk.services import thanks
from refdesk.services.checklist import build_checklist
from refdesk.ui.thanks import printing

RUNS = 5


def fill(count: int, status: str = "owed", first: int = 1) -> None:
    start = dt.date.today() - dt.timedelta(days=60)
    with db.atomic():
        insert_rows(
            Partner,
            [Partner.id, Partner.name, Partner.company, Partner.address],
            [
                (
                    first + i,
                    f"Partner {i:05d}",
                    f"Company {i % 300}",
                    f"{i} Maple Street\nSuite {i % 40}\nSpringfield, IL 6270{i % 10}",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            Referral,
            [
                Referral.id,
                Referral.date,
                Referral.direction,
                Referral.partner,
                Referral.prospect_name,
                Referral.prospect_need,
                Referral.closed_value,
                Referral.currency,
            ],
            [
                (
                    first + i,
                    start.isoformat(),
                    "received",
                    first + i,
                    f"Prospect {i}",
                    "office move across town with storage for three months" if i % 4 == 0 else "home move",
                    4200 if i % 5 == 0 else None,
                    "USD",
                )
                for i in range(count)
            ],
        )
        insert_rows(
            ThankYou,
            [
                ThankYou.id,
                ThankYou.partner,
                ThankYou.referral,
                ThankYou.reason,
                ThankYou.method,
                ThankYou.due_date,
                ThankYou.status,
            ],
            [
                (
                    first + i,
                    first + i,
                    first + i,
                    "closed_business" if i % 5 == 0 else "referral_received",
                    "handwritten_card" if i % 3 else "email",
                    (start + dt.timedelta(days=i % 90)).isoformat(),
                    status,
                )
                for i in range(count)
            ],
        )


def timed(func) -> tuple[float, object]:
    started = time.perf_counter()
    result = func()
    return time.perf_counter() - started, result


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    with tempfile.TemporaryDirectory() as folder:
        open_database(f"sqlite:///{folder}/bench.db")
        fill(1000)
        fill(19000, "sent", first=1001)
        print("1,000 owed thank-yous (among 20,000) → PDF checklist; target ≤ 2 s")
        for size in ("A4", "Letter"):
            totals, builds, pdfs, pages = [], [], [], 0
            for run in range(RUNS):
                path = Path(folder) / f"checklist-{size}-{run}.pdf"
                t_build, checklist = timed(lambda: build_checklist("owed"))
                t_pdf, layout = timed(lambda c=checklist, p=path, s=size: printing.write_pdf(c, p, s))
                builds.append(t_build)
                pdfs.append(t_pdf)
                totals.append(t_build + t_pdf)
                pages = len(layout.pages)
                assert checklist.total == 1000
            print(
                f"  {size:6s} {pages} pages, {path.stat().st_size / 1024:.0f} KiB: "
                f"total best {min(totals):.3f} s, median {statistics.median(totals):.3f} s "
                f"(query+words median {statistics.median(builds):.3f} s, "
                f"layout+PDF median {statistics.median(pdfs):.3f} s)"
            )
        listing = [timed(lambda: thanks.list_thank_yous())[0] for _ in range(RUNS)]
        print(f"list_thank_yous, all 20,000 rows: best {min(listing):.3f} s, median {statistics.median(listing):.3f} s")
        search = [timed(lambda: thanks.list_thank_yous(text="storage"))[0] for _ in range(RUNS)]
        print(
            f"list_thank_yous, text search over 20,000: best {min(search):.3f} s, "
            f"median {statistics.median(search):.3f} s"
        )
        db.close()


if __name__ == "__main__":
    main()
