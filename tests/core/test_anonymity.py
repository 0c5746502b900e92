"""Anonymity that holds: a 20-person roster whose names appear in the team's notes in every form
a name takes, checked on what actually leaves the team — the external summary PDF (read back
with pypdf), the thank-you .eml drafts (decoded as a mail program would) and the external
Markdown — and erasure that leaves nothing to find."""

from __future__ import annotations

import email
import io
import re
from datetime import date
from email import policy

import pypdf
import pytest
from anyascii import anyascii
from click.testing import CliRunner

from facilitator import documents
from facilitator.cli import main
from facilitator.plan import templates
from facilitator.plan.model import Acknowledgement
from facilitator.redaction.review import ReviewPending
from facilitator.roster import personal_data
from facilitator.share import markdown_csv as export
from facilitator.share import messages
from facilitator.storage import notes, open_workspace, roster, themes

ROSTER = [
    dict(name="Marcus Reid"),
    dict(name="Grace Kim"),
    dict(name="Дмитрий Соколов"),
    dict(name="Nguyễn Thị Minh Khai", preferred_name="Minh Khai"),
    dict(name="Amara Okafor", organization="Lakeside Tenants Union", acknowledgement="anonymous"),
    dict(name="Li Wei"),
    dict(name="Siobhan O'Brien-Smith"),
    dict(name='Robert "Bob" Tanner'),
    dict(name="William (Will) Hughes"),
    dict(name="Zoë Martín", email="zoe.martin@example.org", phone="+44 20 7946 0958"),
    dict(name="Juan de la Cruz"),
    dict(name="Olivia Hart"),
    dict(name="Hope Adeyemi"),
    dict(name="Αλέξανδρος Παπαδόπουλος"),
    dict(name="Priya Raman", acknowledgement="by_name", organization="Northside Clinic"),
    dict(name="Tomás Álvarez", organization="Eastgate Food Bank", acknowledgement="organization"),
    dict(name="Park Ji-ho"),
    dict(name="Fatima Al-Hassan"),
    dict(name="Kwame Mensah", organization="Riverbend Youth Club"),
    dict(name="Sam Team", role="facilitator"),
]

# Each quote embeds one or more identifying forms; ``gone`` must not survive anywhere shared.
QUOTES = [
    ("Marcus said the buses never come on time.", ["Marcus"]),
    ("I agree with Grace's point about the buses.", ["Grace's"]),
    ("Dmitri was right about the night shifts.", ["Dmitri"]),
    ("Minh Khai told us the clinic closes at four.", ["Minh Khai", "Khai"]),
    ("Okafor kept coming back to rent.", ["Okafor"]),
    ("Wei's family moved twice last year.", ["Wei"]),
    ("O'Brien-Smith and the others disagreed.", ["O'Brien", "Brien", "Smith"]),
    ("Then Bob asked who decides.", ["Bob"]),
    ("Honestly Will put it best: we will keep going.", ["Will put"]),
    ("Robert Tanner spoke last.", ["Robert", "Tanner"]),
    ("zoe wrote to us afterwards.", ["zoe"]),
    ("Write to zoe.martin@example.org or someone@else.net for the minutes.", ["zoe.martin", "someone@else"]),
    ("Call +44 20 7946 0958 or (555) 013-4477 for a ride.", ["7946", "013-4477"]),
    ("Ms. Okafor said rents doubled.", ["Ms.", "Okafor"]),
    ("People from Lakeside Tenants Union came together.", ["Lakeside", "Tenants Union"]),
    ("As de la Cruz put it, the rules keep changing.", ["de la Cruz", "Cruz"]),
    ("olivia thought the meeting ran long.", ["olivia"]),
    ("Hope said nobody asked them.", ["Hope said"]),
    ("Alexandros and A. Papadopoulos wanted more time.", ["Alexandros", "Papadopoulos"]),
    ("Dr. Raman explained the waiting lists.", ["Raman"]),
    ("Ji-ho laughed, and Al-Hassan nodded.", ["Ji-ho", "Hassan"]),
    ("Mensah from Riverbend Youth Club asked about funding.", ["Mensah", "Riverbend"]),
]
# Everyday words that are also name parts: used as words, they stay.
KEPT = ["we will keep going", "We hope the park stays open", "a grace period for rent", "it may rain"]


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", anyascii(text)).casefold()


@pytest.fixture
def workspace(db):
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Eastside listening",
                                     start=date(2026, 3, 15))
    for person in ROSTER:
        roster.add_participant(db, series.id, **person)
    session = series.sessions[0]
    theme = themes.create_theme(db, series.id, "Getting around", description="Transport came up in every group.")
    quotes = [q for q, _gone in QUOTES] + [k.capitalize() + "." for k in KEPT]
    for text in quotes:
        note = notes.add_note(db, session.id, text=text, kind="quote")
        themes.tag_notes(db, theme["id"], [note.id])
        themes.set_illustrative(db, theme["id"], note.id, True)
    return series, session


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def assert_anonymous(text: str, where: str) -> None:
    folded = fold(text)
    for quote, gone in QUOTES:
        for form in gone:
            assert fold(form) not in folded, f"{form!r} (from {quote!r}) survived in {where}"
    for kept in KEPT:
        assert fold(kept) in folded, f"the everyday words {kept!r} were lost in {where}"
    assert "[participant]" in text and "[email]" in text and "[phone]" in text and "[organization]" in text


def test_nothing_identifying_survives_in_anything_shared(db, workspace, tmp_path):
    series, session = workspace
    with pytest.raises(ReviewPending):  # nothing leaves before the review
        documents.render(db, "summary-external", series.id, session.id)
    items = documents.external_review(db, series.id, session.id)
    assert len(items) >= len(QUOTES)
    suspects = [s.word for item in items for s in item.redacted.suspects]
    assert "Alexandros" not in suspects  # on the roster, in another script
    kept = [(d.word, d.reason) for item in items for d in item.redacted.decisions if not d.redacted]
    assert ("will", "used as a word") in kept and ("park", "used as a word") in kept
    documents.accept_all_passages(db, series.id, session.id)

    pdf = pdf_text(documents.render(db, "summary-external", series.id, session.id))
    assert_anonymous(pdf.split("Acknowledgements")[0], "the external summary PDF")
    acknowledgements = pdf.split("Acknowledgements")[1]
    assert "Priya Raman" in acknowledgements and "Eastgate Food Bank" in acknowledgements
    assert "Lakeside" not in acknowledgements and "Riverbend" not in acknowledgements

    drafts = messages.write_eml(messages.messages_for(db, series.id, session.id, "thank-you"), tmp_path / "mail")
    assert len(drafts) == len(ROSTER) - 1  # the team is not written to
    for path in drafts:
        assert not any(fold(part) in fold(path.name) for p in ROSTER for part in p["name"].split())
        mail = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        body = mail.get_body().get_content()
        assert_anonymous(body.split("\n", 1)[1], f"{path.name}")  # after "Dear <their own name>,"
    assert (tmp_path / "mail").stat().st_mode & 0o777 == 0o700

    markdown = export.summary_markdown(db, series.id, session.id)
    shown = markdown.replace("\\[", "[").replace("\\]", "]")  # as a Markdown viewer shows it
    assert_anonymous(shown.split("Acknowledgements")[0], "the external Markdown")


def test_an_edit_in_review_is_what_gets_shared(db, workspace):
    series, session = workspace
    item = next(i for i in documents.external_review(db, series.id, session.id) if "buses never" in i.source)
    documents.approve_passage(db, series.id, item.key, "Someone said the buses are unreliable.", edited=True)
    documents.accept_all_passages(db, series.id, session.id)
    pdf = pdf_text(documents.render(db, "summary-external", series.id, session.id))
    assert "Someone said the buses are unreliable." in pdf and "never come on time" not in pdf
    notes.add_note(db, session.id, text="Marcus came back for the second half.", kind="quote")
    assert [i.status for i in documents.external_review(db, series.id, session.id)
            if "buses" in i.source][:1] == ["edited"]


def test_cli_review_lists_each_replacement_and_suspect_then_prints(db_path, tmp_path):
    db = open_workspace(db_path)
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Demo")
    roster.add_participant(db, series.id, name="Marcus Reid")
    theme = themes.create_theme(db, series.id, "Trust")
    for text in ("Marcus said trust is slow.", "We met Fernanda at the library."):
        note = notes.add_note(db, series.sessions[0].id, text=text, kind="quote")
        themes.tag_notes(db, theme["id"], [note.id])
        themes.set_illustrative(db, theme["id"], note.id, True)
    db.close()
    base = ["--db", str(db_path), "print", "summary-external", "Demo", "--session", "1", "-o", str(tmp_path / "s.pdf")]
    refused = CliRunner().invoke(main, base)
    assert refused.exit_code == 2 and "wait for review" in refused.output
    result = CliRunner().invoke(main, base + ["--review"], input="a\ne\nWe met someone at the library.\n")
    assert result.exit_code == 0, result.output
    assert "took out “Marcus” (not an everyday word — Marcus Reid)" in result.output
    assert "“Fernanda” may be a name not on the roster" in result.output
    text = pdf_text((tmp_path / "s.pdf").read_bytes())
    assert "[participant] said trust is slow." in text and "We met someone at the library." in text
    assert "Fernanda" not in text and "Marcus" not in text


def test_erase_leaves_no_name_to_find_and_says_which_backups_hold_them(db_path, tmp_path):
    db = open_workspace(db_path)
    series = templates.create_series(db, templates.get_template("breakthrough"), title="Demo")
    roster.add_participant(db, series.id, name="Olivia Nakamura-Hart", preferred_name="Liv",
                                    email="liv@example.org")
    roster.add_participant(db, series.id, name="Ben Ruiz")
    session = series.sessions[0]
    note = notes.add_note(db, session.id, text="Olivia and Ben disagreed; nakamura-hart wants a vote. Liv's idea.")
    notes.add_note(db, session.id, text="Ask liv@example.org about the hall.")
    theme = themes.create_theme(db, series.id, "Nakamura's proposal", description="Olivia Nakamura-Hart on voting")
    themes.tag_notes(db, theme["id"], [note.id])
    from facilitator.storage import framework

    framework.add_statement(db, series.id, "Votes are open.", tensions="Hart worries about turnout.")
    framework.snapshot_framework(db, series.id, label="After Olivia spoke")
    db.close()
    open_workspace(db_path).close()  # opening after a change takes a backup that holds her
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(db_path), "participant", "erase", "Demo", "liv@example.org", "--yes"])
    assert result.exit_code == 0, result.output
    assert "Nothing in the workspace names them any more" in result.output
    assert re.search(r"Backup .*\.db still holds them: .*participants\.name \(1\)", result.output)
    assert "notes.text" in result.output

    db = open_workspace(db_path)
    for part in ("Olivia", "Nakamura", "Hart", "Liv", "liv@example.org", "Nakamura-Hart"):
        assert notes.search_notes(db, series.id, part) == [], part
        for table in db.table_names():
            if table.startswith("notes_fts"):
                continue
            for row in db.execute(f"SELECT * FROM [{table}]").fetchall():
                for value in row:
                    assert not (isinstance(value, str) and re.search(rf"\b{re.escape(part)}\b", value, re.I)), \
                        f"{part} still in {table}: {value!r}"
    assert "Ben" in notes.list_notes(db, series.id)[0].text  # other people's words stay
    db.close()

    db = open_workspace(db_path)
    other = roster.add_participant(db, series.id, name="Kwame Mensah")
    notes.add_note(db, session.id, text="Mensah asked about funding.")
    db.close()
    open_workspace(db_path).close()
    db = open_workspace(db_path)
    result = personal_data.erase_participant(db, series.id, other.id, backups="rewrite")
    assert result["backups"] and all(b["action"] == "rewritten" and not b["holds"] for b in result["backups"])
    result = personal_data.erase_participant(db, series.id, "Ben Ruiz", backups="delete")
    assert result["backups"] and all(b["action"] == "deleted" for b in result["backups"])
    db.close()


def test_acknowledgement_choices_decide_whose_organisation_is_taken_out(db, workspace):
    series, session = workspace
    people = {p.name: p for p in roster.list_participants(db, series.id)}
    assert people["Amara Okafor"].acknowledgement is Acknowledgement.ANONYMOUS
    assert people["Kwame Mensah"].acknowledgement is Acknowledgement.UNKNOWN  # no choice: not credited
    external = documents.external_summary(db, series.id, session.id, reviewed=False)
    assert external.organizations == ["Eastgate Food Bank"] and external.names == ["Priya Raman"]
