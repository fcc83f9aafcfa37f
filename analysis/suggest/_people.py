"""Suggestions for the reporter's dimensions: the reporter's own earlier labels ("history"),
then the labels of reporters on the same originating team ("team-mates").

The first dimension marked `from_reporter` (the originating team) says who team-mates are.
Counts are kept per person and per team and follow every label change, so a suggestion is a
few dictionary look-ups.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence

from analysis.framework import Framework
from analysis.suggest._types import HISTORY, TEAM_MATES, Suggestion, TicketFacts

Counts = defaultdict[str, defaultdict[str, Counter[str]]]
Values = Mapping[str, Sequence[str]]


def _counts() -> Counts:
    return defaultdict(lambda: defaultdict(Counter))


class PeopleIndex:
    """Label counts of the reporter dimensions per reporter and per originating team."""

    def __init__(self, framework: Framework) -> None:
        self.framework = framework
        self.dimensions = tuple(d.id for d in framework.dimensions if d.from_reporter)
        self.team = self.dimensions[0] if self.dimensions else ""
        self._by_person: Counts = _counts()
        self._by_team: Counts = _counts()

    def add(self, fact: TicketFacts, values: Values, sign: int = 1) -> None:
        """Count (or with sign -1, uncount) one ticket's reporter-dimension values."""
        teams = values.get(self.team, ()) if self.team else ()
        for dimension in self.dimensions:
            for value in values.get(dimension, ()):
                if fact.person:
                    self._by_person[fact.person][dimension][value] += sign
                for team in teams:
                    self._by_team[team][dimension][value] += sign

    def history(self, fact: TicketFacts, own: Values) -> Iterator[Suggestion]:
        """The reporter's most frequent earlier values per reporter dimension."""
        counted = self._by_person.get(fact.person) if fact.person else None
        if not counted:
            return
        for dimension in self.dimensions:
            counts = _without(counted.get(dimension), own.get(dimension, ()))
            total = sum(counts.values())
            for value, count in counts.most_common(3):
                yield Suggestion(count / (total + 1), dimension, value,
                                 f"reporter {fact.reporter or fact.person}: {count} of {total} "
                                 "earlier", source=HISTORY)

    def team_mates(self, fact: TicketFacts, current: Values, own: Values,
                   guess: Suggestion | None = None) -> Iterator[Suggestion]:
        """Values of the other reporter dimensions among tickets of the same originating team:
        the ticket's own team label when set, else the reporter's usual team, else the
        suggested team `guess` (its confidence then scales theirs)."""
        team = next(iter(current.get(self.team, ())), None) or self._usual_team(fact, own)
        trust = 1.0
        if not team and guess is not None:
            team, trust = guess.value, guess.score
        counted = self._by_team.get(team) if team else None
        if not team or not counted:
            return
        name = self.framework.option_name(self.team, team)
        own_team = team in own.get(self.team, ())
        for dimension in self.dimensions[1:]:
            counts = _without(counted.get(dimension), own.get(dimension, ()) if own_team else ())
            total = sum(counts.values())
            for value, count in counts.most_common(3):
                yield Suggestion(trust * 0.9 * count / (total + 2), dimension, value,
                                 f"team-mates in {name}: {count} of {total}", source=TEAM_MATES)

    def _usual_team(self, fact: TicketFacts, own: Values) -> str | None:
        counted = self._by_person.get(fact.person) if fact.person else None
        if not counted:
            return None
        counts = _without(counted.get(self.team), own.get(self.team, ()))
        return counts.most_common(1)[0][0] if counts else None


def _without(counts: Counter[str] | None, own: Sequence[str]) -> Counter[str]:
    """The counts less the ticket's own values, so a ticket never votes for itself."""
    if not counts:
        return Counter()
    result = +counts
    for value in own:
        result[value] -= 1
    return +result
