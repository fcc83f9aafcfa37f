"""The labelled ticket frame: the export's tickets plus the journal's labels, and the effective
team, the one rule every count of teams follows (the CLI, the app's counts panel and charts).

The effective team of a ticket is its team-dimension labels from the journal when it has any,
else the team values its export carries (the framework's team field, or `--team-field`).
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl

from analysis.framework import Framework

_STRINGS = pl.List(pl.String)


def effective_team(labelled: Sequence[str], exported: Sequence[str]) -> tuple[str, ...]:
    """The team names one ticket counts for: its labelled team names, else its export's."""
    return tuple(labelled) if labelled else tuple(exported)


def effective_team_expr(team_dimension: str) -> pl.Expr:
    """`effective_team` over a labelled frame: the team dimension's list, else `team`."""
    labelled = pl.col(team_dimension)
    return pl.when(labelled.list.len() > 0).then(labelled).otherwise(pl.col("team"))


def dimension_values(labels: pl.DataFrame, framework: Framework) -> pl.DataFrame:
    """One row per labelled ticket [key, <dimension id>: list[str] of option names ...] for
    every framework dimension the journal holds values of; values keep their journal order."""
    names = pl.DataFrame(
        [(d.id, o.id, o.name) for d in framework.dimensions for o in d.options],
        schema={"dimension": pl.String, "value": pl.String, "name": pl.String}, orient="row",
    )
    known = labels.filter(pl.col("dimension").is_in(list(framework.dimension_ids)))
    if known.is_empty():
        return pl.DataFrame(schema={"key": pl.String})
    named = known.join(names, on=["dimension", "value"], how="left", maintain_order="left")
    return (
        named.select("key", "dimension", pl.coalesce("name", "value").alias("value"))
        .group_by("key", "dimension", maintain_order=True)
        .agg(pl.col("value").unique(maintain_order=True))
        .pivot("dimension", index="key", values="value")
    )


def labelled_tickets(tickets: pl.DataFrame, labels: pl.DataFrame,
                     framework: Framework) -> pl.DataFrame:
    """Tickets plus one list[str] column of option names per framework dimension, from the
    journal's (key, dimension, value) labels joined once, with `team` the effective team."""
    wide = dimension_values(labels, framework)
    frame = tickets.drop([d for d in framework.dimension_ids if d in tickets.columns])
    if wide.width > 1:
        frame = frame.join(wide, on="key", how="left", maintain_order="left")
    filled = [
        pl.col(d).fill_null(pl.lit([], dtype=_STRINGS)) if d in wide.columns
        else pl.lit([], dtype=_STRINGS).alias(d)
        for d in framework.dimension_ids
    ]
    frame = frame.with_columns(filled)
    team = framework.team.dimension
    if team in framework.dimension_ids and "team" in frame.columns:
        frame = frame.with_columns(effective_team_expr(team).alias("team"))
    return frame
