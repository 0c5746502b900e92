"""The Spanish interface is complete: every string in ui/ has a translation, adding a string without
one fails here, printed documents follow the language, and a Spanish screen shows no English."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator import documents, i18n
from facilitator.catalogue_es import SPANISH
from facilitator.documents.paper import Paper
from facilitator.notes import NoteKind
from facilitator.plan import templates
from facilitator.plan.model import BlockKind, Format
from facilitator.roster.columns import COLUMNS
from facilitator.share import messages
from facilitator.synthesis.debrief import DEBRIEF_PROMPTS, FollowupStatus
from ui.roster.table_model import CHOICES as ROSTER_CHOICES
from ui.roster.table_model import COLUMNS as ROSTER_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "facilitator_es.ts"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")


def _messages(ts: Path):
    """(context, source, [translations], unfinished) for every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            yield name, message.findtext("source"), forms, translation.get("type") in ("unfinished", "obsolete")


def test_every_shipped_string_has_a_spanish_translation_with_the_same_placeholders():
    problems = []
    for context, source, forms, unfinished in _messages(TS):
        if unfinished or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} has no Spanish")
        elif sorted(PLACEHOLDER.findall(forms[-1])) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} → {forms[-1]!r} changes the placeholders")
    assert not problems, "\n".join(problems)
    assert TS.with_suffix(".qm").stat().st_mtime >= TS.stat().st_mtime - 5, "run `make translations`"


def test_no_string_in_the_sources_lacks_a_spanish_translation(tmp_path):
    """Regenerate the .ts from ui/ as `make translations` does: a new tr() string shows up unfinished."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "facilitator_es.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = [f"{context}: {source!r}" for context, source, forms, unfinished in _messages(fresh)
               if unfinished or not all(f.strip() for f in forms)]
    assert not missing, "Untranslated (add Spanish, then `make translations`):\n" + "\n".join(missing)


def test_core_labels_shown_on_screen_are_all_listed_for_translation():
    """Labels held in variables (kinds, formats, columns...) must be named in ui/core_labels.py."""
    listed = set()
    tree = ast.parse((ROOT / "ui" / "core_labels.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            listed.add((node.args[0].value, node.args[1].value))
    wanted = ({("BlockKind", k.label) for k in BlockKind} | {("NoteKind", k.label) for k in NoteKind}
              | {("", f.label) for f in Format} | {("DebriefView", s.label) for s in FollowupStatus}
              | {("DebriefView", question) for question in DEBRIEF_PROMPTS.values()}
              | {("DocumentsTab", k.title) for k in documents.KINDS.values()}
              | {("DocumentsTab", p.label) for p in Paper}
              | {("ImportDialog", c.header) for c in COLUMNS}
              | {("MessagesTab", t.name) for t in messages.load_templates().values()}
              | {("RosterTableModel", header) for _field, header in ROSTER_COLUMNS}
              | {("RosterTableModel", value) for values in ROSTER_CHOICES.values() for value in values if value})
    assert not wanted - listed, f"add to ui/core_labels.py: {sorted(wanted - listed)}"


def _core_keys() -> set[str]:
    keys = set()
    for path in (ROOT / "facilitator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_t = getattr(node.func, "id", "") == "t" if isinstance(node, ast.Call) else False
            is_t = is_t or (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "t"
                            and getattr(node.func.value, "id", "") == "i18n")
            if (is_t and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                keys.add(node.args[0].value)
    return keys


def test_every_printed_label_has_spanish():
    from facilitator.documents import dates, runsheet

    keys = (_core_keys() | {k.title for k in documents.KINDS.values()} | {k.label for k in BlockKind}
            | {f.label for f in Format} | set(dates.WEEKDAYS) | set(dates.MONTHS) | set(runsheet.DEFAULT_AGREEMENTS)
            | {"Front of room", "Tensions", "Guardrails", "Open questions", "Added", "Revised", "Removed"}
            | set(messages._NO_VENUE.values()))
    assert len(keys) > 60
    missing = sorted(k for k in keys if k not in SPANISH)
    assert not missing, f"add to facilitator/catalogue_es.py: {missing}"
    wrong = [k for k in keys if sorted(PLACEHOLDER.findall(k)) != sorted(PLACEHOLDER.findall(SPANISH[k]))]
    assert not wrong


def _pdf_text(pdf: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def test_a_run_sheet_prints_its_labels_in_the_language_asked_for(db):
    series = templates.create_series(db, templates.get_template("breakthrough", "es"), title="Carta",
                                     start=__import__("datetime").date(2026, 3, 14))
    session = series.sessions[0]
    spanish = _pdf_text(documents.render(db, "runsheet", series.id, session.id, language="es"))
    english = _pdf_text(documents.render(db, "runsheet", series.id, session.id))
    assert "Página 1 de" in spanish and "Guion de facilitación" in spanish and "sábado 14 de marzo de 2026" in spanish
    assert "Page 1 of" not in spanish and "Materials checklist" not in spanish
    assert "Page 1 of" in english and "Saturday 14 March 2026" in english
    assert i18n.current() == "en"  # the language was only for that document


def test_the_demo_series_follows_the_interface_language(db):
    from facilitator.demo.series import ensure_demo
    from facilitator.storage import series as store

    series_id = ensure_demo(db, language="es")
    sessions = store.list_sessions(db, series_id)
    assert sessions[0].title == templates.get_template("breakthrough", "es").sessions[0]["title"] != \
        templates.get_template("breakthrough").sessions[0]["title"]


def test_message_templates_ship_in_spanish_with_the_same_merge_fields():
    english = messages.load_templates()
    with i18n.language("es"):
        spanish = messages.load_templates()
    assert list(spanish) == list(english)
    for template_id, template in spanish.items():
        assert template.body != english[template_id].body
        assert set(messages.fields_used(template.body, template.name)) == \
            set(messages.fields_used(english[template_id].body, english[template_id].name))


def test_no_translated_string_hides_where_lupdate_cannot_see_it():
    """lupdate skips f-strings: a tr() inside one is never offered for translation."""
    hidden = [f"{path.relative_to(ROOT)}:{number}" for path in sorted((ROOT / "ui").rglob("*.py"))
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
              if re.search(r"""\bf["'].*\{(self\.)?(tr|QCoreApplication\.translate)\(""", line)]
    assert not hidden, f"move these tr() calls out of f-strings: {hidden}"


def test_what_the_live_runner_says_follows_the_language(db):
    from facilitator.errors import FacilitatorError
    from facilitator.live import LiveSession

    series = templates.create_series(db, templates.get_template("breakthrough"), title="Carta")
    live = LiveSession(db, series.sessions[0].id)
    with pytest.raises(FacilitatorError, match="The timer is not running"):
        live.pause()
    with i18n.language("es"), pytest.raises(FacilitatorError, match="El cronómetro no está en marcha"):
        live.pause()


def test_a_rejected_roster_file_is_explained_in_the_language(tmp_path, db):
    from facilitator.errors import InvalidInput
    from facilitator.roster.spreadsheets import import_file

    series = templates.create_series(db, templates.get_template("breakthrough"), title="Carta")
    roster = tmp_path / "inscripciones.csv"
    roster.write_text("Name,Email\nAna López,ana@\n", encoding="utf-8")
    with i18n.language("es"), pytest.raises(InvalidInput) as rejected:
        import_file(db, series.id, roster)
    assert "inscripciones.csv, línea 2, campo «Email»: «ana@» no es una dirección de correo electrónico" \
        in str(rejected.value)


def test_the_command_line_prints_in_the_language_asked_for(tmp_path, db_path):
    from click.testing import CliRunner

    from facilitator.cli import main

    runner = CliRunner()
    base = ["--db", str(db_path)]
    assert runner.invoke(main, base + ["series", "new", "--template", "breakthrough", "--title", "Carta",
                                       "--start", "2026-06-01"]).exit_code == 0
    out = tmp_path / "guion.pdf"
    result = runner.invoke(main, base + ["print", "runsheet", "Carta", "--session", "1", "--language", "es",
                                         "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Guion de facilitación" in _pdf_text(out.read_bytes())


def test_english_counts_read_as_english_one_and_many(qapp, tmp_path):
    """Qt shows "%n page(s)" as written unless a translation gives the forms; English has one too."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n as ui_i18n

    fresh = tmp_path / "facilitator_en.ts"
    shutil.copyfile(TS.with_name("facilitator_en.ts"), fresh)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-pluralonly", "-locations", "none",
                    "-no-obsolete", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    unfinished = [source for _context, source, _forms, waiting in _messages(fresh) if waiting]
    assert unfinished == [], "give the English forms in resources/translations/facilitator_en.ts"
    try:
        ui_i18n.install("en")
        say = lambda n: QCoreApplication.translate("DocumentsTab", "%n page(s).", "", n)  # noqa: E731
        assert (say(1), say(3)) == ("1 page.", "3 pages.")
    finally:
        ui_i18n.install("en")
