"""Every printed document, read back with pypdf as a person would read the paper."""

from __future__ import annotations

import io
from datetime import date

import document_examples as examples
import pypdf
import pytest

from facilitator import documents
from facilitator.documents import sources
from facilitator.documents.data import Group, Person, PrintedRound
from facilitator.documents.groups import groups_pdf
from facilitator.documents.layout import TitleBlock
from facilitator.documents.paper import Paper, paper_for_locale
from facilitator.errors import FacilitatorError
from facilitator.plan import templates
from facilitator.plan.model import AttendanceStatus
from facilitator.storage import roster

HARD_NAMES = ["Nguyễn Thị Minh Khai", "Дмитрий Соколов", "Αλέξανδρος", "Zoë O'Brien-Müller"]
HARD_ORG = "Smith & Sons <Learning>"


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def flat(pdf: bytes) -> str:
    """Text with line breaks folded to spaces, for phrases a table cell may wrap."""
    return " ".join(text(pdf).split())


@pytest.fixture
def series(db):
    series_id = new_series(db)
    acks = ["by_name", "organization", "anonymous", ""]
    for index, name in enumerate(HARD_NAMES):
        roster.add_participant(db, series_id, name=name, organization=HARD_ORG if index == 1 else f"Org {index}",
                               pronouns="they/them", perspective=examples.PERSPECTIVES[index],
                               acknowledgement=acks[index])
    roster.add_participant(db, series_id, name="Team Member", role="facilitator")
    series, _ = sources.load(db, series_id, None)
    session = series.sessions[0]
    people = sources.participants(db, series_id)
    roster.set_attendance(db, session.id, people[0].id, AttendanceStatus.PRESENT)
    roster.set_attendance(db, session.id, people[1].id, AttendanceStatus.ABSENT)
    return series_id, session


def render(db, series, kind, **data):
    series_id, session = series
    return documents.render(db, kind, series_id, session.id, paper=Paper.LETTER, **data)


def example_people(db, series_id):
    return [sources.person(p) for p in sources.participants(db, series_id)]


def test_runsheet_has_clock_times_prompts_notes_and_materials(db, series):
    _series_id, session = series
    pdf = flat(render(db, series, "runsheet"))
    assert "13:00–13:15" in pdf and "15:05–15:15" in pdf
    assert session.blocks[0].prompts[0] in pdf
    assert session.blocks[0].notes in pdf
    assert "Materials checklist" in pdf and "Fishbowl seat cards" in pdf


def test_participant_agenda_has_times_and_agreements_but_no_facilitator_notes(db, series):
    _series_id, session = series
    pdf = flat(render(db, series, "agenda"))
    assert "13:00–13:15" in pdf and session.blocks[0].title in pdf
    assert "Community agreements" in pdf
    for block in session.blocks:
        if block.notes:
            assert block.notes not in pdf


def test_groups_document_lists_every_member_and_a_find_your_group_index(db, series):
    series_id, _session = series
    people = example_people(db, series_id) + examples.people(16)
    groups = examples.groups(people, 5)
    pages = pages_text(render(db, series, "groups", groups=[groups]))
    everything = "\n".join(pages)
    boxes, index = everything.split("Find your group")
    for group in groups.groups:
        assert group.name in boxes
        for member in group.members:
            assert member.display_name in boxes and member.display_name in index


def test_find_your_group_is_alphabetical(db, series):
    series_id, _session = series
    people = [Person("Zed Last"), Person("Amy First"), Person("Mo Middle")]
    pdf = text(render(db, series, "groups",
                         groups=[PrintedRound([Group("Group 1", people[:2]), Group("Group 2", people[2:])])]))
    index = pdf[pdf.index("Find your group"):]
    assert index.index("Amy First") < index.index("Mo Middle") < index.index("Zed Last")


def test_a_group_of_twelve_with_long_names_fits_one_box_on_one_page():
    people = [Person(f"Bartholomew-Alexander Constantinopoulos {i}", organization="The Very Long Organization "
                     f"Name of Parents and Teachers Together {i}") for i in range(12)]
    block = TitleBlock("Group assignments", "Series")
    pages = pages_text(groups_pdf([PrintedRound([Group("Group 1", people, table="7")])], block, Paper.A4))
    first = " ".join(pages[0].split())
    assert all(f"Constantinopoulos {i}" in first for i in range(12))


def test_seating_chart_prints_table_labels_and_names_at_seats(db, series):
    series_id, _session = series
    people = example_people(db, series_id) + examples.people(12)
    plan = examples.seating(people, 3, seats=6)
    pdf = text(render(db, series, "seating", plan=plan))
    squeezed = "".join(pdf.split())
    for table in plan.tables:
        assert table.label in pdf
        for name in table.seats:
            assert "".join(name.split()) in squeezed
    assert "3 tables · 16 people" in pdf


def test_tents_print_each_name_twice_with_pronouns_and_organization(db, series):
    series_id, _session = series
    pages = pages_text(render(db, series, "tents"))
    assert len(pages) == 4  # participants only, not the team
    page = next(p for p in pages if "Дмитрий Соколов" in p)
    assert page.count("Дмитрий Соколов") == 2
    assert page.count(HARD_ORG) == 2 and page.count("they/them") == 2


def test_signin_sheet_has_expected_people_and_columns(db, series):
    pdf = text(render(db, series, "signin"))
    for name in HARD_NAMES:
        assert name in " ".join(pdf.split())
    assert "Team Member" not in pdf
    assert "Signature" in pdf and "OK to record?" in pdf


def test_fishbowl_prints_one_card_per_perspective(db, series):
    pdf = text(render(db, series, "fishbowl"))
    for perspective in examples.PERSPECTIVES[:4]:
        assert pdf.count(perspective) == 1
    assert "FISHBOWL SEAT" in pdf


def test_internal_summary_has_attendance_themes_and_debrief(db, series):
    series_id, _session = series
    summary = sources.summary(db, series[1])
    example = examples.summary([])
    summary.themes, summary.debrief, summary.notes = example.themes, example.debrief, example.notes
    pdf = flat(render(db, series, "summary-internal", summary=summary))
    assert "1 present, 1 absent, 2 not checked in" in pdf
    assert HARD_NAMES[0] in pdf
    assert "Trust has to be rebuilt before policy can move" in pdf and "What worked?" in pdf


def test_external_summary_names_nobody_who_did_not_opt_in(db, series):
    series_id, _session = series
    summary = examples.summary([])
    summary.themes[0].quotes.append("As Αλέξανδρος said, and дмитрий соколов agreed: nguyen thi minh khai is right.")
    summary.notes.append(examples.PrintedNote(f"{HARD_NAMES[2]} was upset", "Pairs"))
    summary.present = list(HARD_NAMES)
    pdf = flat(render(db, series, "summary-external", summary=summary, draft=True))
    assert "[participant] said, and [participant] agreed: [participant] is right." in pdf
    for name in HARD_NAMES[1:]:
        assert name.casefold() not in pdf.casefold()
    assert "Team Member" not in pdf
    ack = pdf[pdf.index("Acknowledgements"):]
    assert HARD_NAMES[0] in ack  # chose "by name"
    assert HARD_ORG in ack  # chose "organization only"
    assert "was upset" not in pdf  # notes never leave the team


def test_framework_shows_current_values_and_changes(db, series):
    pdf = flat(render(db, series, "framework", framework=examples.framework()))
    assert "Version 2" in pdf and "Listening before deciding NEW" in pdf and "1. Every child REVISED" in pdf
    assert "Changes since version 1" in pdf and "Added: Listening before deciding" in pdf
    assert "Revised: Every child" in pdf and "Tensions: Choice for some families" in pdf


@pytest.mark.parametrize("kind", list(documents.KINDS))
def test_every_document_embeds_dejavu_only_and_numbers_its_pages(db, series, kind):
    series_id, _session = series
    people = example_people(db, series_id)
    pdf = render(db, series, kind, groups=[examples.groups(people, 2)], plan=examples.seating(people, 2),
                 summary=examples.summary(people), framework=examples.framework())
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            fonts.add(font["/BaseFont"].split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded, not referenced
    assert fonts and fonts <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"}
    total = len(reader.pages)
    assert f"Page {total} of {total}" in reader.pages[-1].extract_text()


def test_markup_characters_print_literally(db, series):
    pdf = text(render(db, series, "signin"))
    assert HARD_ORG in " ".join(pdf.split())
    tricky = Person('Ann "Quote" <b>Bold</b> & Co')
    out = text(groups_pdf([PrintedRound([Group("A & B <group>", [tricky])])], TitleBlock("Groups", "S & T"), Paper.A4))
    assert 'Ann "Quote" <b>Bold</b> & Co' in out and "A & B <group>" in out


@pytest.mark.parametrize("paper, size", [(Paper.LETTER, (612, 792)), (Paper.A4, (595, 842))])
def test_paper_size(db, series, paper, size):
    series_id, session = series
    pdf = documents.render(db, "agenda", series_id, session.id, paper=paper)
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


@pytest.mark.parametrize("locale_name, paper", [("en_US.UTF-8", Paper.LETTER), ("fr_CA", Paper.LETTER),
                                                ("es_MX.utf8", Paper.LETTER), ("en_GB.UTF-8", Paper.A4),
                                                ("de_DE", Paper.A4), ("C", Paper.A4), ("", Paper.A4)])
def test_default_paper_follows_the_locale(locale_name, paper):
    assert paper_for_locale(locale_name) is paper


def test_session_documents_need_a_session(db, series):
    series_id, _session = series
    with pytest.raises(FacilitatorError, match="say which session"):
        documents.render(db, "runsheet", series_id, None)


def test_groups_without_any_stored_groups_say_so(db, series):
    with pytest.raises(FacilitatorError, match="no groups yet"):
        render(db, series, "groups")


def new_series(db) -> str:
    """The breakthrough template starting 15 March 2026, with an empty roster."""
    return templates.create_series(db, templates.get_template("breakthrough"), title="Demo: Breakthrough series",
                                   start=date(2026, 3, 15)).id


def test_a_crowded_seating_chart_splits_into_zones_after_a_key():
    from facilitator.documents.seating import seating_pdf

    people = examples.people(500)
    block = TitleBlock("Seating chart", "Series")
    pages = pages_text(seating_pdf(examples.seating(people, 63), block, Paper.LETTER))
    assert len(pages) > 2 and "Key: the room in" in pages[0] and "Zone A: tables" in pages[1]
    listed = "\n".join(pages[1:])
    assert all(p.display_name in listed for p in people)
    assert len(pages_text(seating_pdf(examples.seating(people[:20], 3), block, Paper.LETTER))) == 1


def test_a_very_long_name_on_a_tent_wraps_without_losing_a_word():
    from facilitator.documents.tents import tents_pdf

    name = "Maria-Fernanda Guadalupe de los Santos Villalobos y Hernández-Castellanos"
    page = pages_text(tents_pdf([Person(name, organization="Smith & Sons <Learning>")], TitleBlock("Tents", "S"),
                                Paper.A4))[0]
    words = " ".join(page.split())
    assert words.count("Hernández-Castellanos") == 2 and words.count("Maria-Fernanda") == 2
    assert words.count("Smith & Sons <Learning>") == 2
