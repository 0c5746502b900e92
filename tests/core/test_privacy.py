"""Names never leak into what is shared outside the team."""

from __future__ import annotations

import pytest

from facilitator.plan.model import Acknowledgement, Participant
from facilitator.redaction.sharing import PLACEHOLDER, acknowledged, redact


def person(name, preferred="", ack=Acknowledgement.UNKNOWN, org="", pid=None):
    return Participant(id=pid or name, series_id="s", name=name, preferred_name=preferred, acknowledgement=ack,
                       organization=org)


PEOPLE = [person("Nguyễn Thị Minh Khai", "Khai"), person("Дмитрий Соколов"), person("Αλέξανδρος"),
          person("Ana López"), person("王小明"), person("Ann"), person("Anne-Marie Dubois", "Anne-Marie")]


@pytest.mark.parametrize("text, expected", [
    ("nguyen thi minh khai spoke first", "[participant] spoke first"),
    ("NGUYỄN THỊ MINH KHAI spoke first", "[participant] spoke first"),
    ("Khai agreed.", "[participant] agreed."),
    ("дмитрий соколов disagreed", "[participant] disagreed"),
    ("ΑΛΈΞΑΝΔΡΟΣ and Αλεξανδρος", "[participant] and [participant]"),
    ("Ana López's point stood", "[participant]'s point stood"),
    ("我和王小明说话", "我和[participant]说话"),
    ("Ann and Anne-Marie and Anne-Marie Dubois", "[participant] and [participant] and [participant]"),
    ("Annie, banana, Ana, Khaiber", "Annie, banana, [participant], Khaiber"),  # "Ana" is a name part
])
def test_redact(text, expected):
    assert redact(text, PEOPLE)[0] == expected


def test_names_split_across_lines_are_still_found():
    assert redact("Ana\nLópez said", PEOPLE)[0] == "[participant] said"


def test_decomposed_accents_in_the_text_are_matched_and_removed_whole():
    decomposed = "Ana Lo\u0301pez said"
    assert redact(decomposed, PEOPLE)[0] == "[participant] said"


def test_replacements_say_where_and_what_for_review():
    out, found = redact("Then Khai and ana lópez left", PEOPLE)
    assert [r.original for r in found] == ["Khai", "ana lópez"]
    assert [out[r.start:r.end] for r in found] == [PLACEHOLDER, PLACEHOLDER]
    assert found[0].participant_id == "Nguyễn Thị Minh Khai"


def test_text_without_names_is_untouched():
    assert redact("Nothing personal here.", PEOPLE) == ("Nothing personal here.", [])


def test_only_opted_in_people_are_acknowledged():
    people = [person("By Name", ack=Acknowledgement.BY_NAME, org="Org A"),
              person("Org Only", ack=Acknowledgement.ORGANIZATION, org="Org B"),
              person("Anonymous", ack=Acknowledgement.ANONYMOUS, org="Org C"),
              person("Never Asked", org="Org D")]
    assert acknowledged(people) == (["By Name"], ["Org B"])
