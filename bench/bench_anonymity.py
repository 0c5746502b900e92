"""Redaction at the sizes people reach: a 40-person roster, a series of 10,000 notes, two backups.

Targets: the external summary of a session with 200 illustrative quotes is redacted and reviewed
in under 2 s; erasing one person (every note redacted, the search index rebuilt, the workspace
and both backups scanned for what still names them) in under 20 s. Exits 1 when a target is
missed. Figures depend on the machine.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from facilitator import documents
from facilitator.plan import templates
from facilitator.roster import personal_data
from facilitator.storage import notes, open_workspace, roster, themes
from facilitator.storage.backup import create_backup

FIRST = ["Marcus", "Grace", "Olivia", "Tomás", "Дмитрий", "Minh Khai", "Will", "Hope", "Zoë", "Kwame"]
FAMILY = ["Okafor", "O'Brien-Smith", "de la Cruz", "Соколов", "Nakamura", "Park", "Tanner", "Mensah"]
WORDS = "we talked about the buses rent schools trust and how the park will open again in may".split()


def main() -> int:
    missed = []
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "w.db")
        series = templates.create_series(db, templates.get_template("breakthrough"), title="Bench")
        people = [roster.add_participant(db, series.id, name=f"{rng.choice(FIRST)} {rng.choice(FAMILY)} {i}")
                  for i in range(40)]
        session = series.sessions[0]
        theme = themes.create_theme(db, series.id, "Getting around")
        for i in range(10_000):
            words = rng.sample(WORDS, 8)
            if i % 5 == 0:
                words.insert(3, people[i % 40].name.split()[0])
            note = notes.add_note(db, session.id, text=" ".join(words).capitalize() + ".", kind="quote")
            if i < 200:
                themes.tag_notes(db, theme["id"], [note.id])
                themes.set_illustrative(db, theme["id"], note.id, True)
        began = time.perf_counter()
        documents.accept_all_passages(db, series.id, session.id)
        documents.external_summary(db, series.id, session.id)
        review = time.perf_counter() - began
        print(f"summary of 200 quotes redacted and reviewed: {review:.2f} s (target < 2 s)")
        if review >= 2:
            missed.append("review")
        create_backup(db, label="manual")
        create_backup(db, label="manual")
        began = time.perf_counter()
        result = personal_data.erase_participant(db, series.id, people[0].id)
        erase = time.perf_counter() - began
        print(f"erase from 10,000 notes and 2 backups: {erase:.1f} s (target < 20 s); "
              f"{sum(result['redacted'].values())} texts redacted, {len(result['backups'])} backups hold them")
        if erase >= 20:
            missed.append("erase")
        db.close()
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
