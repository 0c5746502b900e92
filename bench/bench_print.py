"""How long the big print jobs take: 500 participants across 63 tables (target: under 2 s each)."""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # made-up people to print

import document_examples as examples  # noqa: E402

from facilitator.documents import fonts  # noqa: E402
from facilitator.documents.groups import groups_pdf  # noqa: E402
from facilitator.documents.layout import TitleBlock  # noqa: E402
from facilitator.documents.paper import Paper  # noqa: E402
from facilitator.documents.seating import seating_pdf  # noqa: E402
from facilitator.documents.tents import tents_pdf  # noqa: E402

PEOPLE = 500
TABLES = 63
TARGET_S = 2.0


def main() -> int:
    fonts.register()
    people = examples.people(PEOPLE)
    groups = examples.groups(people, 8)
    plan = examples.seating(people, TABLES, seats=8)
    block = TitleBlock("Benchmark", "Benchmark series", "Session 1: Everyone", "Saturday 6 June 2026", "09:00–16:00",
                       "Main hall")
    jobs = [("group list", lambda: groups_pdf([groups], block, Paper.LETTER)),
            ("seating chart", lambda: seating_pdf(plan, block, Paper.LETTER)),
            ("name tents", lambda: tents_pdf(people, block, Paper.LETTER))]
    print(f"{PEOPLE} participants, {TABLES} tables, {len(groups.groups)} groups")
    print(f"{'document':16}{'seconds':>9}{'pages':>7}{'KiB':>8}  target < {TARGET_S:g} s")
    failed = False
    for name, job in jobs:
        start = time.perf_counter()
        pdf = job()
        elapsed = time.perf_counter() - start
        pages = len(re.findall(rb"/Type /Page[^s]", pdf))
        ok = elapsed < TARGET_S
        failed |= not ok
        print(f"{name:16}{elapsed:9.2f}{pages:7}{len(pdf) / 1024:8.0f}  {'ok' if ok else 'TOO SLOW'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
