"""Takes every identifying form out of one text and says what it did, for the review list.

Order: e-mail addresses and phone numbers (anyone's), names in scripts without spaces, then the
roster's names and the organisations of people who asked not to be named, word by word, the
longest form first. A form made only of everyday words ("Will", "Grace Park") is taken out
only where it is used as a name: capitalised mid-sentence, before a possessive or a verb of
speech, after a title or an initial; elsewhere it stays, and either way the decision is listed.
A capitalised word mid-sentence that is neither an everyday word nor on the roster is listed as
a suspected name, left for the person to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from facilitator.i18n import t
from facilitator.plan.model import Participant
from facilitator.redaction import contacts
from facilitator.redaction import text as tx
from facilitator.redaction.forms import NAME, ORGANIZATION, TITLES, Form, Literal, roster_forms
from facilitator.redaction.words import is_word

PLACEHOLDERS = {NAME: "[participant]", ORGANIZATION: "[organization]", "email": "[email]", "phone": "[phone]"}
SPEECH = frozenset({
    "said", "says", "say", "asked", "asks", "told", "tells", "thinks", "thought", "noted", "notes", "added",
    "shared", "mentioned", "argued", "explained", "replied", "suggested", "agreed", "disagreed", "felt", "feels",
    "insisted", "wondered", "pointed", "dijo", "dice", "comento", "pregunto", "piensa", "cree", "menciono",
    "explico", "sugirio", "conto", "opina", "opino",
})
_GAP = re.compile(r"\s+|[\s'’‘`\-‐‑–.]{1,3}")
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;\n•·*]|\n\s*[-–—])[\s\"'“”‘’«»¿¡(\[]*$")
_POSSESSIVE = re.compile(r"^['’]s?(?!\w)")


@dataclass(frozen=True)
class Replacement:
    """One identifying form taken out: where its placeholder sits in the redacted text, what it
    replaced, whose it was and why."""

    start: int
    end: int
    original: str
    participant_id: str
    kind: str = NAME
    reason: str = ""
    owner_label: str = ""  # the roster name it matched (for the team's review only)


@dataclass(frozen=True)
class Decision:
    """An everyday word that is also a name part, and whether it was taken out."""

    word: str
    redacted: bool
    reason: str
    start: int  # in the redacted text (the placeholder when taken out)
    end: int


@dataclass(frozen=True)
class Suspect:
    """A capitalised word mid-sentence, not an everyday word and not on the roster."""

    word: str
    start: int  # in the redacted text
    end: int


@dataclass
class Redacted:
    text: str
    replacements: list[Replacement] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    suspects: list[Suspect] = field(default_factory=list)

    @property
    def needs_review(self) -> bool:
        return bool(self.replacements or self.decisions or self.suspects)


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    owner: str
    reason: str
    label: str = ""


def _title_case(tokens: list[tx.Token]) -> bool:
    """A heading in Title Case ("Building Hope In The Park"), where a capital says nothing about
    names: most of its longer everyday words are capitalised."""
    words = [tok for tok in tokens if len(tok.text) > 3 and is_word(tok.key)]
    return len(words) >= 3 and sum(tok.capitalised for tok in words) >= 0.75 * len(words)


class Redactor:
    """Built once per roster, applied to every text of a summary, message or export.

    ``everyone``: also anyone's e-mail address and phone number, and the organisations of people
    who asked not to be named (for shared text). Without it (erasing one person from the team's
    own notes) only the given people's names and their own contacts go."""

    def __init__(self, participants: Iterable[Participant], *, everyone: bool = True):
        self._everyone = everyone
        forms, literals = roster_forms(participants, organizations=everyone, contacts=not everyone)
        self._literals: list[Literal] = literals
        self._index: dict[str, list[Form]] = {}
        for form in forms:
            self._index.setdefault(form.skeletons[0], []).append(form)
        # What a text must contain for any form to be in it (``may_find``).
        self._needles = {tx.skeleton(k) for form in forms for k in form.keys if len(k) >= 2}
        # Roster names in Latin letters, searched inside text written without spaces.
        self._run_together = sorted({("".join(f.keys), f) for f in forms if len("".join(f.keys)) >= 6
                                     and not f.wordy and f.kind == NAME}, key=lambda item: -len(item[0]))

    def may_find(self, text: str) -> bool:
        """A quick look that rules most texts out before ``redact`` (erasing one person from a
        workspace of thousands of notes): False only when no name of theirs can be in it."""
        if self._everyone and ("@" in text or any(c.isdigit() for c in text)):
            return True
        folded = tx.skeleton(tx.fold_words(text))
        return any(n in folded for n in self._needles) or any(lit.text.casefold() in text.casefold()
                                                              for lit in self._literals)

    def redact(self, text: str) -> Redacted:
        if not text:
            return Redacted(text or "")
        spans: list[_Span] = []
        taken = [False] * len(text)

        def take(span: _Span) -> None:
            spans.append(span)
            for i in range(span.start, span.end):
                taken[i] = True

        for start, end in (contacts.email_spans(text) if self._everyone else ()):
            take(_Span(start, end, "email", "", t("e-mail address")))
        for start, end in (contacts.phone_spans(text) if self._everyone else ()):
            if not any(taken[start:end]):
                take(_Span(start, end, "phone", "", t("phone number")))
        folded = text.casefold() if len(text.casefold()) == len(text) else text
        for literal in self._literals:
            needle = literal.text.casefold() if folded is not text else literal.text
            at = folded.find(needle)
            while at >= 0:
                if not any(taken[at:at + len(needle)]):
                    take(_Span(at, at + len(needle), literal.kind, literal.owner, t("name on the roster"),
                               literal.label))
                at = folded.find(needle, at + 1)
        tokens = [tok for tok in tx.tokens(text) if not any(taken[tok.start:tok.end])]
        title_case = _title_case(tokens)
        letters = [c for c in text if c.isalpha()]
        shouting = sum(c.isupper() for c in letters) > 0.6 * len(letters)  # capitals say nothing then
        decisions: list[tuple[int, int, str, bool, str]] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if tx.unspaced(token.text):
                for span in self._inside_unspaced(token):
                    if not any(taken[span.start:span.end]):
                        take(span)
                i += 1
                continue
            match = self._match(text, tokens, i)
            if match is None:
                i += 1
                continue
            form, last = match
            start, end = tokens[i].start, tokens[last].end
            if form.wordy:
                redacted, reason = self._used_as_name(text, tokens, i, last, title_case, shouting)
                decisions.append((start, end, text[start:end], redacted, reason))
                if not redacted:
                    i = last + 1
                    continue
            else:
                reason = t("not an everyday word") if len(form.keys) == 1 else t("name on the roster")
            start = self._with_title(text, tokens, i)
            take(_Span(start, end, form.kind, form.owner, reason, form.label))
            i = last + 1
        decisions = [self._beside_a_name(text, decision, taken) for decision in decisions]
        for start, end, _word, redacted, reason in decisions:
            if redacted and not taken[start]:
                form, _last = self._match(text, [tok for tok in tokens if tok.start >= start], 0)
                take(_Span(start, end, form.kind, form.owner, reason, form.label))
        suspects = [] if title_case else [tok for tok in tokens if self._suspect(text, tok, taken)]
        return _assemble(text, spans, decisions, suspects)

    # ------------------------------------------------------------ matching

    def _match(self, text: str, tokens: list[tx.Token], i: int) -> tuple[Form, int] | None:
        """The longest form starting at token ``i``, and the index of its last token."""
        best: tuple[Form, int] | None = None
        for form in self._index.get(tx.skeleton(tokens[i].key), ()):
            n = len(form.keys)
            if i + n > len(tokens) or (best and n <= best[1] - i + 1):
                continue
            if all(_same(tokens[i + j].key, form.keys[j], form.skeletons[j]) for j in range(n)) and \
                    all(_GAP.fullmatch(text[tokens[i + j].end:tokens[i + j + 1].start]) for j in range(n - 1)):
                best = (form, i + n - 1)
        return best

    def _inside_unspaced(self, token: tx.Token) -> list[_Span]:
        """Roster names in Latin letters found in the transliteration of a run of Chinese (etc.)."""
        folded, origin = "", []
        for index, char in enumerate(token.text):
            piece = tx.key(char)
            folded += piece
            origin += [token.start + index] * len(piece)
        out = []
        for needle, form in self._run_together:
            at = folded.find(needle)
            while at >= 0:
                out.append(_Span(origin[at], origin[at + len(needle) - 1] + 1, NAME, form.owner,
                                 t("name on the roster"), form.label))
                at = folded.find(needle, at + 1)
        return out

    @staticmethod
    def _with_title(text: str, tokens: list[tx.Token], i: int) -> int:
        """Start of the name with any title or initials before it ("Ms. Okafor", "J. K. Okafor")."""
        start = tokens[i].start
        while i > 0:
            before = tokens[i - 1]
            gap = text[before.end:start]
            initial = len(before.text) == 1 and before.text.isupper() and gap.startswith(".")
            title = before.capitalised and before.key in TITLES and re.fullmatch(r"\.?\s+", gap)
            if not ((initial or title) and re.fullmatch(r"\.?\s*", gap)):
                break
            start, i = before.start, i - 1
        return start

    def _used_as_name(self, text: str, tokens: list[tx.Token], i: int, last: int, title_case: bool,
                      shouting: bool) -> tuple[bool, str]:
        first = tokens[i]
        after = text[tokens[last].end:]
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        if following and following.key in SPEECH and re.fullmatch(r"\s+", text[tokens[last].end:following.start]):
            return True, t("followed by “{word}”").format(word=following.text)
        if i > 0:
            before = tokens[i - 1]
            gap = text[before.end:first.start]
            if re.fullmatch(r"\.?\s*", gap) and ((before.capitalised and before.key in TITLES) or
                                                  (len(before.text) == 1 and before.text.isupper() and "." in gap)):
                return True, t("after a title or an initial")
        if title_case and self._everyone:
            return False, t("in a heading: check")
        if last > i and any(tok.capitalised for tok in tokens[i + 1:last + 1]):
            return True, t("capitalised mid-sentence")
        if first.capitalised and _POSSESSIVE.match(after):
            return True, t("followed by a possessive")
        if first.capitalised and not _sentence_start(text, first.start):
            return True, t("capitalised mid-sentence")
        if not shouting and len(first.text) > 1 and first.text.isupper():
            return True, t("in capitals")
        if first.capitalised and not self._everyone:  # erasing: a capital is reason enough
            return True, t("capitalised")
        if first.capitalised:
            return False, t("at the start of a sentence: check")
        return False, t("used as a word")

    @staticmethod
    def _beside_a_name(text: str, decision: tuple[int, int, str, bool, str], taken: list[bool]):
        """"Bob and [participant] arrived": a word at the start of a sentence, joined by "and" or a
        comma to a name taken out, is a name too."""
        start, end, word, redacted, reason = decision
        if redacted or reason != t("at the start of a sentence: check"):
            return decision
        joined = re.match(r"(?:\s*,\s*|\s+(?:and|y|&|or|o)\s+)", text[end:])
        if joined and end + joined.end() < len(taken) and taken[end + joined.end()]:
            return start, end, word, True, t("next to a name")
        return decision

    @staticmethod
    def _suspect(text: str, token: tx.Token, taken: list[bool]) -> bool:
        return (not any(taken[token.start:token.end]) and token.capitalised and len(token.key) >= 2
                and token.text.isalpha() and not is_word(token.key) and token.key not in TITLES
                and not _sentence_start(text, token.start))


def _same(word: str, name: str, name_skeleton: str) -> bool:
    """A word of the text is a name's word: the same once folded, or spelt differently (another
    transliteration) when the text's word is not itself an everyday word ("will" is never "Vill")."""
    return word == name or (tx.skeleton(word) == name_skeleton and not is_word(word))


def _sentence_start(text: str, at: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, at - 12):at])) or not text[:at].strip()


def _assemble(text: str, spans: list[_Span], decisions: list[tuple[int, int, str, bool, str]],
              suspects: list[tx.Token]) -> Redacted:
    """The text with each span replaced by its placeholder; every position mapped to the output."""
    spans.sort(key=lambda s: s.start)
    out: list[str] = []
    replacements: list[Replacement] = []
    shift: list[tuple[int, int]] = []  # (original index, output index) at each cut
    cursor = length = 0
    for span in spans:
        end = span.end
        while end < len(text) and text[end] in "\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327":
            end += 1  # combining accents after a name's last letter
        out.append(text[cursor:span.start])
        length += span.start - cursor
        placeholder = PLACEHOLDERS[span.kind]
        out.append(placeholder)
        replacements.append(Replacement(length, length + len(placeholder), text[span.start:end], span.owner,
                                        span.kind, span.reason, span.label))
        shift.append((span.start, length))
        length += len(placeholder)
        cursor = end
        shift.append((end, length))
    out.append(text[cursor:])

    def moved(index: int) -> int:
        result = index
        for original, output in shift:
            if original <= index:
                result = output + (index - original)
        return result

    listed = []
    for start, end, word, redacted, reason in decisions:
        inside = next((r for span, r in zip(spans, replacements) if span.start <= start < span.end), None)
        s, e = (inside.start, inside.end) if redacted and inside else (moved(start), moved(start) + len(word))
        listed.append(Decision(word, redacted, reason, s, e))
    found = [Suspect(tok.text, moved(tok.start), moved(tok.start) + len(tok.text)) for tok in suspects]
    return Redacted("".join(out), replacements, listed, found)


def redact(text: str, participants: Iterable[Participant]) -> Redacted:
    return Redactor(participants).redact(text)
