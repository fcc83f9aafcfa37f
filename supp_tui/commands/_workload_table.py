"""The workload table of `supp-tui stats`: tickets and median times per assignee."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.markup import escape
from rich.table import Table

SHOWN = 15


def workload_table(rows: list[dict[str, Any]], shown: int = SHOWN) -> Table:
    """The busiest `shown` assignees of the whole board, with a caption counting the rest."""
    hidden = max(len(rows) - shown, 0)
    caption = ("Assigned: tickets the export shows them holding; medians over their closed and "
               "answered tickets.")
    if hidden:
        caption += f" {hidden} more assignees not shown (--json lists all)."
    table = Table(title="Workload per assignee", box=box.SIMPLE_HEAD, title_justify="left",
                  caption=caption, caption_justify="left")
    for name in ("Assignee", "Assigned", "Closed", "Open", "Median resolution",
                 "Median first response"):
        table.add_column(name, justify="left" if name == "Assignee" else "right")
    for row in rows[:shown]:
        table.add_row(escape(row["assignee"]), f"{row['assigned']:,}", f"{row['closed']:,}",
                      f"{row['open']:,}", _hours(row["median_resolution_hours"]),
                      _hours(row["median_response_hours"]))
    return table


def _hours(value: float | None) -> str:
    """Hours as "5.2 h", or days as "3.1 d" from two days up; "–" when unmeasured."""
    if value is None:
        return "–"
    return f"{value:.1f} h" if value < 48 else f"{value / 24:.1f} d"
