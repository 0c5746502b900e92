"""Interpretation: who needs which language, which interpreter can give it, and the rules that
keep a group workable for everyone in it.

A roster records a need as the language to interpret into (``Participant.interpretation``).
Sign-up forms ask it two ways — a yes/no "Needs interpretation" column beside a "Language"
column, or the language itself in an "interpretation" column — so ``need_from_cell`` turns
either into the language. Sign language counts as a language (an ASL interpreter sits with the
people they sign for); captions are an access need, not a language.

The rule for groups: people who need different languages share a group only when each of those
languages has its interpreter in the group. An interpreter takes the people of their language
into their group; the rest of a language are kept apart from everyone needing another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from facilitator.i18n import t
from facilitator.plan.model import Participant, Role

SIGN_LANGUAGE = "ASL"
_SIGN_WORDS = {"asl", "sign", "sign language", "american sign language", "lengua de señas", "lsm"}
_CAPTION_WORDS = {"captions", "captioning", "cart", "closed captions", "subtitles", "subtítulos"}
_YES = {"yes", "y", "true", "1", "x", "sí", "si", "oui", "needed", "required", "please"}
_NO = {"no", "n", "false", "0", "none", "n a", "na", "not needed", "non"}
_HOUSE_LANGUAGES = {"english", "inglés", "ingles"}
CAPTIONS = "captions"


def _fold(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def language_key(text: str) -> str:
    """One spelling per language for matching ("ASL", "Sign language" and "asl" are the same)."""
    folded = _fold(text)
    return SIGN_LANGUAGE.casefold() if folded in _SIGN_WORDS else folded


def languages_of(text: str) -> list[str]:
    """The languages in a cell such as "Spanish, English" or "Vietnamese / French", as written."""
    return [part.strip() for part in re.split(r"[,;/]| and | y ", text) if part.strip()]


class NeedError(ValueError):
    """A need that names no language; the message says where to write it."""


@dataclass(frozen=True)
class Need:
    language: str = ""  # what to interpret into; "" for none
    captions: bool = False


def need_from_cell(text: str, languages: str) -> Need:
    """The need a cell of an interpretation column records: a yes/no flag (the language then
    comes from the person's languages, the first that is not English) or a language."""
    folded = _fold(text)
    first = folded.split(" ", 1)[0] if folded else ""
    if not folded or folded in _NO or first in ("no", "none"):
        return Need()
    if folded in _CAPTION_WORDS:
        return Need(captions=True)
    if folded in _SIGN_WORDS:
        return Need(SIGN_LANGUAGE)
    if folded in _YES or first in ("yes", "sí", "si"):
        spoken = languages_of(languages)
        chosen = [lang for lang in spoken if _fold(lang) not in _HOUSE_LANGUAGES] or spoken
        if not chosen:
            raise NeedError(t("'{text}' asks for interpretation but names no language: write the language "
                              "here or add a Language column").format(text=text.strip()))
        return Need(SIGN_LANGUAGE if _fold(chosen[0]) in _SIGN_WORDS else chosen[0])
    return Need(" ".join(text.split()))


def need_of(person: Participant) -> str:
    """The language a person needs interpretation into ("" for none; an interpreter needs none)."""
    return "" if person.role is Role.INTERPRETER else person.interpretation.strip()


def interprets(interpreter: Participant, language: str) -> bool:
    key = language_key(language)
    return interpreter.role is Role.INTERPRETER and any(
        language_key(lang) == key for lang in languages_of(interpreter.languages) + languages_of(interpreter.interpretation))


@dataclass
class GroupRules:
    """What the grouping engine needs for interpretation, and what it cannot promise."""

    interpreters: dict[str, list[str]] = field(default_factory=dict)  # interpreter id -> people they sit with
    together: list[tuple[str, ...]] = field(default_factory=list)
    apart: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def group_rules(people: Sequence[Participant], size: int | None) -> GroupRules:
    """Each interpreter takes people of their language (as many as a group of ``size`` holds
    beside them); people left without an interpreter sit with each other and never with people
    who need another language. Each shortfall is a warning naming the language."""
    rules = GroupRules()
    names = {p.id: p.display_name for p in people}
    interpreters = [p for p in people if p.role is Role.INTERPRETER]
    needs: dict[str, list[Participant]] = {}
    for p in people:
        if need_of(p):
            needs.setdefault(language_key(need_of(p)), []).append(p)
    uncovered: dict[str, list[str]] = {}
    for key, needing in sorted(needs.items()):
        shown = need_of(needing[0])
        able = [i for i in interpreters if interprets(i, shown)]
        free = [i for i in able if i.id not in rules.interpreters]
        waiting = [p.id for p in needing]
        if size is None:
            for k, pid in enumerate(waiting if free else []):
                rules.interpreters.setdefault(free[k % len(free)].id, []).append(pid)
            waiting = [] if free else waiting
        else:
            for interpreter in free:
                if waiting and size >= 2:
                    rules.interpreters[interpreter.id], waiting = waiting[:size - 1], waiting[size - 1:]
        if not waiting:
            continue
        uncovered[key] = waiting
        listed = ", ".join(names[pid] for pid in waiting)
        chunk = size or len(waiting)
        rules.together += [tuple(waiting[i:i + chunk]) for i in range(0, len(waiting), chunk)
                           if len(waiting[i:i + chunk]) > 1]
        if not able:
            rules.warnings.append((t("No interpreter for {language} is here for {names}: they sit with each other.")
                                   if len(waiting) > 1 else t("No interpreter for {language} is here for {names}."))
                                  .format(language=shown, names=listed))
        elif len(waiting) > 1:
            rules.warnings.append(t("No interpreter for {language} has room for {names}: they sit with each other.")
                                  .format(language=shown, names=listed))
        else:
            rules.warnings.append(t("No interpreter for {language} is free for {names}.").format(
                language=shown, names=listed))
    for key, waiting in uncovered.items():
        others = [p.id for other, needing in needs.items() if other != key for p in needing]
        rules.apart += [tuple(sorted((a, b))) for a in waiting for b in others]
    rules.apart = sorted(set(rules.apart))
    return rules


def uncovered_languages(members: Iterable[Participant]) -> list[str]:
    """The languages a group needs but has no interpreter for, when it needs more than one
    language; [] for a group everyone can follow."""
    members = list(members)
    needed: dict[str, str] = {}
    for p in members:
        if need_of(p):
            needed.setdefault(language_key(need_of(p)), need_of(p))
    if len(needed) < 2:
        return []
    team = [p for p in members if p.role is Role.INTERPRETER]
    return [shown for key, shown in sorted(needed.items()) if not any(interprets(i, shown) for i in team)]


def language_warnings(groups: Sequence[tuple[str, Sequence[str]]], people: Mapping[str, Participant]) -> list[str]:
    """A warning per group (label, member ids) that mixes languages without their interpreters:
    hand edits on the board can make one."""
    out = []
    for label, ids in groups:
        missing = uncovered_languages(people[pid] for pid in ids if pid in people)
        if missing:
            out.append(t("{group} mixes languages with no interpreter for {languages}.").format(
                group=label, languages=", ".join(missing)))
    return out


def need_label(person: Participant) -> str:
    """What a group list or a tent says about a person's language: the need, or the
    languages an interpreter gives."""
    if person.role is Role.INTERPRETER:
        spoken = ", ".join(languages_of(person.interpretation) or languages_of(person.languages))
        return t("Interpreter: {languages}").format(languages=spoken) if spoken else t("Interpreter")
    if need_of(person):
        return t("Interpretation: {language}").format(language=need_of(person))
    return ""


def language_lines(people: Sequence[Participant]) -> list[str]:
    """Each language needed, by how many, and who interprets it."""
    lines = []
    needs: dict[str, list[Participant]] = {}
    for p in people:
        if need_of(p):
            needs.setdefault(language_key(need_of(p)), []).append(p)
    interpreters = [p for p in people if p.role is Role.INTERPRETER]
    for key, needing in sorted(needs.items()):
        shown = need_of(needing[0])
        able = [i.display_name for i in interpreters if interprets(i, shown)]
        lines.append(t("{language}: {count} to interpret for · {who}").format(
            language=shown, count=len(needing),
            who=t("interpreter: {names}").format(names=", ".join(able)) if able else t("no interpreter")))
    return lines


def room_lines(people: Sequence[Participant]) -> list[str]:
    """For the run-sheet: the languages (``language_lines``), then the access needs people
    wrote, each with how many wrote it."""
    lines = language_lines(people)
    access: dict[str, tuple[str, int]] = {}
    for p in people:
        for need in (part.strip() for part in re.split(r"[;\n]", p.accessibility)):
            if need:
                shown, count = access.get(need.casefold(), (need, 0))
                access[need.casefold()] = (shown, count + 1)
    lines += [t("Access: {need} ({count})").format(need=shown, count=count)
              for shown, count in sorted(access.values(), key=lambda pair: pair[0].casefold())]
    return lines
