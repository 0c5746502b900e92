"""A block's wrap-up warning travels with it: export and import, and saved templates."""

from __future__ import annotations

import json

import pytest

from facilitator.errors import InvalidInput
from facilitator.plan import templates
from facilitator.share import series_json as exchange
from facilitator.storage import series as store


@pytest.fixture
def series(db):
    made = templates.create_series(db, templates.get_template("breakthrough"), title="Charter")
    store.update_block(db, made.sessions[0].blocks[0].id, wrap_up_minutes=5)
    return store.get_series(db, made.id)


def test_export_and_import_keep_the_wrap_up_warning(db, series):
    copy_id = exchange.import_series(db, json.loads(exchange.dumps(exchange.export_series(db, series.id))))
    copy = store.get_series(db, copy_id)
    assert copy.sessions[0].blocks[0].wrap_up_minutes == 5
    assert copy.sessions[0].blocks[1].wrap_up_minutes is None


def test_a_negative_wrap_up_warning_is_rejected_with_its_place(db, series):
    data = exchange.export_series(db, series.id)
    data["series"]["sessions"][0]["blocks"][0]["wrap_up_minutes"] = -1
    with pytest.raises(InvalidInput) as caught:
        exchange.import_series(db, data, source="plan.json")
    assert "wrap_up_minutes" in str(caught.value) and "plan.json" in str(caught.value)


def test_a_saved_template_keeps_the_wrap_up_warning(db, series):
    templates.save_session_as_template(series.sessions[0], template_id="opening", name="Opening")
    copy = templates.create_series(db, templates.get_template("opening"), title="Copy")
    assert copy.sessions[0].blocks[0].wrap_up_minutes == 5
