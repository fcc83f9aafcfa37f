"""Tickets per team and per category while labelling: counts seeded once from the engine's
labelled frame (`analysis.metrics.labelled_tickets`, the effective-team rule every command
uses), then kept current by applying each ticket's change as a delta."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence

import polars as pl

from analysis.framework import Framework
from analysis.journal import Labels, labels_frame
from analysis.metrics import (
    UNLABELLED,
    counted_names,
    effective_team,
    labelled_tickets,
    value_counts,
)

Pairs = list[tuple[str, str]]
# (key, dimension id) -> the ticket's option ids in that dimension.
Values = Callable[[str, str], Sequence[str]]


def counted_dimensions(framework: Framework) -> tuple[str, ...]:
    """The team dimension, then the other dimensions picked by hotkey (the categories)."""
    team = framework.team.dimension
    others = tuple(d.id for d in framework.dimensions
                   if d.id != team and not d.picker and not d.from_reporter)
    return (team, *others)


class LiveCounts:
    """Tickets per value of the counted dimensions (the team one counts effective teams)."""

    def __init__(self, framework: Framework, counts: dict[str, Counter[str]],
                 counted: dict[str, Pairs], export_teams: Sequence[Sequence[str]],
                 row_of: Mapping[str, int]) -> None:
        self.framework = framework
        self.dimensions = counted_dimensions(framework)
        self.counts = counts
        self._counted = counted
        self._export_teams = export_teams
        self._row_of = row_of

    @classmethod
    def seed(cls, framework: Framework, tickets: pl.DataFrame, labels: Labels,
             export_teams: Sequence[Sequence[str]], row_of: Mapping[str, int]) -> LiveCounts:
        """Counts of the labelled frame for a snapshot of the journal's labels, and each
        labelled ticket's contribution to them, so later changes apply as deltas."""
        frame = labelled_tickets(tickets.select("key", "team"), labels_frame(labels), framework)
        counts = {
            dimension: Counter(dict(value_counts(frame, framework.column_of(dimension))
                                    .iter_rows()))
            for dimension in counted_dimensions(framework)
        }
        live = cls(framework, counts, {}, export_teams, row_of)

        def snapshot(key: str, dimension: str) -> Sequence[str]:
            return labels.get(key, {}).get(dimension, ())

        live._counted = {key: live.contribution(key, snapshot) for key in labels
                         if key in row_of}
        return live

    def teams(self, row: int, values: Sequence[str]) -> tuple[str, ...]:
        """A ticket's effective team names, given its team-dimension option ids."""
        team = self.dimensions[0]
        names = counted_names(self.framework.dimension(team), values)
        return effective_team(names, self._export_teams[row])

    def contribution(self, key: str, values: Values) -> Pairs:
        """The (dimension, value name) pairs one ticket counts for, given its labels."""
        row = self._row_of.get(key)
        if row is None:
            return []
        team, *categories = self.dimensions
        pairs = [(team, name) for name in self.teams(row, values(key, team)) or (UNLABELLED,)]
        for dimension in categories:
            names = counted_names(self.framework.dimension(dimension), values(key, dimension))
            pairs.extend((dimension, name) for name in names or (UNLABELLED,))
        return pairs

    def refresh(self, keys: Iterable[str], values: Values) -> None:
        """Take back what each ticket counted for and count what it counts for now."""
        for key in keys:
            if key not in self._row_of:
                continue
            before = self._counted.pop(key, None)
            self._add(before if before is not None else self.contribution(key, _no_labels), -1)
            now = self.contribution(key, values)
            self._add(now, +1)
            self._counted[key] = now

    def _add(self, pairs: Pairs, sign: int) -> None:
        for dimension, name in pairs:
            counter = self.counts[dimension]
            counter[name] += sign
            if counter[name] <= 0:
                del counter[name]


def _no_labels(key: str, dimension: str) -> Sequence[str]:
    """The labels of a ticket nobody has labelled: none, so it counts as the export says."""
    return ()
