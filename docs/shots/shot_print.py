"""Screenshots of printing: the first page of every document as PNG (via ``pdftoppm``), and the
Print & share page. Run through ``docs/make_screenshots.py print`` or on its own.

Groups, seating, notes and the framework are filled with ``facilitator.documents.examples`` data,
so every document has something real-looking on it even before those features store their own.
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
from facilitator.demo import ensure_demo  # noqa: E402
from facilitator.documents import examples, sources  # noqa: E402
from facilitator.documents.paper import Paper  # noqa: E402
from facilitator.model import AttendanceStatus  # noqa: E402
from facilitator.storage import open_workspace, roster  # noqa: E402

ROSTER = [
    ("Nguyễn Thị Minh Khai", "Khai", "she/her", "Riverside Unified", "by_name"),
    ("Дмитрий Соколов", "", "he/him", "Smith & Sons <Learning>", "organization"),
    ("Αλέξανδρος Παπαδόπουλος", "Alex", "he/him", "City Youth Council", "anonymous"),
    ("Maria-Fernanda de los Santos Villalobos", "Mafe", "she/her", "Northside Parents Association", ""),
    ("Amara Okafor", "", "she/her", "Eastside Charter Network", "by_name"),
    ("Ben Lindqvist", "", "he/him", "Teachers' Union Local 12", ""),
    ("Carmen Ruiz", "", "she/her", "Families for Schools", "organization"),
    ("Farid Haddad", "", "he/him", "Community Foundation", ""),
    ("Grace Kim", "", "they/them", "Riverside Unified", "by_name"),
    ("Hiro Tanaka", "", "he/him", "Eastside Charter Network", ""),
    ("Isabel Moreau", "", "she/her", "City Youth Council", ""),
    ("Jamal Brooks", "", "he/him", "Families for Schools", "by_name"),
    ("Keiko Nakamura", "", "she/her", "Teachers' Union Local 12", ""),
    ("Liam O'Neill", "", "he/him", "Northside Parents Association", ""),
    ("Priya Shah", "", "she/her", "Community Foundation", ""),
    ("Rosa Delgado", "", "she/her", "Riverside Unified", ""),
    ("Samir Aziz", "", "he/him", "Eastside Charter Network", ""),
    ("Tara Murphy", "", "she/her", "City Youth Council", ""),
    ("Wen Zhang", "", "they/them", "Families for Schools", ""),
    ("Zoë Müller", "", "she/her", "Teachers' Union Local 12", ""),
    ("Yusuf Patel", "", "he/him", "Northside Parents Association", ""),
    ("Olga Ivanova", "", "she/her", "Community Foundation", ""),
]


def build_workspace(path: Path):
    db = open_workspace(path)
    series_id = ensure_demo(db, today=date(2026, 3, 1))
    for index, (name, preferred, pronouns, org, ack) in enumerate(ROSTER):
        roster.add_participant(db, series_id, name=name, preferred_name=preferred, pronouns=pronouns,
                               organization=org, perspective=examples.PERSPECTIVES[index % 8], acknowledgement=ack,
                               email=f"person{index}@example.org")
    series, _ = sources.load(db, series_id, None)
    session = series.sessions[0]
    for index, participant in enumerate(sources.participants(db, series_id)):
        roster.set_attendance(db, session.id, participant.id,
                              AttendanceStatus.ABSENT if index in (3, 9) else AttendanceStatus.PRESENT)
    return db, series_id, session


def example_data(db, series_id):
    people = [sources.person(p) for p in sources.participants(db, series_id)]
    summary = sources.summary(db, sources.load(db, series_id, None)[0].sessions[0])
    sample = examples.summary(people)
    sample.themes[0].quotes.append("When Amara Okafor told her story, I understood why this matters to families.")
    summary.themes, summary.notes, summary.debrief = sample.themes, sample.notes, sample.debrief
    return dict(groups=[examples.groups(people, 6)], plan=examples.seating(people, 4, seats=6), summary=summary,
                framework=examples.framework())


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
        data = example_data(db, series_id)
        for kind in documents.KINDS:
            pdf_path = Path(work) / f"{kind}.pdf"
            pdf_path.write_bytes(documents.render(db, kind, series_id, session.id, paper=Paper.LETTER, **data))
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
            while not page.documents.is_ready():
                await asyncio.sleep(0.05)

        loop.run_until_complete(wait_ready())
        path = out_dir / "print" / "print_share_page.png"
        page.grab().save(str(path))
        page.close()
        workspace.close()
        loop.close()
        asyncio.set_event_loop(None)
    return [path]


def shoot(out_dir: Path) -> list[Path]:
    return shoot_documents(out_dir) + shoot_page(out_dir)


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FACILITATOR_DATA_DIR", tempfile.mkdtemp())
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])
    for written_path in shoot(ROOT / "docs" / "screenshots"):
        print(written_path.relative_to(ROOT))
