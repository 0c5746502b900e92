"""A team of laptops on one series: join from a pack, capture offline, merge through a folder."""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator import team
from facilitator.errors import FacilitatorError
from facilitator.roster import attendance
from facilitator.storage import notes as note_store
from facilitator.storage import open_workspace, roster
from facilitator.storage import series as plan
from facilitator.storage import themes as theme_store
from facilitator.team import files

NAMES = ["Amaru Quispe", "Ngozi Okonkwo", "Łucja Wróbel", "Мария Иванова", "佐藤 花子", "محمد الأحمد", "Zoë O'Neil"]


class Laptop:
    """One workspace file standing for one laptop."""

    def __init__(self, path, name):
        self.path, self.name = path, name
        self.db = open_workspace(path, backup=False)

    def notes(self, series_id):
        return {n.id: n.text for n in note_store.list_notes(self.db, series_id)}

    def sync(self, series_id, folder):
        return team.sync(self.db, series_id, folder)


def make_lead(tmp_path):
    lead = Laptop(tmp_path / "lead.db", "lead")
    series = plan.create_series(lead.db, title="Río Verde listening series")
    first = plan.add_session(lead.db, series.id, title="Opening circle")
    plan.add_session(lead.db, series.id, title="Harvest")
    plan.add_block(lead.db, first.id, title="Small groups", minutes=30)
    for name in NAMES:
        roster.add_participant(lead.db, series.id, name=name, perspective="Parent")
    return lead, series.id, first.id


@pytest.fixture
def team_of_four(tmp_path):
    lead, series_id, session_id = make_lead(tmp_path)
    pack = team.pack(lead.db, series_id, tmp_path / "river.fteam")
    laptops = [lead]
    for name in ("Table A", "Mesa B", "Стол C"):
        laptop = Laptop(tmp_path / f"{name}.db", name)
        assert team.join(laptop.db, pack, device=name) == series_id
        laptops.append(laptop)
    folder = tmp_path / "usb"
    folder.mkdir()
    yield laptops, series_id, session_id, folder
    for laptop in laptops:
        laptop.db.close()


def capture_quotes(laptops, session_id, per_laptop=40, on_lead=10):
    for laptop in laptops:
        count = on_lead if laptop.name == "lead" else per_laptop
        for i in range(count):
            note_store.add_note(laptop.db, session_id, kind="quote", text=f"{laptop.name} heard «{i}» — ¿qué?",
                                group_label=laptop.name, perspective="Parent")


def test_a_joined_laptop_holds_the_series_with_the_same_ids(team_of_four):
    laptops, series_id, session_id, _folder = team_of_four
    lead, table_a = laptops[0], laptops[1]
    assert plan.get_series(table_a.db, series_id).title == "Río Verde listening series"
    assert [s.id for s in plan.list_sessions(table_a.db, series_id)] == [
        s.id for s in plan.list_sessions(lead.db, series_id)]
    assert sorted(p.name for p in roster.list_participants(table_a.db, series_id)) == sorted(NAMES)


def test_four_laptops_two_rounds_fixed_order_hold_the_same_130_notes(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    capture_quotes(laptops, session_id)
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    held = [laptop.notes(series_id) for laptop in laptops]
    assert len(held[0]) == 130
    assert all(h == held[0] for h in held)
    for laptop in laptops:  # no duplicates in the table, and search finds merged notes
        assert laptop.db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM notes").fetchone() == (130, 130)
        assert len(note_store.search_notes(laptop.db, series_id, "Mesa heard")) == 40
    assert len(list(folder.glob("*.fteam"))) == 4


@settings(max_examples=3, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_any_sync_order_converges_in_two_rounds(tmp_path_factory, seed):
    tmp_path = tmp_path_factory.mktemp("order")
    lead, series_id, session_id = make_lead(tmp_path)
    pack = team.pack(lead.db, series_id, tmp_path / "pack.fteam")
    laptops = [lead]
    for name in ("A", "B", "C"):
        laptops.append(Laptop(tmp_path / f"{name}.db", name))
        team.join(laptops[-1].db, pack, device=name)
    folder = tmp_path / "shared"
    folder.mkdir()
    capture_quotes(laptops, session_id)
    order = random.Random(seed)
    for _round in range(2):
        for laptop in order.sample(laptops, len(laptops)):
            laptop.sync(series_id, folder)
    held = [laptop.notes(series_id) for laptop in laptops]
    assert len(held[0]) == 130 and all(h == held[0] for h in held)
    for laptop in laptops:
        laptop.db.close()


def test_a_note_edited_on_two_laptops_at_once_keeps_both_edits(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a, b = laptops[0], laptops[1], laptops[2]
    note = note_store.add_note(lead.db, session_id, text="We want the library open late", kind="quote")
    for laptop in laptops:
        laptop.sync(series_id, folder)
    note_store.update_note(a.db, note.id, text="We want the library open late, and on Sundays")
    note_store.update_note(b.db, note.id, text="Everyone agreed: we want the library open late")
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    merged = {laptop.notes(series_id)[note.id] for laptop in laptops}
    assert merged == {"Everyone agreed: we want the library open late, and on Sundays"}
    met = team.status(lead.db, series_id)["edits_met"]
    assert [(m["field"], sorted(e["device"] for e in m["edits"])) for m in met] == [("text", ["Mesa B", "Table A"])]


def test_a_note_deleted_on_one_laptop_and_edited_on_another_stays_deleted_and_can_come_back(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a, b = laptops[0], laptops[1], laptops[2]
    note = note_store.add_note(a.db, session_id, text="Bus fares are too high", kind="note")
    for laptop in laptops:
        laptop.sync(series_id, folder)
    note_store.delete_note(a.db, note.id)
    note_store.update_note(b.db, note.id, text="Bus fares are too high for teenagers")
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    assert all(note.id not in laptop.notes(series_id) for laptop in laptops)
    assert team.deleted_notes(lead.db, series_id) == [
        {"id": note.id, "text": "Bus fares are too high for teenagers", "kind": "note"}]
    met = team.status(lead.db, series_id)["edits_met"]
    assert met and met[0]["deleted"] and met[0]["field"] == "text"
    team.restore_deleted_note(lead.db, series_id, note.id)
    for laptop in laptops:
        laptop.sync(series_id, folder)
    assert all(laptop.notes(series_id).get(note.id) == "Bus fares are too high for teenagers" for laptop in laptops)


def test_random_bytes_named_like_a_device_file_are_reported_and_change_nothing(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    a = laptops[1]
    note_store.add_note(a.db, session_id, text="A quiet table")
    a.sync(series_id, folder)
    before = a.db.execute("SELECT id, text FROM notes ORDER BY id").fetchall()
    (folder / "laptop-9-1234abcd.fteam").write_bytes(os.urandom(3000))
    (folder / "header-ok.fteam").write_bytes(files.MAGIC + b'{"kind": "device"}\n' + os.urandom(50))
    report = a.sync(series_id, folder)
    assert sorted(name for name, _why in report.skipped) == ["header-ok.fteam", "laptop-9-1234abcd.fteam"]
    assert all("laptop-9-1234abcd.fteam" in why for name, why in report.skipped if name.startswith("laptop"))
    assert a.db.execute("SELECT id, text FROM notes ORDER BY id").fetchall() == before


def test_a_damaged_copy_of_a_real_device_file_is_skipped(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    note_store.add_note(lead.db, session_id, text="Lead's note")
    written = lead.sync(series_id, folder).written
    data = bytearray(written.read_bytes())
    data[-10] ^= 0xFF
    written.write_bytes(bytes(data))
    report = a.sync(series_id, folder)
    assert report.skipped and "damaged" in report.skipped[0][1]
    assert a.notes(series_id) == {}


def test_a_device_file_from_another_series_is_refused_with_a_sentence(team_of_four, tmp_path):
    laptops, series_id, _session_id, folder = team_of_four
    other = Laptop(tmp_path / "other.db", "other")
    other_series = plan.create_series(other.db, title="Harbour forum")
    team.pack(other.db, other_series.id, tmp_path / "harbour.fteam")
    team.sync(other.db, other_series.id, folder)
    report = laptops[1].sync(series_id, folder)
    assert report.skipped == [(report.skipped[0][0],
                               f"{report.skipped[0][0]} belongs to another series (\u201cHarbour forum\u201d), "
                               "so it was not merged.")]
    other.db.close()


def test_a_note_taker_cannot_delete_or_change_the_leads_plan(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    note_store.add_note(lead.db, session_id, text="Kept with its session")
    lead.sync(series_id, folder)
    a.sync(series_id, folder)
    plan.update_session(a.db, session_id, title="Renamed on a laptop")
    plan.delete_session(a.db, session_id)  # takes the session's notes with it, on this laptop
    a.sync(series_id, folder)
    lead.sync(series_id, folder)
    a.sync(series_id, folder)
    for laptop in (lead, a):
        assert plan.get_session(laptop.db, session_id).title == "Opening circle"
        assert list(laptop.notes(series_id).values()) == ["Kept with its session"]


def test_the_leads_plan_changes_reach_note_takers(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    plan.update_session(lead.db, session_id, title="Opening circle (moved to the gym)")
    lead.sync(series_id, folder)
    a.sync(series_id, folder)
    assert plan.get_session(a.db, session_id).title == "Opening circle (moved to the gym)"


def test_themes_links_and_check_ins_travel(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    note = note_store.add_note(a.db, session_id, text="Safe crossings near the school", kind="need")
    theme = theme_store.create_theme(a.db, series_id, "Getting around")
    theme_store.tag_notes(a.db, theme["id"], [note.id])
    person = roster.list_participants(a.db, series_id)[0]
    attendance.check_in(a.db, session_id, person.id)
    walk_in = attendance.add_walk_in(a.db, session_id, "Ana Walk-in")
    a.sync(series_id, folder)
    lead.sync(series_id, folder)
    assert [t["title"] for t in theme_store.list_themes(lead.db, series_id)] == ["Getting around"]
    assert [n["id"] for n in theme_store.theme_notes(lead.db, theme["id"])] == [note.id]
    present = {p.id for p in attendance.present_participants(lead.db, session_id)}
    assert {person.id, walk_in.id} <= present


def test_status_says_who_brought_what(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    capture_quotes(laptops[:2], session_id, per_laptop=3, on_lead=2)
    for laptop in laptops[:2]:
        laptop.sync(series_id, folder)
    laptops[0].sync(series_id, folder)
    state = team.status(laptops[0].db, series_id)
    counts = {d["device"]: d["notes"] for d in state["devices"]}
    assert counts["lead"] == 2 and counts["Table A"] == 3
    assert state["notes"] == 5 and state["role"] == "lead"


def test_news_in_the_folder_shows_until_merged(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    lead.sync(series_id, folder)
    assert team.folder_news(lead.db, series_id) == []
    note_store.add_note(a.db, session_id, text="News from table A")
    a.sync(series_id, folder)
    assert team.folder_news(lead.db, series_id) == ["Table A"]
    lead.sync(series_id, folder)
    assert team.folder_news(lead.db, series_id) == []


def test_sync_before_joining_says_what_to_do(db, tmp_path):
    series = plan.create_series(db, title="Alone")
    with pytest.raises(FacilitatorError, match="not shared with a team yet"):
        team.sync(db, series.id, tmp_path)


def test_joining_twice_or_with_a_taken_name_is_refused(team_of_four, tmp_path):
    laptops, series_id, _session_id, folder = team_of_four
    pack = tmp_path / "river.fteam"
    with pytest.raises(FacilitatorError, match="already holds"):
        team.join(laptops[1].db, pack, device="Another")
    fresh = Laptop(tmp_path / "fresh.db", "fresh")
    laptops[1].sync(series_id, folder)
    laptops[0].sync(series_id, folder)
    pack_again = team.pack(laptops[0].db, series_id, tmp_path / "again.fteam")
    with pytest.raises(FacilitatorError, match="already called"):
        team.join(fresh.db, pack_again, device="table a")
    fresh.db.close()


def test_the_update_log_is_compacted(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead = laptops[0]
    for i in range(25):
        note_store.add_note(lead.db, session_id, text=f"Note {i}")
        lead.sync(series_id, folder)
    count = lead.db.execute("SELECT COUNT(*) FROM team_updates WHERE series_id = ?", [series_id]).fetchone()[0]
    assert count <= 17
    assert team.status(lead.db, series_id)["notes"] == 25  # the compacted document lost nothing


def test_the_same_person_checked_in_on_two_laptops_is_not_a_clash_but_two_statuses_are(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    a, b = laptops[1], laptops[2]
    people = roster.list_participants(a.db, series_id)
    attendance.check_in(a.db, session_id, people[0].id)
    attendance.check_in(b.db, session_id, people[0].id)
    attendance.check_in(a.db, session_id, people[1].id)
    attendance.set_status(b.db, session_id, [people[1].id], "absent")
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    met = team.status(a.db, series_id)["edits_met"]
    assert [(m["table"], m["field"]) for m in met] == [("attendance", "*")]
    statuses = {laptop.db.execute("SELECT status FROM attendance WHERE participant_id = ?",
                                  [people[1].id]).fetchone()[0] for laptop in laptops}
    assert len(statuses) == 1  # the same everywhere, whichever it is


def test_a_person_erased_on_the_leads_laptop_leaves_every_laptop_and_the_document(team_of_four):
    from facilitator.storage import personal_data as privacy

    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    person = next(p for p in roster.list_participants(lead.db, series_id) if p.name == "Łucja Wróbel")
    privacy.erase(lead.db, privacy.participant_row(lead.db, person.id))
    lead.sync(series_id, folder)
    a.sync(series_id, folder)
    assert "Łucja Wróbel" not in {p.name for p in roster.list_participants(a.db, series_id)}
    for laptop in (lead, a):  # nor in the document's log, whose older updates held the name
        updates = [r[0] for r in laptop.db.execute("SELECT update_bytes FROM team_updates").fetchall()]
        assert updates and all("Wróbel".encode() not in update for update in updates)
    assert all("Wróbel".encode() not in files.read(path).update for path in folder.glob("*.fteam"))


def test_sessions_swapped_by_the_lead_arrive_swapped(team_of_four):
    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    first, second = plan.list_sessions(lead.db, series_id)
    plan.update_session(lead.db, first.id, number=3)
    plan.update_session(lead.db, second.id, number=1)
    plan.update_session(lead.db, first.id, number=2)
    plan.add_session(lead.db, series_id, title="Follow-up", number=3)
    lead.sync(series_id, folder)
    a.sync(series_id, folder)
    assert [(s.number, s.title) for s in plan.list_sessions(a.db, series_id)] == [
        (1, "Harvest"), (2, "Opening circle"), (3, "Follow-up")]


@pytest.fixture(scope="module")
def lead_laptop(tmp_path_factory):
    """One lead for every example of a fuzz test: each example leaves it as it found it, or fails."""
    tmp_path = tmp_path_factory.mktemp("fuzz")
    lead, series_id, session_id = make_lead(tmp_path)
    team.pack(lead.db, series_id, tmp_path / "pack.fteam")
    yield lead, series_id, session_id, tmp_path / "usb"
    lead.db.close()


@pytest.mark.fuzz
@settings(deadline=None)
@given(payload=st.binary(max_size=400))
def test_a_well_wrapped_file_holding_any_bytes_is_skipped_and_changes_nothing(lead_laptop, payload):
    lead, series_id, session_id, folder = lead_laptop
    note_store.add_note(lead.db, session_id, text="Before")
    files.write(folder / "intruder-00000000.fteam", kind=files.DEVICE, series_id=series_id, series_title="x",
                device="intruder", device_id="00000000", written_at="now", update=payload)
    before = lead.db.execute("SELECT id, text FROM notes").fetchall()
    report = lead.sync(series_id, folder)
    assert [name for name, _why in report.skipped] in ([], ["intruder-00000000.fteam"])
    assert lead.db.execute("SELECT id, text FROM notes").fetchall() == before


def test_a_fishbowl_run_on_a_laptop_reaches_the_lead_event_for_event(team_of_four):
    from facilitator.clock import FakeClock
    from facilitator.storage import fishbowls

    laptops, series_id, session_id, folder = team_of_four
    lead, a = laptops[0], laptops[1]
    clock = FakeClock()
    bowl = fishbowls.create_fishbowl(a.db, session_id)
    people = roster.list_participants(a.db, series_id)
    fishbowls.record(a.db, bowl.id, clock, "seats", seat=3)
    for seat, person in enumerate(people[:3]):
        clock.advance(20)
        fishbowls.record(a.db, bowl.id, clock, "sit", participant_id=person.id, seat=seat)
    a.sync(series_id, folder)
    lead.sync(series_id, folder)
    assert fishbowls.load_state(lead.db, bowl.id).seats == fishbowls.load_state(a.db, bowl.id).seats
    assert len(fishbowls.events(lead.db, bowl.id)) == 4


def test_two_laptops_answering_one_debrief_prompt_both_answers_stay_visible(team_of_four):
    from facilitator.storage import debrief

    laptops, series_id, session_id, folder = team_of_four
    a, b = laptops[1], laptops[2]
    debrief.answer_debrief(a.db, session_id, "openings", answer="Parents offered to run the homework club")
    debrief.answer_debrief(b.db, session_id, "openings", answer="Youth asked for a seat on the board")
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    answers = {next(d["answer"] for d in debrief.debrief(laptop.db, session_id) if d["prompt"] == "openings")
               for laptop in laptops}
    assert len(answers) == 1  # the same on every laptop
    met = team.status(a.db, series_id)["edits_met"]
    assert sorted(e["value"]["answer"] for e in met[0]["edits"]) == [
        "Parents offered to run the homework club", "Youth asked for a seat on the board"]
    # once both laptops hold the same row, later additions by either merge as text
    debrief.answer_debrief(a.db, session_id, "openings", answer=answers.pop() + " (A adds)")
    for _round in range(2):
        for laptop in laptops:
            laptop.sync(series_id, folder)
    assert all(next(d["answer"] for d in debrief.debrief(laptop.db, session_id)
                    if d["prompt"] == "openings").endswith("(A adds)") for laptop in laptops)
