"""Flags grouped by similar notes, so a theme several labellers noticed shows as one group.

Notes are compared by rapidfuzz's token-set ratio after dropping filler words ("possible new
theme: …"), which every note may share and which would otherwise make them all alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from analysis.journal._flags import Flag

# The least token-set ratio (0-100) at which two notes speak of one theme: "certificate
# expiry" and "expired certificate on ingress" score 76, "vault token expired" and
# "certificate expired" 58.
SIMILAR_NOTES = 70
FILLER = frozenset({
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "maybe",
    "new", "of", "on", "or", "possible", "possibly", "probably", "same", "the", "theme", "themes",
    "this", "ticket", "tickets", "to", "with", "again", "also",
})
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


@dataclass(frozen=True)
class FlagGroup:
    """Flags whose notes are alike: their notes, ticket keys, and a name for the theme."""

    flags: tuple[Flag, ...]

    @property
    def count(self) -> int:
        """How many tickets the group's flags are on."""
        return len(self.keys)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(flag.key for flag in self.flags))

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(flag.note for flag in self.flags))

    def name(self) -> str:
        """A short option name: up to three words most notes share (ties: first used), or the
        words of a lone note."""
        words = Counter(word for note in self.notes for word in dict.fromkeys(note_words(note)))
        least = 2 if len(self.notes) > 1 else 1
        top = [word for word, count in words.most_common(3) if count >= least]
        return " ".join(top).capitalize() if top else self.notes[0]


def note_words(note: str) -> list[str]:
    """The words of a note that say what it is about, lower-cased, filler dropped."""
    words = [word for word in _WORD.findall(note.lower()) if word not in FILLER]
    return words or _WORD.findall(note.lower())


def similar(first: str, second: str) -> bool:
    """Whether two notes speak of one theme."""
    return fuzz.token_set_ratio(" ".join(note_words(first)),
                                " ".join(note_words(second))) >= SIMILAR_NOTES


def group_flags(flags: Sequence[Flag]) -> list[FlagGroup]:
    """Flags grouped when a note is like any note already in a group; biggest groups first,
    then the one flagged first."""
    groups: list[list[Flag]] = []
    for flag in sorted(flags, key=lambda f: (f.at, f.key, f.note)):
        home = next((group for group in groups
                     if any(similar(flag.note, other.note) for other in group)), None)
        if home is None:
            groups.append([flag])
        else:
            home.append(flag)
    ordered = [FlagGroup(tuple(group)) for group in groups]
    return sorted(ordered, key=lambda g: -g.count)
