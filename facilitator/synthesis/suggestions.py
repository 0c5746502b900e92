"""Which existing themes an untagged note might belong to, and why.

A theme is suggested when the note shares words with its title, its description or the notes
already on it (found through the full-text index). The suggestion says which words, so the
person sorting can judge it; nothing is ever put on a theme without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlite_utils import Database

from facilitator.i18n import t
from facilitator.storage import notes as note_store
from facilitator.storage import themes as store

# Words too common to say anything about a theme (English and Spanish, the two shipped languages).
STOPWORDS = frozenset("""
a about after all also am an and any are as at be because been but by can could did do does for from had has have
he her his how i if in into is it its just like me more most my no not of on one or our out over she so some than
that the their them then there these they this those to too up us very was we were what when where which who why
will with would you your
al algo como con de del el ella ellos en era es esa ese eso esta este esto fue ha hay la las le les lo los mas me
mi muy no nos o para pero por que se si sin sobre su sus también te tiene un una uno y ya
""".split())
_WORD = re.compile(r"\w+", re.UNICODE)
MIN_WORD = 3


@dataclass(frozen=True)
class Suggestion:
    theme_id: str
    title: str
    words: tuple[str, ...]  # the note's words the theme shares, most telling first
    notes: int  # notes on the theme that share them

    @property
    def reason(self) -> str:
        shared = ", ".join(f"“{w}”" for w in self.words)
        if self.notes:
            return t("shares {words} with {count} note(s) on this theme").format(words=shared, count=self.notes)
        return t("shares {words} with the theme's title or description").format(words=shared)


def content_words(text: str) -> list[str]:
    """The words that can carry a theme: lower case, no stopwords, no short words, each once."""
    out: list[str] = []
    for word in _WORD.findall(text.casefold()):
        if len(word) >= MIN_WORD and word not in STOPWORDS and not word.isdigit() and word not in out:
            out.append(word)
    return out


def stem(word: str) -> str:
    """A plural and its singular count as one word ("buses", "bus"); nothing cleverer, so a
    suggestion's reason is always a word the person can see in both texts."""
    if len(word) > 4 and word.endswith("es"):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def suggest_themes(db: Database, note_id: str, *, limit: int = 3) -> list[Suggestion]:
    """Up to ``limit`` themes for a note, best first; empty when nothing is shared."""
    note = note_store.get_note(db, note_id)
    words = content_words(note.text)
    if not words:
        return []
    shared: dict[str, dict[str, int]] = {}  # theme id -> word -> weight
    notes_sharing: dict[str, set[str]] = {}
    match = " OR ".join('"' + stem(w).replace('"', '""') + '"*' for w in words)
    for hit in store.themed_notes_matching(db, note.series_id, match, exclude_note=note.id):
        hit_words = _stems(hit["text"])
        common = [w for w in words if stem(w) in hit_words]
        if common:
            notes_sharing.setdefault(hit["theme_id"], set()).add(hit["note_id"])
            for w in common:
                shared.setdefault(hit["theme_id"], {})[w] = shared.get(hit["theme_id"], {}).get(w, 0) + 1
    titles = {}
    on_note = set(store.themes_of_note(db, note.id))
    for theme in store.list_themes(db, note.series_id):
        titles[theme["id"]] = theme["title"]
        own = _stems(f"{theme['title']} {theme['description']}")
        for w in words:
            if stem(w) in own:  # the theme's own words count more than one note's
                shared.setdefault(theme["id"], {})[w] = shared.get(theme["id"], {}).get(w, 0) + 3
    out = []
    for theme_id, weights in shared.items():
        if theme_id not in titles or theme_id in on_note:
            continue
        ranked = tuple(sorted(weights, key=lambda w: -weights[w])[:4])
        out.append((sum(weights.values()), Suggestion(theme_id, titles[theme_id], ranked,
                                                      len(notes_sharing.get(theme_id, ())))))
    out.sort(key=lambda pair: (-pair[0], pair[1].title.casefold()))
    return [s for _score, s in out[:limit]]
