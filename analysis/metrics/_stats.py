"""The headline numbers of `supp-tui stats`, as plain JSON-ready Python values."""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.metrics._counts import backlog, open_backlog_now, team_counts


def board_stats(tickets: pl.DataFrame, warnings: Sequence[str] = ()) -> dict:
    """Totals, team split, weekly created/closed/backlog and open backlog of a ticket frame."""
    ticket_count = tickets.height
    with_team = int(tickets.select((pl.col("team").list.len() > 0).sum()).item())
    per_team = {row["team"]: int(row["tickets"]) for row in team_counts(tickets).iter_rows(named=True)}
    weekly = [
        {"week": row["period"], "created": int(row["created"]), "closed": int(row["closed"]),
         "backlog": int(row["backlog"])}
        for row in backlog(tickets, period="week").iter_rows(named=True)
    ]
    return {
        "tickets": ticket_count,
        "with_team": with_team,
        "with_team_pct": round(100 * with_team / ticket_count, 1) if ticket_count else 0.0,
        "open_backlog": open_backlog_now(tickets),
        "per_team": per_team,
        "weekly": weekly,
        "warnings": list(warnings),
    }
