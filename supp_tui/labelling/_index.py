"""What the labeller derives from the whole board once: suggestion inputs, and live counts.

`build_index` reads every ticket (slow on big boards, so the app runs it in a worker);
`LiveCounts` then keeps tickets per team and per category current ticket by ticket.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import polars as pl

from analysis.framework import Framework
from analysis.journal import LabelJournal
from analysis.suggest import Suggester, TicketFacts

UNLABELLED = "Unlabelled"

Pairs = list[tuple[str, str]]


@dataclass
class BoardIndex:
    """Per-ticket facts built once in the background: suggestion inputs and export teams."""

    facts: dict[str, TicketFacts]
    export_teams: list[list[str]]
    export_team_counts: Counter
    suggester: Suggester


def build_index(tickets: pl.DataFrame, framework: Framework, labels) -> BoardIndex:
    """Per-ticket facts, export teams and the suggester over the board's current labels."""
    columns = {c: tickets[c].to_list() if c in tickets.columns else None
               for c in ("key", "reporter", "summary", "labels", "components", "team")}
    blank: list[Any] = [None] * tickets.height
    facts = {
        key: TicketFacts(reporter or "", summary or "", tuple(labels or ()), tuple(components or ()))
        for key, reporter, summary, labels, components in zip(
            columns["key"], columns["reporter"] or blank, columns["summary"] or blank,
            columns["labels"] or blank, columns["components"] or blank, strict=True)
    }
    export_teams = [list(t or ()) for t in (columns["team"] or blank)]
    team_counts = Counter(team for teams in export_teams for team in teams)
    without_team = sum(1 for teams in export_teams if not teams)
    if without_team:
        team_counts[UNLABELLED] = without_team
    return BoardIndex(facts, export_teams, team_counts, Suggester(framework, facts, labels))


def option_name(framework: Framework, dimension_id: str, value: str) -> str:
    """The display name of an option id (the id itself when the framework lacks it)."""
    for dimension in framework.dimensions:
        if dimension.id == dimension_id:
            option = next((o for o in dimension.options if o.id == value), None)
            return option.name if option else value
    return value


def counted_dimensions(framework: Framework) -> tuple[str, ...]:
    """The team dimension, then the other dimensions picked by hotkey (the categories)."""
    team = framework.team.dimension
    others = tuple(d.id for d in framework.dimensions
                   if d.id != team and not d.picker and not d.from_reporter)
    return (team, *others)


class LiveCounts:
    """Tickets per team (labelled team, else the export's) and per category value."""

    def __init__(self, framework: Framework, journal: LabelJournal, keys: Sequence[str],
                 row_of: dict[str, int], index: BoardIndex) -> None:
        self.framework = framework
        self.dimensions = counted_dimensions(framework)
        self._journal, self._keys, self._row_of, self._index = journal, keys, row_of, index
        team, *categories = self.dimensions
        self.counts: dict[str, Counter] = {team: Counter(index.export_team_counts)}
        self.counts.update((d, Counter({UNLABELLED: len(keys)})) for d in categories)
        for key in journal.labels:
            row = row_of.get(key)
            if row is not None:
                self.add(self._export_contribution(row), -1)
                self.add(self.contribution(key), +1)

    def contribution(self, key: str) -> Pairs:
        """The (dimension, value name) pairs one ticket counts for now."""
        row = self._row_of.get(key)
        if row is None:
            return []
        team = self.dimensions[0]
        pairs = [(team, name) for name in self.teams(row) or (UNLABELLED,)]
        for dimension in self.dimensions[1:]:
            values = self._journal.values(key, dimension) or (UNLABELLED,)
            pairs.extend((dimension, option_name(self.framework, dimension, v)) for v in values)
        return pairs

    def teams(self, row: int) -> tuple[str, ...]:
        """The team names a ticket counts for: its labelled team, else the export's team."""
        team = self.dimensions[0]
        labelled = self._journal.values(self._keys[row], team)
        if labelled:
            return tuple(option_name(self.framework, team, v) for v in labelled)
        return tuple(self._index.export_teams[row])

    def add(self, pairs: Pairs, sign: int) -> None:
        """Count (sign +1) or uncount (-1) a ticket's pairs."""
        for dimension, name in pairs:
            counter = self.counts[dimension]
            counter[name] += sign
            if counter[name] <= 0:
                del counter[name]

    def _export_contribution(self, row: int) -> Pairs:
        """What an unlabelled ticket counts for: its export teams and no category."""
        teams = self._index.export_teams[row] or (UNLABELLED,)
        pairs = [(self.dimensions[0], team) for team in teams]
        pairs.extend((dimension, UNLABELLED) for dimension in self.dimensions[1:])
        return pairs
