"""Templates: the shipped ones are right, broken ones are explained, sessions save as templates."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.errors import InvalidInput
from facilitator.plan import agenda, templates
from facilitator.storage import series as store


def test_breakthrough_has_four_sessions_that_add_up(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="T", start=date(2026, 6, 1))
    assert [agenda.total_minutes(s.blocks) for s in series.sessions] == [135, 120, 420, 120]
    assert [s.duration_minutes for s in series.sessions] == [135, 120, 420, 120]
    day = series.sessions[2]
    rows = agenda.schedule(day.blocks)
    assert agenda.clock_at(day, rows[-1].end_offset) == "16:00"
    assert {r.block.kind.value for r in rows} >= {"break", "meal", "provocation_round"}
    assert series.sessions[1].date == "2026-06-22"


def test_community_conversation_has_one_session_per_stakeholder_group(db):
    series = templates.create_series(db, templates.get_template("community"), title="District")
    audiences = [s.audience for s in series.sessions]
    assert audiences == ["Students", "Families", "Community members"]
    assert len({(s.start_time, s.location, s.language, s.facilitator) for s in series.sessions}) == 3
    for session in series.sessions:
        titles = [b.title for b in session.blocks]
        assert titles[0].startswith("Welcome") and "Survey" in titles[-1]
        assert agenda.total_minutes(session.blocks) == session.duration_minutes


def test_every_template_credits_its_source():
    found, broken = templates.load_templates()
    assert not broken
    shipped = [t for t in found if t.id != templates.BLANK_ID]
    assert shipped and all(t.credit for t in shipped)


def test_a_blank_series_has_one_empty_session(db):
    series = templates.create_series(db, templates.get_template("blank"), title="Mine")
    assert len(series.sessions) == 1 and series.sessions[0].blocks == []


def test_a_broken_template_names_file_line_and_field(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(
        '[template]\nid = "bad"\nname = "Bad"\n\n[[sessions]]\ntitle = "S"\nduration_minutes = 30\n\n'
        '[[sessions.blocks]]\ntitle = "A"\nminutes = "ten"\n',
        encoding="utf-8")
    with pytest.raises(InvalidInput) as error:
        templates.load_template(path)
    problem = error.value.problems[0]
    assert problem.file == str(path) and problem.line == 11 and problem.field == "sessions[1].blocks[1].minutes"
    assert "bad.toml, line 11, field 'sessions[1].blocks[1].minutes'" in str(error.value)


def test_minutes_that_do_not_add_up_are_rejected(tmp_path):
    path = tmp_path / "sum.toml"
    path.write_text('[template]\nid = "s"\nname = "S"\n[[sessions]]\ntitle = "S"\nduration_minutes = 30\n'
                    '[[sessions.blocks]]\ntitle = "A"\nminutes = 20\n', encoding="utf-8")
    with pytest.raises(InvalidInput, match="add up to 20"):
        templates.load_template(path)


def test_a_broken_user_template_is_reported_not_fatal(tmp_path, monkeypatch):
    from facilitator import paths
    (paths.user_templates_dir() / "oops.toml").write_text("not = [valid", encoding="utf-8")
    found, broken = templates.load_templates()
    assert {t.id for t in found} >= {"breakthrough", "community"}
    assert len(broken) == 1 and "oops.toml" in str(broken[0])


def test_save_a_session_as_a_template_and_use_it(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="T")
    path = templates.save_session_as_template(series.sessions[0], template_id="my-opening", name="My opening")
    template = templates.get_template("my-opening")
    assert template.path == path
    copy = templates.create_series(db, template, title="Copy")
    original = store.get_session(db, series.sessions[0].id)
    assert [(r.depth, r.block.title, r.minutes) for r in agenda.schedule(copy.sessions[0].blocks)] == \
        [(r.depth, r.block.title, r.minutes) for r in agenda.schedule(original.blocks)]


@pytest.mark.parametrize("template_id", ["breakthrough", "community"])
def test_spanish_templates_mirror_the_english_ones(db, template_id):
    english = templates.create_series(db, templates.get_template(template_id), title="EN")
    spanish_template = templates.get_template(template_id, "es")
    assert spanish_template.language == "es" and spanish_template.name != templates.get_template(template_id).name
    spanish = templates.create_series(db, spanish_template, title="ES")
    shape = lambda s: [[(r.depth, r.minutes, r.block.kind) for r in agenda.schedule(x.blocks)] for x in s.sessions]
    assert shape(spanish) == shape(english)
    assert spanish.sessions[0].title != english.sessions[0].title


def test_a_language_without_translations_falls_back_to_english():
    found, _broken = templates.load_templates("fr")
    assert {t.id: t.language for t in found if t.id != "blank"} == {"breakthrough": "en", "community": "en"}


def test_a_template_edited_on_disk_is_read_afresh():
    from facilitator import paths
    shipped = templates.get_template("community").path.read_text(encoding="utf-8")
    path = paths.user_templates_dir() / "mine.toml"
    mine = shipped.replace('id = "community"', 'id = "mine"', 1)
    path.write_text(mine.replace(f'name = "{templates.get_template("community").name}"', 'name = "First"', 1),
                    encoding="utf-8")
    assert templates.get_template("mine").name == "First"
    path.write_text(mine.replace(f'name = "{templates.get_template("community").name}"', 'name = "Second, longer"',
                                 1), encoding="utf-8")
    assert templates.get_template("mine").name == "Second, longer"
    path.write_text(mine + "\nbroken = [", encoding="utf-8")
    found, broken = templates.load_templates()
    assert "mine" not in {t.id for t in found} and "mine.toml" in str(broken[0])
