"""The report's "Themes flagged" section: open theme flags on the period's tickets, grouped by
similar notes, so a theme labellers noticed but no option captures yet is seen by the team.

A flag belongs to the period of its ticket's Created date, as every other count in the report
does, so the report of a period reads the same whenever it is written.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.journal import Flag, FlagGroup, group_flags
from analysis.report import _format as fmt
from analysis.report._context import Context

EXAMPLE_KEYS = 3


def flagged_themes(context: Context, flags: Sequence[Flag]) -> tuple[FlagGroup, ...]:
    """The open flags on tickets created in the period, grouped by similar notes."""
    if not flags:
        return ()
    period = context.period
    created = context.timed.filter((pl.col("created") >= period.start)
                                   & (pl.col("created") < period.end))
    keys = set(created.get_column("key").to_list())
    return tuple(group_flags([flag for flag in flags if flag.key in keys]))


def themes_section(themes: Sequence[FlagGroup], unit: str, site: str | None) -> list[str]:
    """The section's title and table, or nothing when no ticket of the period is flagged."""
    if not themes:
        return []
    rows = [(str(group.count), fmt.escape(group.name()),
             "; ".join(fmt.escape(note) for note in group.notes),
             fmt.keys(group.keys, EXAMPLE_KEYS, site=site)) for group in themes]
    lead = (f"Notes labellers flagged on tickets created this {unit}, grouped by similar notes; "
            f"a group can become an option with F in `supp-tui label`.")
    return [f"## Themes flagged this {unit}", lead,
            fmt.table(("Tickets", "Theme", "Notes", "Example keys"), rows, right=(0,))]
