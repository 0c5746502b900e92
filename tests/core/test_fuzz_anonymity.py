"""Property: whatever the roster (names in several scripts, particles, hyphens, nicknames in
quotes or parentheses, everyday words as names) and wherever the team's notes use a name — full,
a part, a nickname, a title or an initial with the family name, a possessive, any case, without
accents, in another script — none of it survives in the external summary text, the thank-you
messages or the external Markdown, and everyday words used as words do."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from anyascii import anyascii
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import documents
from facilitator.plan import templates
from facilitator.redaction.words import is_word
from facilitator.share import markdown_csv as export
from facilitator.share import messages
from facilitator.storage import notes, roster, themes

pytestmark = pytest.mark.fuzz

GIVEN = ["Zoë", "José", "Björn", "Olivia", "Tomás", "Søren", "Marisol", "Anaïs", "Kwame", "Chidi", "Aroha", "Siobhan",
         "Дмитрий", "Светлана", "Αλέξανδρος", "Ελένη", "Minh Khai", "Thị Lan", "Will", "Grace", "Hope", "Rose"]
FAMILY = ["Okafor", "O'Brien", "Nakamura", "Fernández", "Müller", "Ødegaard", "MacLeod", "Mensah", "Соколов",
          "Иванова", "Παπαδόπουλος", "Nguyễn", "Park", "Tanner"]
PARTICLES = ["", "", "de la ", "van der ", "von ", "da ", "al-"]
NICKNAMES = ["Bob", "Liz", "Dima", "Sasha", "Kiki", "Bill"]
# Names the roster writes in Latin letters and a note writes in their own script, and back.
SCRIPT_PAIRS = [("Dmitri Sokolov", "Дмитрий Соколов"), ("Alexandros Papadopoulos", "Αλέξανδρος Παπαδόπουλος"),
                ("Svetlana Ivanova", "Светлана Иванова")]
ORDINARY = "we will meet at the park and hope for the best, may it be so."
EXAMPLES = settings(max_examples=max(6, settings().max_examples // 8))  # each example builds a series


@st.composite
def invented(draw) -> str:
    """A made-up name in Latin letters, not an everyday word (those are in GIVEN and FAMILY)."""
    name = draw(st.text("abcdefghijklmnoprstuvyz", min_size=4, max_size=9).filter(lambda w: not is_word(w)))
    return name.capitalize()


@st.composite
def people(draw) -> list[dict]:
    out = []
    for _ in range(draw(st.integers(2, 5))):
        first = draw(st.one_of(st.sampled_from(GIVEN), invented()))
        family = draw(st.sampled_from(FAMILY) | invented())
        if draw(st.booleans()):
            family = f"{family}-{draw(st.sampled_from(FAMILY) | invented())}"
        family = draw(st.sampled_from(PARTICLES)) + family
        nickname = draw(st.sampled_from([""] + NICKNAMES))
        written = {"": "", "q": f' "{nickname}"', "p": f" ({nickname})"}[draw(st.sampled_from("qp")) if nickname else ""]
        out.append({"name": f"{first}{written} {family}", "first": first, "family": family, "nickname": nickname})
    if draw(st.booleans()):
        latin, native = draw(st.sampled_from(SCRIPT_PAIRS))
        out.append({"name": latin, "first": latin.split()[0], "family": latin.split()[1], "nickname": "",
                    "other_script": native})
    return out


def forms(person: dict) -> list[str]:
    """Ways a note may write this person, each used as a name."""
    first, family, nickname = person["first"], person["family"], person["nickname"]
    parts = [w for w in re.split(r"[\s\-]+", f"{first} {family}") if w and w.lower() not in ("de", "la", "van", "der",
                                                                                               "von", "da", "al")]
    out = [f"{first} {family}", f"Ms. {family}", f"{first[0]}. {family}", f"{first}'s", anyascii(f"{first} {family}")]
    out += parts + [p.upper() for p in parts]
    out += [p.lower() for p in parts if not is_word(anyascii(p).lower())]
    if nickname:
        out.append(nickname)
    if "other_script" in person:
        out.append(person["other_script"])
    return out


SENTENCES = ["{} said we should meet again.", "I think {} was right about the rent.", "Then {} asked who decides."]


@lru_cache(maxsize=64)
def folded(text: str) -> str:
    """A whole shared text folded once, not once per form looked for in it."""
    return " ".join(anyascii(text).casefold().split())


def appears(form: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(folded(form)) + r"(?!\w)", folded(text)) is not None


@EXAMPLES
@given(roster_people=people(), choice=st.data())
def test_no_identifying_form_survives_in_anything_shared(db, roster_people, choice):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Property")
    for person in roster_people:
        roster.add_participant(db, series.id, name=person["name"])
    session = series.sessions[0]
    theme = themes.create_theme(db, series.id, "What we heard")
    embedded = []
    for person in roster_people:
        for form in forms(person):
            sentence = choice.draw(st.sampled_from(SENTENCES)).format(form)
            embedded.append((form, sentence))
    for text in [s for _f, s in embedded] + [ORDINARY]:
        note = notes.add_note(db, session.id, text=text, kind="quote")
        themes.tag_notes(db, theme["id"], [note.id])
        themes.set_illustrative(db, theme["id"], note.id, True)
    documents.accept_all_passages(db, series.id, session.id)

    external = documents.external_summary(db, series.id, session.id)
    summary_text = "\n".join(external.themes[0].quotes)
    quoted = lambda text: "\n".join(line for line in text.splitlines() if "“" in line)  # noqa: E731 (the wording around is ours)
    thank_you = [quoted(m.body) for m in messages.messages_for(db, series.id, session.id, "thank-you")]
    markdown = quoted(export.summary_markdown(db, series.id, session.id).replace("\\", ""))
    for where, text in [("summary", summary_text), ("markdown", markdown)] + [("thank-you", b) for b in thank_you]:
        assert ORDINARY in text, f"everyday words were lost in the {where}"
        rest = text.replace(ORDINARY, "")
        for form, sentence in embedded:
            assert not appears(form, rest), f"{form!r} from {sentence!r} survived in the {where}"
