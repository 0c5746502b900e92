"""Every script a district roster holds prints on every document and reads back from the PDF."""

from __future__ import annotations

import io
import unicodedata

import document_examples as examples
import pypdf
import pytest

from facilitator import documents
from facilitator.documents import fonts, sources
from facilitator.documents.data import Group, PrintedRound
from facilitator.groups import assign
from facilitator.plan import templates
from facilitator.storage import roster, themes
from facilitator.storage import series as series_store

NAMES = {
    "Vietnamese": "Nguyễn Thị Minh Khai",
    "Cyrillic": "Дмитрий Соколов",
    "Greek": "Αλέξανδρος Παπαδόπουλος",
    "Chinese": "张伟",
    "Japanese": "さくら 山田",
    "Korean": "김민준",
    "Arabic": "محمد علي",
    "Devanagari": "सीता",
    "Latin": "Amara Okafor",  # last: the fishbowl has eight seats
}


def _read(pdf: bytes) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def _found(name: str, text: str) -> bool:
    """The name as written; a right-to-left name may read back in visual order, word by word."""
    if name in text:
        return True
    return all(word in text or word[::-1] in text for word in name.split())


def _fonts_embedded(pdf: bytes) -> set[str]:
    out = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded, not referenced
            out.add(font["/BaseFont"].split("+")[-1])
    return out


@pytest.fixture
def district(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="District listening sessions")
    for name in NAMES.values():
        roster.add_participant(db, series.id, name=name, perspective=name, organization=f"{name} Family Centre",
                               acknowledgement="by_name")
    session = series.sessions[0]
    series_store.update_session(db, session.id, title="Listening with " + ", ".join(NAMES.values()))
    for name in NAMES.values():  # the trend table prints theme titles
        themes.create_theme(db, series.id, f"What {name} heard")
    assign.assign_groups(db, session.id, size=3, time_limit=0.3)
    return series, session


@pytest.mark.parametrize("kind", list(documents.KINDS))
def test_a_name_in_every_script_prints_and_reads_back(db, district, kind):
    series, session = district
    people = [sources.person(p) for p in sources.participants(db, series.id)]
    summary = examples.summary(people)
    summary.present = list(NAMES.values())
    framework = examples.framework()
    framework.values[0].title = " / ".join(NAMES.values())
    pdf = documents.render(db, kind, series.id, session.id,
                           groups=[PrintedRound([Group(" · ".join(NAMES.values()), people)])],
                           summary=summary, framework=framework)
    text = _read(pdf)
    embedded = _fonts_embedded(pdf)
    wanted = list(NAMES.items())[:8] if kind == "fishbowl" else NAMES.items()
    for script, name in wanted:
        assert _found(name, text), (kind, script, name)
    assert {fonts.CJK, fonts.REGULAR} <= embedded or {fonts.CJK, fonts.BOLD} <= embedded, embedded
    assert embedded & {fonts.ARABIC, fonts.ARABIC_BOLD} and embedded & {fonts.DEVANAGARI, fonts.DEVANAGARI_BOLD}


def test_arabic_is_shaped_and_right_to_left():
    joined = "".join(piece for piece, _face in fonts.runs("محمد علي", fonts.REGULAR))
    assert joined != "محمد علي"  # HarfBuzz chose the joined forms
    assert unicodedata.normalize("NFKC", joined) == "يلع دمحم"  # in visual order: the first word on the right
    assert fonts.runs("张伟", fonts.BOLD) == (("张伟", fonts.CJK),)
    assert fonts.runs("Nguyễn", fonts.REGULAR) == (("Nguyễn", fonts.REGULAR),)
