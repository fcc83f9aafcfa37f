"""The labelled ticket frame: the export's tickets plus the journal's labels, and the effective
team, the one rule every count of teams follows (the CLI, the app's counts panel and charts).

The effective team of a ticket is its team-dimension labels from the journal when it has any,
else the team values its export carries (the framework's team field, or `--team-field`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import polars as pl

from analysis.framework import Dimension, Framework

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
    every framework dimension the journal holds values of; values keep their journal order, and
    values naming no option of the framework are left out (`unknown_options_warning`)."""
    known = labels.filter(pl.col("dimension").is_in(list(framework.dimension_ids)))
    named = known.join(_option_names(known, framework).drop_nulls("name"),
                       on=["dimension", "value"], how="inner", maintain_order="left")
    if named.is_empty():
        return pl.DataFrame(schema={"key": pl.String})
    return (
        named.select("key", "dimension", pl.col("name").alias("value"))
        .group_by("key", "dimension", maintain_order=True)
        .agg(pl.col("value").unique(maintain_order=True))
        .pivot("dimension", index="key", values="value")
    )


def unknown_options_warning(labels: pl.DataFrame, framework: Framework,
                            journal: str) -> str | None:
    """The one sentence saying which journal values name no option of the framework (so no
    count uses them); None when every value names one."""
    known = labels.filter(pl.col("dimension").is_in(list(framework.dimension_ids)))
    unknown = _option_names(known, framework).filter(pl.col("name").is_null())
    if unknown.is_empty():
        return None
    tickets = known.join(unknown, on=["dimension", "value"], how="semi")["key"].n_unique()
    shown = [f"{dimension}: {value}" for dimension, value in unknown.head(3).select(
        "dimension", "value").iter_rows()]
    more = f" and {unknown.height - 3} more" if unknown.height > 3 else ""
    carry = "ticket carries" if tickets == 1 else "tickets carry"
    return (f"{tickets} {carry} labels in the journal {journal} that name no option of "
            f"{framework.source} ({', '.join(shown)}{more}), so no count uses them; the option "
            f"was removed, or another labeller added it to another labels.toml: re-add it with "
            f"+ in the labelling app.")


def counted_names(dimension: Dimension, values: Iterable[str]) -> list[str]:
    """The names a ticket's journal values in `dimension` count as: each value's option name (by
    id, name or alias), values naming no option left out; a dimension without options takes any
    value as it is."""
    if not dimension.options:
        return list(values)
    return [option.name for value in values if (option := dimension.resolve(value))]


def _option_names(labels: pl.DataFrame, framework: Framework) -> pl.DataFrame:
    """[dimension, value, name] per distinct (dimension, value) of `labels`: the name the value
    counts as (`counted_names`), null when it counts as none."""
    pairs = labels.select("dimension", "value").unique(maintain_order=True)
    names = [next(iter(counted_names(framework.dimension(dimension), [value])), None)
             for dimension, value in pairs.iter_rows()]
    return pairs.with_columns(pl.Series("name", names, dtype=pl.String))


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
