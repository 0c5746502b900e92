"""Hostile and broken input for every importer: each input either imports, or is rejected
with a message naming the file and where in it, and the workspace is byte-for-byte unchanged.

Runs with a bounded example count in `make test` and a larger one in `make fuzz`
(``FACILITATOR_HYPOTHESIS_PROFILE=fuzz``).
"""

from __future__ import annotations

import copy
import json

import pytest
from fuzzing import TRIED, accepted, check_rejection, snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.errors import FacilitatorError
from facilitator.plan import templates
from facilitator.share import series_json as exchange
from facilitator.storage import series as store

pytestmark = pytest.mark.fuzz

# Examples that build a whole four-session series cost ~50 ms each: a quarter of the profile's count.
WHOLE_SERIES = settings(max_examples=max(10, settings().max_examples // 4))

JSON_SCALARS = (st.none() | st.booleans() | st.integers(min_value=-(2 ** 70), max_value=2 ** 70)
                | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)
HOSTILE_TEXT = st.text(st.characters(codec="utf-8"), max_size=200) | st.sampled_from([
    "", " ", "\x00", "<b>bold</b> & <script>alert(1)</script>", "Robert'); DROP TABLE series;--",
    "\u202eevil\u202c", "Zoë Ñúñez 张伟 محمد", "a" * 10_000, "\ud800", "line\nbreak\r\n", "%s %d {0}",
])


@pytest.fixture(scope="module")
def valid_export(tmp_path_factory):
    from facilitator.storage import open_workspace

    db = open_workspace(tmp_path_factory.mktemp("source") / "source.db")
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Charter conversations")
    data = exchange.export_series(db, series.id)
    db.close()
    return data


def _paths(value, prefix=()):
    """Every location in a JSON tree, as a tuple of keys and indexes."""
    yield prefix
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _paths(inner, prefix + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from _paths(inner, prefix + (index,))


def _set(tree, path, value):
    if not path:
        return value
    target = tree
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return tree


def _import_json_text(db, db_path, tmp_path, text: str | bytes, importer: str = "series JSON"):
    TRIED[importer] += 1
    source = tmp_path / "series.json"
    source.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    before = snapshot(db_path)
    count = len(store.list_series(db))
    try:
        data = exchange.load_file(source)
        new_id = exchange.import_series(db, data, source=str(source))
    except FacilitatorError as error:
        check_rejection(importer, error, str(source), before, db_path)
        assert len(store.list_series(db)) == count
        return None
    accepted(importer)
    assert len(store.list_series(db)) == count + 1
    return new_id


@given(raw=st.binary(max_size=400))
def test_series_json_random_bytes(db, db_path, tmp_path, raw):
    _import_json_text(db, db_path, tmp_path, raw)


@given(value=JSON_VALUES)
def test_series_json_any_json_value(db, db_path, tmp_path, value):
    _import_json_text(db, db_path, tmp_path, json.dumps(value))


@WHOLE_SERIES
@given(data=st.data())
def test_series_json_one_field_replaced(db, db_path, tmp_path, valid_export, data):
    tree = copy.deepcopy(valid_export)
    locations = list(_paths(tree))
    path = data.draw(st.sampled_from(locations), label="location")
    tree = _set(tree, path, data.draw(JSON_VALUES | HOSTILE_TEXT, label="value"))
    new_id = _import_json_text(db, db_path, tmp_path, json.dumps(tree, ensure_ascii=False, allow_nan=True))
    if new_id is not None:  # what was accepted exports again and imports again
        again = exchange.export_series(db, new_id)
        assert again["series"]["title"] == tree["series"]["title"].strip()


@WHOLE_SERIES
@given(data=st.data())
def test_series_json_hostile_text_everywhere(db, db_path, tmp_path, valid_export, data):
    """Any Unicode text in every text field imports and comes back unchanged."""
    tree = copy.deepcopy(valid_export)
    text_paths = [p for p in _paths(tree) if isinstance(_get(tree, p), str)
                  and p[-1] not in ("id", "format", "kind", "date", "start_date", "start_time")]
    chosen = data.draw(st.lists(st.sampled_from(text_paths), min_size=1, max_size=6, unique=True))
    for path in chosen:
        _set(tree, path, data.draw(HOSTILE_TEXT.filter(lambda t: t.strip()), label=".".join(map(str, path))))
    new_id = _import_json_text(db, db_path, tmp_path, json.dumps(tree, ensure_ascii=False))
    if new_id is not None:
        again = exchange.export_series(db, new_id)["series"]
        assert again["sessions"][0]["blocks"][0]["title"] == tree["series"]["sessions"][0]["blocks"][0]["title"]


def _get(tree, path):
    for part in path:
        tree = tree[part]
    return tree


# ---------------------------------------------------------------- templates (TOML)

TOML_LINES = st.sampled_from([
    "[template]", 'id = "fuzz"', 'name = "Fuzz"', "[series]", 'title = "T"', "[[sessions]]",
    'title = "S"', "duration_minutes = 60", "[[sessions.blocks]]", 'title = "B"', "minutes = 60",
    "minutes = -5", 'kind = "fishbowl"', 'kind = "nope"', 'start_time = "25:99"', "prompts = [1, 2]",
    "[[sessions.blocks.children]]", 'title = ""', "offset_days = 7", 'format = "virtual"', "goals = 3",
    'id = "Bad Id"', "duration_minutes = 9999999999999999999999", "minutes = 1.5", '"unclosed',
    "sessions = [1, 2]", "blocks = 3", "children = [\"x\"]", "series = 5", "template = []", "kind = []",
    "minutes = 99999999", 'title = "\u0000"', "prompts = []", "fixed = 2", "[[sessions.blocks.children.children]]",
])


def _load_template_text(db, db_path, tmp_path, text: str):
    TRIED["template TOML"] += 1
    path = tmp_path / "fuzz.toml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = snapshot(db_path)
    try:
        template = templates.load_template(path)
        series = templates.create_series(db, template, title="From fuzz")
    except FacilitatorError as error:
        check_rejection("template TOML", error, str(path), before, db_path)
        return
    accepted("template TOML")
    assert store.get_series(db, series.id).sessions


@given(text=st.text(max_size=300))
def test_template_random_text(db, db_path, tmp_path, text):
    _load_template_text(db, db_path, tmp_path, text)


@given(lines=st.lists(TOML_LINES, min_size=1, max_size=25))
def test_template_plausible_lines(db, db_path, tmp_path, lines):
    _load_template_text(db, db_path, tmp_path, "\n".join(lines) + "\n")


@WHOLE_SERIES
@given(data=st.data())
def test_template_hostile_text_in_every_text_field(db, db_path, tmp_path, data):
    source = templates.get_template("breakthrough").path.read_text(encoding="utf-8")
    import tomllib

    import tomli_w

    tree = tomllib.loads(source)
    text_paths = [p for p in _paths(tree) if isinstance(_get(tree, p), str)
                  and p[-1] not in ("id", "format", "kind", "start_time")]
    for path in data.draw(st.lists(st.sampled_from(text_paths), min_size=1, max_size=6, unique=True)):
        _set(tree, path, data.draw(HOSTILE_TEXT.filter(lambda t: t.strip()), label=".".join(map(str, path))))
    try:
        text = tomli_w.dumps(tree)
    except (UnicodeEncodeError, ValueError):
        return  # TOML cannot hold it (a lone surrogate): no file could carry it
    _load_template_text(db, db_path, tmp_path, text)


def test_rejections_name_the_line_of_the_bad_field(db, db_path, tmp_path, valid_export):
    tree = copy.deepcopy(valid_export)
    tree["series"]["sessions"][2]["blocks"][1]["minutes"] = -5
    text = json.dumps(tree, indent=2)
    source = tmp_path / "bad.json"
    source.write_text(text, encoding="utf-8")
    with pytest.raises(FacilitatorError) as caught:
        exchange.import_series(db, exchange.load_file(source), source=str(source))
    problem = caught.value.problems[0]
    assert problem.field == "series.sessions[2].blocks[1].minutes"
    assert '"minutes": -5' in text.splitlines()[problem.line - 1]
    assert f"line {problem.line}" in str(caught.value)


def test_deeply_nested_json_is_rejected_not_a_crash(db, db_path, tmp_path):
    TRIED["series JSON"] += 1
    _import_json_text(db, db_path, tmp_path, "[" * 100_000 + "]" * 100_000)
