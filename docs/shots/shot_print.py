"""Screenshots of printing: the first page of every document as PNG (via ``pdftoppm``), and the
Print & share page. Run through ``docs/make_screenshots.py print`` or on its own.

Everything comes from the demo series as the app builds it: its roster, groups made by the
grouping engine and seated at tables, the demo notes, themes, debrief and framework.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from facilitator import documents  # noqa: E402
from facilitator.demo.notes import add_demo_notes  # noqa: E402
from facilitator.demo.series import ensure_demo  # noqa: E402
from facilitator.documents import sources  # noqa: E402
from facilitator.documents.paper import Paper  # noqa: E402
from facilitator.groups import assign  # noqa: E402
from facilitator.plan.model import AttendanceStatus  # noqa: E402
from facilitator.storage import notes, open_workspace, roster, seating, themes  # noqa: E402


def build_workspace(path: Path):
    db = open_workspace(path)
    series_id = ensure_demo(db, today=date(2026, 3, 1))
    add_demo_notes(db, series_id)
    series, _ = sources.load(db, series_id, None)
    session = series.sessions[0]
    for index, participant in enumerate(sources.participants(db, series_id)):
        roster.set_attendance(db, session.id, participant.id,
                              AttendanceStatus.ABSENT if index in (3, 9) else AttendanceStatus.PRESENT)
    # A quote that names someone, as happens when notes are typed fast: the external summary
    # takes the name out and the review pane shows where.
    quote = notes.add_note(db, session.id, kind="quote",
                           text="When Amara Okafor told her story, I understood why this matters to families.")
    trust = next(t for t in themes.list_themes(db, series_id) if t["title"] == "Trust")
    themes.tag_notes(db, trust["id"], [quote.id])
    themes.set_illustrative(db, trust["id"], quote.id, True)
    breakout = assign.assign_groups(db, session.id, groups=4, time_limit=0.5, seed=1).rounds[0]
    seating.seat_round(db, breakout.id)
    return db, series_id, session


def shoot_documents(out_dir: Path) -> list[Path]:
    pdftoppm = shutil.which("pdftoppm")
    if not pdftoppm:
        print("pdftoppm not found (install poppler-utils): skipping the document renders", file=sys.stderr)
        return []
    target = out_dir / "print"
    target.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory() as work:
        db, series_id, session = build_workspace(Path(work) / "shots.db")
        # A person reviews the external summary's passages before it is shared; the shot shows it then.
        from facilitator.ops.documents import accept_all_passages

        accept_all_passages(db, series_id, session.id)
        for kind in documents.KINDS:
            pdf_path = Path(work) / f"{kind}.pdf"
            pdf_path.write_bytes(documents.render(db, kind, series_id, session.id, paper=Paper.LETTER))
            subprocess.run([pdftoppm, "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf_path),
                            str(target / kind)], check=True)
            written.append(target / f"{kind}.png")
        db.close()
    return written


def shoot_page(out_dir: Path) -> list[Path]:
    """The Print & share page with the run-sheet previewed (needs a QApplication)."""
    import qasync
    from PySide6.QtWidgets import QApplication

    from ui.print_share import PrintSharePage
    from ui.workspace import Workspace

    app = QApplication.instance()
    if app is None:
        return []
    with tempfile.TemporaryDirectory() as work:
        db, series_id, _session = build_workspace(Path(work) / "page.db")
        db.close()
        workspace = Workspace(Path(work) / "page.db")
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        page = PrintSharePage(workspace, series_id)
        page.resize(1200, 800)
        page.show()

        async def wait_ready():
            waited = 0.0
            while not page.documents.is_ready():
                await asyncio.sleep(0.05)
                waited += 0.05
                if waited > 5 and not page.documents.busy():  # a preview asked for before the page showed
                    page.documents.refresh()
                    waited = 0.0

        loop.run_until_complete(wait_ready())
        path = out_dir / "print" / "print_share_page.png"
        page.grab().save(str(path))
        page.documents.kind.setCurrentIndex(page.documents.kind.findData("summary-external"))

        async def wait_built():  # a summary waiting for review previews as a draft, never "ready"
            await asyncio.sleep(0.05)
            while page.documents.busy():
                await asyncio.sleep(0.05)

        loop.run_until_complete(wait_built())
        review_path = out_dir / "print" / "print_share_review.png"
        page.grab().save(str(review_path))
        page.tabs.setCurrentWidget(page.messages)
        page.messages.template.setCurrentIndex(page.messages.template.findData("reminder-day-before"))
        messages_path = out_dir / "print" / "print_share_messages.png"
        page.grab().save(str(messages_path))
        page.close()
        workspace.close()
        loop.close()
        asyncio.set_event_loop(None)
    return [path, review_path, messages_path]


def shoot(out_dir: Path) -> list[Path]:
    return shoot_documents(out_dir) + shoot_page(out_dir)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])
    for written_path in shoot(ROOT / "docs" / "screenshots"):
        print(written_path.relative_to(ROOT))
