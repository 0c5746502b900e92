"""A seating chart with no floor plan drawn: laid out from the groups, every present person
printed once at a readable size, no two names overlapping — read back from the PDF's text."""

from __future__ import annotations

import io
from collections import Counter

import pypdf
import pytest
from click.testing import CliRunner

from facilitator import documents
from facilitator.cli import main
from facilitator.documents import fonts
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import roster, seating
from facilitator.storage import series as series_store

GIVEN = ["José", "Nguyễn", "Дмитрий", "Αλέξανδρος", "Amara", "Siobhán", "Wei", "Priya", "Oluwaseun", "Mariana"]
FAMILY = ["Hernández-Castillo", "Văn An", "Соколов", "Papadopoulos", "Okafor", "O'Connell", "Zhang", "Raghunathan",
          "Adeyemi", "Fitzgerald-Montgomery"]


def _text_boxes(pdf: bytes) -> list[tuple[float, float, list[tuple[str, float, float, float, float]]]]:
    """Per page: its width and height, and (text, size, x, y, width) of each string drawn, in points."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        boxes = []

        def visit(text, cm, tm, font, size):
            text = text.strip()
            if not text:
                return
            a, b, c, d, e, f = tm
            A, B, C, D, E, F = cm
            scale = (a * A + b * C) if size else 0
            x, y = e * A + f * C + E, e * B + f * D + F
            real = size * abs(scale or 1)
            name = (font or {}).get("/BaseFont", "")
            face = fonts.BOLD if "Bold" in str(name) else fonts.REGULAR
            boxes.append((text, real, x, y, fonts.width(text, face, real)))

        page.extract_text(visitor_text=visit)
        pages.append((float(page.mediabox.width), float(page.mediabox.height), boxes))
    return pages


def _series(db, count):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="District charter talks")
    perspectives = ["Student", "Parent/caregiver", "Educator", "Community member"]
    for i in range(count):
        roster.add_participant(db, series.id, name=f"{GIVEN[i % 10]} {FAMILY[(i * 3 + i // 10) % 10]} {i}",
                               perspective=perspectives[i % 4])
    return series


@pytest.mark.parametrize("count", [24, 150, 500])
def test_print_seating_right_after_groups_assign(db, count):
    series = _series(db, count)
    session = series.sessions[0]
    absent = roster.list_participants(db, series.id)[:3]
    roster.set_attendance_many(db, session.id, [p.id for p in absent], "absent")
    assign.assign_groups(db, session.id, size=8 if count > 24 else 4, time_limit=0.3)
    pdf = documents.render(db, "seating", series.id, session.id)
    present = {p.name for p in roster.list_participants(db, series.id)} - {p.name for p in absent}
    seen: Counter = Counter()
    for page_width, page_height, boxes in _text_boxes(pdf):
        names = [b for b in boxes if b[0] in present]
        seen.update(b[0] for b in names)
        for text, size, _x, _y, _w in names:
            assert size >= 8, (text, size)
        for text, size, x, y, w in names:
            assert 36 <= x and x + w <= page_width - 36 and 36 <= y <= page_height - 36, (text, x, y)  # in the margins
        names.sort(key=lambda b: b[3])
        for i, (text, size, x, y, w) in enumerate(names):
            for other, osize, ox, oy, ow in names[i + 1:]:
                if oy - y >= size:  # further down the list only lines below this one remain
                    break
                assert x + w <= ox or ox + ow <= x, f"{text!r} overlaps {other!r}"
    assert set(seen) == present and set(seen.values()) == {1}



def test_seating_auto_lays_out_an_editable_room_from_a_chosen_round(db, db_path):
    series = _series(db, 30)
    session = series.sessions[2]
    result = assign.assign_groups(db, session.id, size=5, rounds=2, time_limit=0.3)
    out = CliRunner().invoke(main, ["--db", str(db_path), "seating", "auto", series.id, "3", "--round", "2",
                                    "--table-size", "6"])
    assert out.exit_code == 0, out.output
    plan = seating.seating_plan(db, session.id)
    assert len(plan.tables) == len(result.rounds[1].groups)
    assert all(len(t.seats) == 6 for t in plan.tables)
    for table, group in zip(plan.tables, result.rounds[1].groups):
        assert {s.participant_id for s in table.seats if s.participant_id} == set(group.member_ids)
    assert min(t.y for t in plan.tables) > 0  # rows start back from the front of the room
    bad = CliRunner().invoke(main, ["--db", str(db_path), "seating", "auto", series.id, "3", "--round", "5"])
    assert bad.exit_code == 2 and "no round 5" in bad.output


def test_more_than_sixty_tables_can_be_set_up(db):
    series = _series(db, 2)
    assert len(seating.set_up_tables(db, series.sessions[0].id, count=80, seats=4)) == 80
    assert series_store.get_session(db, series.sessions[0].id)
