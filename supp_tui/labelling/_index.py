"""What the labeller derives from the whole board once, in a worker: suggestion inputs, the
export's teams per ticket, and the seeded counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from analysis.framework import Framework
from analysis.journal import Labels
from analysis.suggest import Suggester, TicketFacts
from supp_tui.labelling._counts import LiveCounts


@dataclass
class BoardIndex:
    """Per-ticket facts built once in the background: suggestion inputs and export teams."""

    facts: dict[str, TicketFacts]
    export_teams: list[list[str]]
    suggester: Suggester
    counts: LiveCounts


def build_index(tickets: pl.DataFrame, framework: Framework, labels: Labels) -> BoardIndex:
    """Ticket facts, export teams, the suggester and the counts over a snapshot of labels."""
    keys: list[str] = tickets["key"].to_list()
    facts = {
        key: TicketFacts(reporter or "", summary or "", tuple(jira or ()), tuple(parts or ()),
                         reporter_id or "", description or "")
        for key, reporter, summary, jira, parts, reporter_id, description in zip(
            keys, _values(tickets, "reporter"), _values(tickets, "summary"),
            _values(tickets, "labels"), _values(tickets, "components"),
            _values(tickets, "reporter_id"), _values(tickets, "description"), strict=True)
    }
    export_teams: list[list[str]] = [list(t or ()) for t in _values(tickets, "team")]
    row_of = {key: row for row, key in enumerate(keys)}
    counts = LiveCounts.seed(framework, _with_team(tickets), snapshot(labels), export_teams,
                             row_of)
    return BoardIndex(facts, export_teams, Suggester(framework, facts, labels), counts)


def _values(tickets: pl.DataFrame, column: str) -> list[Any]:
    """A column's values, or one None per ticket when the export lacks the column."""
    return tickets[column].to_list() if column in tickets.columns else [None] * tickets.height


def _with_team(tickets: pl.DataFrame) -> pl.DataFrame:
    """The tickets with a `team` list column (empty when the export has no team field)."""
    if "team" in tickets.columns:
        return tickets
    return tickets.with_columns(pl.lit([], dtype=pl.List(pl.String)).alias("team"))


def snapshot(labels: Labels) -> Labels:
    """A copy of the journal's live labels that later labelling cannot change; each step is
    one C-level copy, so the labeller may keep labelling on the main thread meanwhile."""
    copied: Labels = {}
    for key in list(labels):
        dimensions = dict(labels.get(key) or {})
        copied[key] = {dimension: list(values) for dimension, values in dimensions.items()}
    return copied
