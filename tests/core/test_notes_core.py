"""Notes: capture kinds, saving, editing with undo, drafts and search that never raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.errors import FacilitatorError
from facilitator.notes import NoteKind, parse_capture
from facilitator.plan import templates
from facilitator.storage import notes as store
from facilitator.storage import open_workspace
from facilitator.storage import series as series_store
from facilitator.storage import themes as theme_store


@pytest.fixture
def series(db):
    return templates.create_series(db, templates.get_template("breakthrough"), title="Charter talks")


@pytest.mark.parametrize("typed, kind, text", [
    ("/q We all want kids to thrive", NoteKind.QUOTE, "We all want kids to thrive"),
    ("/quote same thing", NoteKind.QUOTE, "same thing"),
    ("/? Who decides?", NoteKind.QUESTION, "Who decides?"),
    ("/ne childcare on Saturdays", NoteKind.NEED, "childcare on Saturdays"),
    ("/p funding formula", NoteKind.PARKING_LOT, "funding formula"),
    ("/parking funding formula", NoteKind.PARKING_LOT, "funding formula"),
    ("/X trust vs speed", NoteKind.TENSION, "trust vs speed"),
    ("/usr/bin is not a kind", NoteKind.NOTE, "/usr/bin is not a kind"),
    ("1/2 of the room agreed", NoteKind.NOTE, "1/2 of the room agreed"),
    ("plain words", NoteKind.NOTE, "plain words"),
])
def test_a_leading_shortcut_picks_the_kind_and_is_removed(typed, kind, text):
    assert parse_capture(typed) == (kind, text)


def test_notes_record_session_block_group_and_taker(db, series):
    session = series.sessions[0]
    block = session.blocks[1]
    note = store.add_note(db, session.id, text="  Trust is earned slowly ", kind="tension", block_id=block.id,
                          group_label="Group B", taker="Ana", offset_seconds=754.0)
    again = store.get_note(db, note.id)
    assert (again.text, again.kind, again.block_title, again.group_label, again.taker, again.offset_seconds) == (
        "Trust is earned slowly", NoteKind.TENSION, block.title, "Group B", "Ana", 754.0)
    assert again.session_number == 1


def test_a_quote_has_no_place_for_a_speaker(db, series):
    with pytest.raises(TypeError):
        store.add_note(db, series.sessions[0].id, text="x", kind="quote", participant_id="p1")


def test_empty_notes_are_refused(db, series):
    with pytest.raises(FacilitatorError):
        store.add_note(db, series.sessions[0].id, text="   ")


def test_saving_a_note_clears_the_draft_in_the_same_commit(db, series):
    session_id = series.sessions[0].id
    store.save_draft(db, session_id, "half a thought")
    assert store.load_draft(db, session_id) == "half a thought"
    store.add_note(db, session_id, text="half a thought, finished", clear_draft=True)
    assert store.load_draft(db, session_id) == ""


def test_edit_and_delete_can_be_undone_with_themes_kept(db, series):
    session_id = series.sessions[0].id
    first = store.add_note(db, session_id, text="first")
    note = store.add_note(db, session_id, text="Families want a say")
    store.add_note(db, session_id, text="third")
    theme = theme_store.create_theme(db, series.id, "Voice")
    theme_store.tag_notes(db, theme["id"], [note.id])
    theme_store.set_illustrative(db, theme["id"], note.id, True)

    old = store.update_note(db, note.id, text="Families want a real say")
    assert old == {"text": "Families want a say"}
    assert [n.text for n in store.search_notes(db, series.id, "real")] == ["Families want a real say"]
    store.update_note(db, note.id, **old)
    assert store.search_notes(db, series.id, "real") == []

    deleted = store.delete_note(db, note.id)
    assert [n.text for n in store.recent_notes(db, session_id)] == ["third", "first"]
    assert store.search_notes(db, series.id, "families") == []
    store.restore_note(db, deleted)
    assert [n.text for n in store.recent_notes(db, session_id)] == ["third", "Families want a say", first.text]
    assert theme_store.illustrative_quotes(db, theme["id"])[0]["id"] == note.id


def test_search_filters_by_kind_session_group_and_theme(db, series):
    s1, s2 = series.sessions[0].id, series.sessions[1].id
    a = store.add_note(db, s1, text="Trust between sectors", kind="theme", group_label="A")
    b = store.add_note(db, s2, text="Trust in the process", kind="quote", group_label="B")
    c = store.add_note(db, s2, text="trusting the data", kind="note", group_label="A")
    theme = theme_store.create_theme(db, series.id, "Trust")
    theme_store.tag_notes(db, theme["id"], [b.id])

    def ids(**filters):
        return {n.id for n in store.search_notes(db, series.id, "trust", **filters)}

    assert ids() == {a.id, b.id, c.id}  # the last word matches as a prefix
    assert ids(kind="quote") == {b.id}
    assert ids(session_id=s2) == {b.id, c.id}
    assert ids(group_label="A") == {a.id, c.id}
    assert ids(theme_id=theme["id"]) == {b.id}
    assert ids(untagged=True) == {a.id, c.id}
    assert store.group_labels(db, series.id) == ["A", "B"]
    assert {n.id for n in store.search_notes(db, series.id, "", session_id=s1)} == {a.id}


def test_search_does_not_cross_series(db, series):
    other = templates.create_series(db, templates.get_template("breakthrough"), title="Other")
    store.add_note(db, other.sessions[0].id, text="trust elsewhere")
    assert store.search_notes(db, series.id, "trust") == []


def test_accents_do_not_hide_a_match(db, series):
    store.add_note(db, series.sessions[0].id, text="La educación pública")
    assert len(store.search_notes(db, series.id, "educacion")) == 1


@pytest.fixture(scope="module")
def searchable():
    database = open_workspace(":memory:")
    series = templates.create_series(database, templates.get_template("breakthrough"), title="S")
    store.add_note(database, series.sessions[0].id, text='a "b" AND NEAR(a b) -c: d* OR ^e')
    yield database, series.id
    database.close()


@settings(max_examples=200, deadline=None)
@given(typed=st.text(alphabet=st.sampled_from(list('ab "*-:^()+NEARORANDNOT{}.\'\\/')), max_size=25))
def test_whatever_a_person_types_never_raises(searchable, typed):
    database, series_id = searchable
    results = store.search_notes(database, series_id, typed)
    assert len(results) <= 1


def test_deleting_a_block_keeps_its_notes_with_the_title(db, series):
    session = series.sessions[0]
    block = session.blocks[0]
    note = store.add_note(db, session.id, text="kept", block_id=block.id)
    series_store.delete_block(db, block.id)
    kept = store.get_note(db, note.id)
    assert (kept.block_id, kept.block_title) == (None, block.title)
