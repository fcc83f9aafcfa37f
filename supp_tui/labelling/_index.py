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
    columns = {c: tickets[c].to_list() if c in tickets.columns else None
               for c in ("key", "reporter", "summary", "labels", "components", "team")}
    blank: list[Any] = [None] * tickets.height
    facts = {
        key: TicketFacts(reporter or "", summary or "", tuple(jira or ()), tuple(parts or ()))
        for key, reporter, summary, jira, parts in zip(
            columns["key"], columns["reporter"] or blank, columns["summary"] or blank,
            columns["labels"] or blank, columns["components"] or blank, strict=True)
    }
    export_teams: list[list[str]] = [list(t or ()) for t in (columns["team"] or blank)]
    row_of = {key: row for row, key in enumerate(columns["key"])}
    counts = LiveCounts.seed(framework, _with_team(tickets), snapshot(labels), export_teams,
                             row_of)
    return BoardIndex(facts, export_teams, Suggester(framework, facts, labels), counts)


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
