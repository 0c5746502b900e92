"""Any text a person can type reaches every printed document safely: markup-looking text is
printed literally (never interpreted), any script renders, and no text stops a PDF being made."""

from __future__ import annotations

import io

import document_examples as examples
import pypdf
import pytest
from fuzzing import OUTCOMES, TRIED
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import documents
from facilitator.documents import sources
from facilitator.errors import FacilitatorError
from facilitator.plan import templates
from facilitator.storage import roster
from facilitator.storage import series as store

pytestmark = pytest.mark.fuzz

MARKER = "<b>not bold</b> & <i>co</i>"
TYPED = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=80),
    st.sampled_from(["<script>alert(1)</script>", "&amp; &lt; &#9731;", "<para>", "</para><br/>", "<font size=99>",
                     "Zoë Ñúñez", "محمد عبد الله", "张伟", "Nguyễn Thị Minh Khai", "\u202eevil\u202c", "a" * 500,
                     "line one\nline two\r\nline three", "\t\x00\x07", "W" * 120, "👩🏽‍🏫 teacher", "%PDF-1.4"]),
).filter(lambda t: t.strip())
# Each example builds a series and renders a PDF (100-300 ms): a sixth of the profile's count.
PDF_EXAMPLES = settings(max_examples=max(8, settings().max_examples // 6))


def _read(pdf: bytes) -> str:
    assert pdf.startswith(b"%PDF")
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages).split())


@PDF_EXAMPLES
@given(kind=st.sampled_from(sorted(documents.KINDS)), texts=st.lists(TYPED, min_size=8, max_size=8))
def test_every_document_prints_any_typed_text(db, kind, texts):
    TRIED["printed text"] += 1
    series = templates.create_series(db, templates.get_template("breakthrough"), title=texts[0])
    session = series.sessions[0]
    block = session.blocks[0]
    store.update_block(db, block.id, title=MARKER, prompts=[texts[1], MARKER], notes=texts[2], materials=texts[3])
    store.update_session(db, session.id, location=texts[4], facilitator=texts[5])
    for index, name in enumerate(texts[5:]):
        roster.add_participant(db, series.id, name=name, organization=texts[(index + 2) % 8],
                               pronouns=texts[(index + 3) % 8][:40], perspective=texts[(index + 4) % 8][:60],
                               acknowledgement="by_name")
    people = [sources.person(p) for p in sources.participants(db, series.id)]
    extra = {"groups": [examples.groups(people, 2)], "plan": examples.seating(people, 2, seats=4),
             "summary": examples.summary(people), "framework": examples.framework()}
    try:
        pdf = documents.render(db, kind, series.id, session.id, **extra)
    except FacilitatorError as error:  # a document with nothing to print says so in words
        OUTCOMES["printed text: refused with a sentence"] += 1
        assert str(error).strip()
        return
    OUTCOMES["printed text: printed"] += 1
    printed = _read(pdf)
    if kind in ("runsheet", "agenda"):
        assert MARKER in printed, "markup typed by a person is printed as typed"
