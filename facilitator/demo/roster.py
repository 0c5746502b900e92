"""A fictional roster of 22 people for the demo series, the screenshots and the speed bench:
eight perspectives, a few shared organisations, two facilitators, a note-taker, an
interpreter and two people who need Spanish interpretation."""

from __future__ import annotations

from sqlite_utils import Database

from facilitator.plan.model import Participant, Role
from facilitator.storage.roster import add_participant

PEOPLE = [
    # name, organization, perspective, role, interpretation, languages
    ("Amara Okafor", "Riverside Charter Network", "Charter school leader", "", "", ""),
    ("Ben Whitfield", "Eastside Unified", "District teacher", "", "", ""),
    ("Carmen Ruiz", "Familias Unidas", "Parent or caregiver", "", "Spanish", "Spanish"),
    ("Dev Patel", "State Education Lab", "Researcher", "", "", ""),
    ("Elena Sokolova", "Teachers Union Local 12", "Union leader", "", "", ""),
    ("Farah Haddad", "Northgate High", "Student", "", "", ""),
    ("Grace Liu", "Bright Futures Fund", "Funder", "", "", ""),
    ("Hector Alvarez", "Familias Unidas", "Community organizer", "", "Spanish", "Spanish"),
    ("Imani Brooks", "Riverside Charter Network", "District teacher", "", "", ""),
    ("Jonah Feld", "Eastside Unified", "Charter school leader", "", "", ""),
    ("Keiko Tanaka", "Parents for Public Schools", "Parent or caregiver", "", "", ""),
    ("Luis Moreno", "Westfield Academy", "Student", "", "", ""),
    ("Maya Goldberg", "Teachers Union Local 12", "District teacher", "", "", ""),
    ("Nadia Rahman", "Community Voices", "Community organizer", "", "", ""),
    ("Oscar Nilsson", "State Education Lab", "Union leader", "", "", ""),
    ("Priya Shah", "Bright Futures Fund", "Researcher", "", "", ""),
    ("Quentin Moss", "Westfield Academy", "Funder", "", "", ""),
    ("Rosa Delgado", "Parents for Public Schools", "Parent or caregiver", "", "", ""),
    ("Sam Osei", "Partnership staff", "Facilitation team", "facilitator", "", ""),
    ("Tess Harper", "Partnership staff", "Facilitation team", "facilitator", "", ""),
    ("Uma Reyes", "Partnership staff", "Facilitation team", "note_taker", "", ""),
    ("Victor Lima", "Language Bridge", "Interpreter", "interpreter", "", "English, Spanish"),
]


def add_sample_roster(db: Database, series_id: str) -> list[Participant]:
    return [add_participant(db, series_id, name=name, organization=org, perspective=perspective,
                            role=Role(role or "participant"), interpretation=need, languages=languages)
            for name, org, perspective, role, need, languages in PEOPLE]
