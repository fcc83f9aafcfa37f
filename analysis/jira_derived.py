"""Columns derived from the typed ticket frame: `team` and `closed_at`.

Both work on few values: teams are resolved once per distinct raw value, and the Status
Category Changed date is parsed only for Done tickets that have no Resolved date.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import polars as pl

from analysis.jira_dates import DATETIME, DateFormat

if TYPE_CHECKING:
    from analysis.framework import ClosedSettings, Dimension


def team_column(values: pl.Series, dimension: Dimension, every_value_counts: bool) -> pl.Series:
    """Team option names from lists of raw values, each team once per ticket, in order.

    Each distinct value is resolved through the dimension (id, name or alias, ignoring case
    and separators). With `every_value_counts` an unknown value is a team as written;
    otherwise it is dropped.
    """
    distinct = values.explode().drop_nulls().unique().to_list()
    mapping: dict[str, str | None] = {}
    for raw in distinct:
        option = dimension.resolve(raw)
        if option is not None:
            mapping[raw] = option.name
        elif every_value_counts and raw.strip():
            mapping[raw] = raw.strip()
    if not mapping:
        return pl.Series("team", [[]] * len(values), dtype=pl.List(pl.String))
    named = pl.element().replace_strict(mapping, default=None, return_dtype=pl.String)
    return values.to_frame("team").select(
        pl.col("team").list.eval(named)
        .list.filter(pl.element().is_not_null())
        .list.unique(maintain_order=True)
    ).to_series()


def closed_at_column(
    frame: pl.DataFrame, category_changed: str | None, dates: DateFormat,
    closed: ClosedSettings, done_names: Sequence[str],
) -> pl.Series:
    """Resolved; else, when the status category is Done, Status Category Changed; else Updated.

    `category_changed` names the frame column holding the raw Status Category Changed text.
    """
    done_set = {name.strip().casefold() for name in done_names}
    categories = frame.get_column("status_category").drop_nulls().unique().to_list()
    done_values = [value for value in categories if value.strip().casefold() in done_set]
    done = pl.col("status_category").is_in(pl.Series(done_values, dtype=pl.String).implode())
    resolved = pl.col("resolved") if closed.use_resolved else pl.lit(None, dtype=DATETIME)
    staged = frame.select(
        resolved.alias("closed_at"), done.fill_null(False).alias("done"), "updated",
        (pl.col(category_changed) if category_changed else pl.lit(None, pl.String)).alias("changed"),
    ).with_row_index("row")
    closed_at = staged.get_column("closed_at")
    if category_changed:
        waiting = staged.filter(
            pl.col("closed_at").is_null() & pl.col("done") & pl.col("changed").is_not_null()
        )
        if waiting.height:
            parsed = waiting.select("row", dates.parse(pl.col("changed")).alias("at"))
            parsed = parsed.filter(pl.col("at").is_not_null())
            closed_at = closed_at.scatter(parsed.get_column("row"), parsed.get_column("at"))
    if closed.fallback_to_updated:
        closed_at = staged.select(
            pl.when(pl.lit(closed_at).is_null() & pl.col("done")).then(pl.col("updated"))
            .otherwise(pl.lit(closed_at))
        ).to_series()
    return closed_at.alias("closed_at")
