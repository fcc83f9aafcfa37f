"""The headline numbers of `supp-tui stats`, as plain JSON-ready Python values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import polars as pl

from analysis.framework import Framework
from analysis.metrics._complete import complete_count
from analysis.metrics._counts import backlog, open_backlog_now
from analysis.metrics._values import value_counts

# The ticket columns the stats read, beyond what every board has (key, dates, closed_at, team).
STATS_COLUMNS: tuple[str, ...] = ()


def board_stats(tickets: pl.DataFrame, framework: Framework,
                warnings: Sequence[str] = ()) -> dict[str, Any]:
    """Totals, team split, complete (labelled) tickets, weekly created/closed/backlog and open
    backlog of a labelled frame."""
    ticket_count = tickets.height
    with_team = int(tickets.select((pl.col("team").list.len() > 0).sum()).item())
    labelled = complete_count(tickets, framework)
    per_team = {row["value"]: int(row["tickets"])
                for row in value_counts(tickets, "team").iter_rows(named=True)}
    weekly = [
        {"week": row["period"], "created": int(row["created"]), "closed": int(row["closed"]),
         "backlog": int(row["backlog"])}
        for row in backlog(tickets, period="week").iter_rows(named=True)
    ]
    return {
        "tickets": ticket_count,
        "with_team": with_team,
        "with_team_pct": _percent(with_team, ticket_count),
        "labelled": labelled,
        "labelled_pct": _percent(labelled, ticket_count),
        "open_backlog": open_backlog_now(tickets),
        "per_team": per_team,
        "weekly": weekly,
        "warnings": list(warnings),
    }


def _percent(part: int, whole: int) -> float:
    return round(100 * part / whole, 1) if whole else 0.0
