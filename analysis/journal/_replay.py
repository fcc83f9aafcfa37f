"""Replay of a whole journal with polars: the fast path for opening big journals.

A journal written by supp-tui has one record per line (fields never hold line breaks), so
polars can parse it in one call; the result is checked (as many records as lines, every op
known, no empty key or dimension) and anything unexpected returns None so the caller falls
back to the line-by-line parser, which reports each bad line. The replay gives exactly what
applying the lines in order gives: after the last `set` or `clear` of a (ticket, dimension),
a value is present when its last operation is `set` or `add`, and values keep the order in
which they were (re)added.
"""

from __future__ import annotations

import polars as pl

from analysis.journal._format import COLUMNS, KNOWN_OPS, OPS, Labels

SCHEMA = dict.fromkeys(COLUMNS, pl.String)
_PAIR = ["key", "dimension"]
_TRIPLE = ["key", "dimension", "value"]


def parse_frame(body: bytes) -> pl.DataFrame | None:
    """The journal lines (complete ones, header excluded) as a frame, or None if any is odd."""
    if not body:
        return pl.DataFrame(schema=SCHEMA)
    try:
        frame = pl.read_csv(body, has_header=False, new_columns=list(COLUMNS), schema=SCHEMA,
                            quote_char='"', empty_string_is_null=False)
    except (pl.exceptions.PolarsError, ValueError):
        return None
    if frame.height != body.count(b"\n"):
        return None
    bad = frame.filter(
        ~pl.col("op").is_in(list(KNOWN_OPS)) | (pl.col("key") == "") | (pl.col("dimension") == "")
        | ((pl.col("value") == "") & (pl.col("op") != "clear"))
        | pl.any_horizontal(pl.all().is_null())
    )
    return None if bad.height else frame


def replay_frame(frame: pl.DataFrame) -> pl.DataFrame:
    """Current labels (key, dimension, value) of journal lines given in the order they apply.

    Flag lines are left out. Dimensions only ever `set` (one value each) keep each ticket's last value, in one group-by;
    the others go through the general replay of set, add, remove and clear.
    """
    lines = _without_resolves(frame.select(*_TRIPLE, "op").filter(pl.col("op").is_in(list(OPS)))
                              ).with_row_index("line")
    general = lines.filter(pl.col("op") != "set").get_column("dimension").unique().implode()
    set_only = (
        lines.filter(~pl.col("dimension").is_in(general))
        .group_by(_PAIR).agg(pl.col("value").last(), pl.col("line").max().alias("added"))
    )
    replayed = _replayed(lines.filter(pl.col("dimension").is_in(general)))
    return pl.concat([set_only.select(*_TRIPLE, "added"), replayed]).sort("added").select(_TRIPLE)


def _without_resolves(lines: pl.DataFrame) -> pl.DataFrame:
    """The lines with each `resolve` written out as what it does: a `set` of its first chosen
    value and an `add` of each other one (a `clear` when it chose none)."""
    resolves = pl.col("op") == "resolve"
    if not lines.select(resolves.any()).item():
        return lines
    chosen = pl.col("value").str.split("|").list.first().str.split(" ").list.eval(
        pl.element().filter(pl.element() != "")).list.unique(maintain_order=True)
    expanded = lines.with_columns(
        pl.when(resolves).then(chosen).otherwise(pl.concat_list("value")).alias("value"),
    ).with_columns(
        pl.when(resolves & (pl.col("value").list.len() == 0)).then(pl.lit([""]))
        .otherwise(pl.col("value")).alias("value"),
        pl.int_ranges(pl.col("value").list.len().clip(lower_bound=1)).alias("part"),
    ).explode("value", "part")
    op = (pl.when(~resolves).then(pl.col("op")).when(pl.col("value") == "").then(pl.lit("clear"))
          .when(pl.col("part") == 0).then(pl.lit("set")).otherwise(pl.lit("add")))
    return expanded.with_columns(op.alias("op")).select(*_TRIPLE, "op")


def _replayed(lines: pl.DataFrame) -> pl.DataFrame:
    """(key, dimension, value, added) of numbered lines with any operation: a value is present
    when, after the last set or clear of its pair, its last operation is set or add; `added`
    is the line that (re)added it."""
    boundary = (
        lines.filter(pl.col("op").is_in(["set", "clear"]))
        .group_by(_PAIR).agg(pl.col("line").max().alias("boundary"))
    )
    after = (
        lines.join(boundary, on=_PAIR, how="left")
        .filter((pl.col("line") >= pl.col("boundary").fill_null(0)) & (pl.col("op") != "clear"))
    )
    removed = (
        after.filter(pl.col("op") == "remove")
        .group_by(_TRIPLE).agg(pl.col("line").max().alias("removed"))
    )
    return (
        after.filter(pl.col("op") != "remove")
        .join(removed, on=_TRIPLE, how="left")
        .filter(pl.col("line") > pl.col("removed").fill_null(-1))
        .group_by(_TRIPLE).agg(pl.col("line").min().alias("added"))
    )


def labels_from_frame(current: pl.DataFrame) -> Labels:
    """The nested dictionary a LabelJournal keeps, from replayed (key, dimension, value) rows."""
    labels: Labels = {}
    for key, dimension, value in zip(current["key"].to_list(), current["dimension"].to_list(),
                                     current["value"].to_list(), strict=True):
        dimensions = labels.get(key)
        if dimensions is None:
            labels[key] = {dimension: [value]}
        elif dimension in dimensions:
            dimensions[dimension].append(value)
        else:
            dimensions[dimension] = [value]
    return labels
