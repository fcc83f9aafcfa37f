"""Suggestions from option names and aliases that a ticket's summary or description mentions
as a whole word or phrase ("PagerDuty not paging" names the PagerDuty product)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from analysis.framework import Framework
from analysis.suggest._types import ALIAS, Suggestion, TicketFacts
from analysis.suggest._words import STOPWORDS

TOKEN = re.compile(r"[a-z0-9]+")
DESCRIPTION_CHARS = 3000  # the opening of a description names what it is about
IN_SUMMARY = 0.9
IN_DESCRIPTION = 0.6

Phrase = tuple[str, ...]


def tokens(text: str) -> Phrase:
    """Lower-case alphanumeric runs: separators (space, -, _, .) all split alike."""
    return tuple(TOKEN.findall(text.casefold()))


class AliasMatcher:
    """Finds every option whose id, name or alias appears as a phrase in a text."""

    def __init__(self, framework: Framework) -> None:
        self._phrases: dict[Phrase, dict[tuple[str, str], str]] = defaultdict(dict)
        self._multi = {d.id for d in framework.dimensions if d.multi}
        for dimension in framework.dimensions:
            for option in dimension.options:
                for spelling in (option.name, *option.aliases, option.id):
                    phrase = tokens(spelling)
                    if phrase and not (len(phrase) == 1 and (len(phrase[0]) < 2
                                                             or phrase[0] in STOPWORDS)):
                        self._phrases[phrase].setdefault((dimension.id, option.id), spelling)
        self._longest = max((len(p) for p in self._phrases), default=0)

    def matches(self, text: str) -> dict[tuple[str, str], str]:
        """(dimension, option id) -> the spelling the text uses, for every phrase found."""
        words = tokens(text)
        found: dict[tuple[str, str], str] = {}
        for start in range(len(words)):
            for length in range(1, min(self._longest, len(words) - start) + 1):
                for target, spelling in self._phrases.get(words[start:start + length], {}).items():
                    found.setdefault(target, spelling)
        return found

    def suggest(self, fact: TicketFacts) -> Iterator[Suggestion]:
        """One suggestion per option named, the summary counting more than the description;
        several options of one single-value dimension share the confidence."""
        in_summary = self.matches(fact.summary)
        in_description = {target: spelling for target, spelling
                          in self.matches(fact.description[:DESCRIPTION_CHARS]).items()
                          if target not in in_summary}
        for found, score, where in ((in_summary, IN_SUMMARY, "summary"),
                                    (in_description, IN_DESCRIPTION, "description")):
            per_dimension: dict[str, int] = defaultdict(int)
            for dimension, _ in found:
                per_dimension[dimension] += 1
            for (dimension, value), spelling in found.items():
                share = 1 if dimension in self._multi else per_dimension[dimension]
                yield Suggestion(score / share, dimension, value, f"{where} names '{spelling}'",
                                 source=ALIAS)
