"""Documents that work on paper: what is printed stays on the sheet and says what it should."""

from __future__ import annotations

import io

import pypdf
from clocks import ticking

from facilitator.documents import fonts
from facilitator.documents.data import Person
from facilitator.documents.layout import TitleBlock
from facilitator.documents.paper import Paper

SURNAME = "Wolfeschlegelsteinhausenbergerdorffvoral"  # 40 letters, one word


def _runs(pdf: bytes):
    """Per page: (width, height, [(text, x0, x1, y)]) with each run's horizontal extent in page
    points, whichever way it is turned."""
    out = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        runs = []

        def visit(text, cm, tm, font, size):
            text = text.strip()
            if not text:
                return
            a, b, _c, _d, e, f = tm
            A, B, C, D, E, F = cm
            x, y = e * A + f * C + E, e * B + f * D + F
            dx = a * A + b * C  # how the run advances along x: +1 upright, -1 turned 180°
            scale = abs(dx) or 1
            face = fonts.BOLD if "Bold" in str((font or {}).get("/BaseFont", "")) else fonts.REGULAR
            length = fonts.width(text, face, size * scale)
            runs.append((text, min(x, x + length * (1 if dx >= 0 else -1)), max(x, x + length * (1 if dx >= 0 else -1)), y))

        page.extract_text(visitor_text=visit)
        out.append((float(page.mediabox.width), float(page.mediabox.height), runs))
    return out


def test_a_forty_letter_surname_stays_wholly_on_its_tent_on_both_faces():
    from facilitator.documents.tents import tents_pdf

    for paper in Paper:
        pdf = tents_pdf([Person(f"Ana {SURNAME}", pronouns="she/her", organization="Eastside Parents")],
                        TitleBlock("Name tents", "Charter talks"), paper)
        width, height, runs = _runs(pdf)[0]
        for text, x0, x1, y in runs:
            assert 0 <= x0 and x1 <= width and 0 <= y <= height, (paper, text, x0, x1)
        letters = "".join(text.replace("-", "") for text, *_ in runs)
        assert letters.count(SURNAME) == 2  # whole, on each face (cut in two at most, with a hyphen)
        footers = [text for text, *_ in runs if text.startswith("Name tents")]
        assert len(footers) == 2  # the footer on both faces


def _pdf_text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def test_fishbowl_cards_match_the_blocks_seats_and_mode(db):
    from facilitator import documents
    from facilitator.fishbowl import actions as fishbowl_actions
    from facilitator.fishbowl.circle import FishbowlMode
    from facilitator.fishbowl.plan import fishbowl_block
    from facilitator.plan import templates
    from facilitator.storage import roster

    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")
    for i in range(10):
        roster.add_participant(db, series.id, name=f"Person {i}", perspective=f"Perspective {i}")
    session = next(s for s in series.sessions if fishbowl_block([s]))
    pages = _pdf_text(documents.render(db, "fishbowl", series.id, session.id))
    cards = " ".join(pages).count("FISHBOWL SEAT")
    assert cards == 8  # "Eight Perspectives": eight seats, not one per perspective on the roster
    assert "Perspective 7" in " ".join(pages) and "Perspective 8" not in " ".join(pages)
    assert "The outer circle listens without responding" in pages[0]
    assert fishbowl_actions.planned(db, session.id).mode is FishbowlMode.CLOSED
    few = templates.create_series(db, templates.get_template("breakthrough"), title="Small room")
    roster.add_participant(db, few.id, name="Ana", perspective="Parent")
    session = next(s for s in few.sessions if fishbowl_block([s]))
    text = " ".join(_pdf_text(documents.render(db, "fishbowl", few.id, session.id)))
    assert text.count("FISHBOWL SEAT") == 8 and text.count("Open to anyone") == 7


def test_a_sign_in_sheet_for_500_names_its_letters_per_page_and_asks_walk_ins_for_contact():
    import document_examples as examples

    from facilitator.documents.signin import signin_pdf

    people = examples.people(500)
    pages = _pdf_text(signin_pdf(people, TitleBlock("Sign-in sheet", "Charter talks", session="Session 1"),
                                 Paper.LETTER))
    assert len(pages) > 5
    ordered = sorted(people, key=lambda p: p.name.casefold())
    seen = 0
    for page in pages:
        names = [p.name for p in ordered if p.name in page]
        if not names or "Names " not in page:
            continue
        label = page.split("Names ", 1)[1].split(" ", 1)[0]
        first, _, last = label.partition("–")
        assert names[0].startswith(first) and names[-1].startswith(last or first), (label, names[0], names[-1])
        seen += len(names)
    assert seen >= 500
    assert "Email or phone" in pages[-1] and "Not on the list?" in pages[-1]


ENGLISH = ["Page", "Yes", "people", "person", "tables", "Table", "NEW", "REVISED", "FRONT", "Name", "Signature",
           "expected", "Zone", "Interpreter", "Interpretation", "Access", "fold", "FISHBOWL", "Facilitator", "Round",
           "Find your group", "Group", "Revised", "Added", "was:", "goes by", "Email", "Key", "Session", "Version",
           "Agenda for", "Materials", "Note:", "anyone", "outer circle", "Tensions"]


def test_spanish_documents_carry_no_english_label(db):
    import re

    from facilitator import documents
    from facilitator.documents.data import Framework, FrameworkValue, Group, PrintedRound, PrintedSummary, Theme
    from facilitator.documents.data import Person as DocPerson
    from facilitator.groups import assign
    from facilitator.plan import templates
    from facilitator.storage import roster

    series = templates.create_series(db, templates.get_template("breakthrough", "es"), title="Charla")
    for i in range(12):
        roster.add_participant(db, series.id, name=f"Persona {i}", perspective=f"Perspectiva {i % 4}",
                               organization="Escuela", interpretation="Vietnamita" if i == 1 else "",
                               accessibility="silla de ruedas" if i == 2 else "", preferred_name="Pepe" if i == 3 else "")
    session = series.sessions[1]
    assign.assign_groups(db, session.id, size=4, time_limit=0.3, clock=ticking())
    grupos = [PrintedRound([Group("Grupo 1", [DocPerson("Ana"), DocPerson("Bea")], table="1")], "Ronda")]
    marco = Framework(2, [FrameworkValue("Cada niña", id="a"), FrameworkValue("Escuchar", id="b")], "Borrador",
                      Framework(1, [FrameworkValue("Cada niño", id="a")]))
    resumen = PrintedSummary(themes=[Theme("Confianza", "Hay que reconstruirla", 2, ["«Nadie nos preguntó»"])])
    for kind in documents.KINDS:
        pdf = documents.render(db, kind, series.id, session.id, language="es", groups=grupos if kind == "groups" else None,
                               summary=resumen, framework=marco)
        text = " ".join(_pdf_text(pdf))
        found = [word for word in ENGLISH if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
        assert not found, (kind, found, text[:400])


def test_framework_revised_line_shows_the_new_wording():
    from facilitator.documents.data import Framework, FrameworkValue
    from facilitator.documents.framework import framework_pdf

    old = Framework(1, [FrameworkValue("Every child first", id="a")])
    new = Framework(2, [FrameworkValue("Every student, in every school, first", id="a")], previous=old)
    text = " ".join(_pdf_text(framework_pdf(new, TitleBlock("Values framework", "Charter"), Paper.LETTER)))
    assert "Revised: Every student, in every school, first (was: Every child first)" in text
