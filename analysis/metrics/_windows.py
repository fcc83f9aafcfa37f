"""Report metrics over arbitrary [start, end) windows: headline numbers and per-value changes.

Pure polars on a "timed" ticket frame (`with_durations`), built from the same
definitions as the charts: `closed_moment` for closing, absolute backlog, `duration_summary`
for median and p90, `targets_met` for the share within target.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import polars as pl

from analysis.metrics._counts import closed_in, created_in, open_at
from analysis.metrics._time import duration_summary, targets_met
from analysis.metrics._values import UNLABELLED, value_column, value_counts

Window = tuple[str, datetime, datetime]

SUMMARY_SCHEMA = {
    "window": pl.String, "created": pl.Int64, "closed": pl.Int64, "net": pl.Int64,
    "backlog": pl.Int64, "resolution_median_hours": pl.Float64,
    "resolution_p90_hours": pl.Float64, "response_median_hours": pl.Float64,
    "resolution_share": pl.Float64, "response_share": pl.Float64,
    "oldest_open_key": pl.String, "oldest_open_days": pl.Float64,
}


def window_summary(timed: pl.DataFrame, targets: pl.DataFrame, window: Window) -> dict:
    """Headline numbers of one window as a row dict of SUMMARY_SCHEMA.

    Created, closed, net and backlog at the end; median and p90 resolution hours of the tickets
    closed in it; median first response of the tickets created in it; the share of those within
    their priority's target; the oldest ticket still open at the end and its age in days.
    """
    label, start, end = window
    created = timed.filter(created_in(start, end))
    closed = timed.filter(closed_in(start, end))
    still_open = timed.filter(open_at(end))
    resolution = _durations(closed, "resolution_hours")
    response = _durations(created, "response_hours")
    oldest = still_open.sort("created", "key").head(1)
    oldest_key, oldest_days = None, None
    if oldest.height:
        oldest_key = oldest["key"].item()
        oldest_days = (end - oldest["created"].item()).total_seconds() / 86400
    return {
        "window": label, "created": created.height, "closed": closed.height,
        "net": created.height - closed.height, "backlog": still_open.height,
        "resolution_median_hours": resolution[0], "resolution_p90_hours": resolution[1],
        "response_median_hours": response[0],
        "resolution_share": _overall_share(closed, targets, "resolved"),
        "response_share": _overall_share(created, targets, "answered"),
        "oldest_open_key": oldest_key, "oldest_open_days": oldest_days,
    }


def window_summaries(
    timed: pl.DataFrame, targets: pl.DataFrame, windows: Sequence[Window]
) -> pl.DataFrame:
    """One row of headline numbers per window, in the order given (see `window_summary`)."""
    rows = [window_summary(timed, targets, window) for window in windows]
    return pl.DataFrame(rows, schema=SUMMARY_SCHEMA)


def _durations(frame: pl.DataFrame, measure: str) -> tuple[float | None, float | None]:
    """(median, p90) hours of a measure over a frame, via the charts' duration_summary."""
    summary = duration_summary(frame.with_columns(pl.lit("all").alias("all")), measure, "all")
    if summary.height == 0:
        return None, None
    return summary.item(0, "median_hours"), summary.item(0, "p90_hours")


def _overall_share(frame: pl.DataFrame, targets: pl.DataFrame, measured: str) -> float | None:
    """Within-target share over every priority that has a target (resolved or answered)."""
    met = targets_met(frame, targets)
    within = "resolved_in_target" if measured == "resolved" else "answered_in_target"
    total = int(met[measured].sum()) if met.height else 0
    return int(met[within].sum()) / total if total else None


def value_changes(
    timed: pl.DataFrame, column: str, current: Window, previous: Window | None,
    trailing: Sequence[Window] = (),
) -> pl.DataFrame:
    """Tickets created per value of `column` in the current window beside the previous window
    and the average over the `trailing` windows [value, current, previous, change: i64,
    average: f64].

    Without a previous window, previous and change are null; without trailing windows, the
    average is null (never a made-up 0). Values with no ticket in any window are left out;
    order: current descending, then name, Unlabelled last.
    """
    named = [(current, "current"), *([(previous, "previous")] if previous else []),
             *[(w, f"t{i}") for i, w in enumerate(trailing)]]
    counts = [_counts(timed, column, window, name) for window, name in named]
    frame = counts[0]
    for other in counts[1:]:
        frame = frame.join(other, on="value", how="full", coalesce=True)
    frame = frame.with_columns(pl.exclude("value").fill_null(0))
    before = pl.col("previous") if previous else pl.lit(None, dtype=pl.Int64)
    averaged = [f"t{i}" for i in range(len(trailing))]
    average = pl.mean_horizontal(averaged) if averaged else pl.lit(None, dtype=pl.Float64)
    return frame.select(
        "value", "current", before.alias("previous"),
        (pl.col("current") - before).alias("change"), average.alias("average"),
    ).sort([pl.col("value") == UNLABELLED, "current", "value"], descending=[False, True, False])


def _counts(timed: pl.DataFrame, column: str, window: Window, name: str) -> pl.DataFrame:
    _, start, end = window
    counts = value_counts(timed.filter(created_in(start, end)), column)
    return counts.select("value", pl.col("tickets").cast(pl.Int64).alias(name))


def first_seen(timed: pl.DataFrame, column: str, window: Window) -> pl.DataFrame:
    """Values of `column` on tickets created in the window that no earlier ticket carried
    [value, tickets: u32, keys: list[str]], most tickets first; Unlabelled is never new."""
    _, start, end = window
    dated = value_column(timed.select("key", "created", column), column).filter(
        pl.col(column) != UNLABELLED
    )
    before = dated.filter(pl.col("created") < start).select(column).unique()
    inside = dated.filter(created_in(start, end)).join(before, on=column, how="anti")
    grouped = inside.sort("created", "key").group_by(column, maintain_order=True).agg(
        pl.len().cast(pl.UInt32).alias("tickets"), pl.col("key").alias("keys")
    )
    return grouped.rename({column: "value"}).sort(
        ["tickets", "value"], descending=[True, False]
    )


def clusters(
    timed: pl.DataFrame, columns: tuple[str, str], window: Window,
    days: int = 3, minimum: int = 3, baseline: Window | None = None, ratio: float = 3.0,
) -> pl.DataFrame:
    """The densest run of tickets created within `days` days for each pair of values of two
    columns (e.g. product and macro category), where it stands out.

    A run stands out when it holds at least `minimum` tickets and, given a `baseline` window,
    at least `ratio` times the pair's usual number in `days` days there (`expected`).
    Columns: first, second (the two values), tickets: u32, start, end (created of the first and
    last ticket), keys: list[str], expected: f64; most tickets first. Unlabelled is ignored.
    """
    pairs = _pairs(timed, columns, window)
    usual = _usual_per_span(timed, columns, baseline, days)
    rows = []
    for (first, second), group in pairs.sort("created", "key").group_by(
        "first", "second", maintain_order=True
    ):
        run = _densest_run(group, days)
        expected = usual.get((first, second), 0.0)
        if run.height >= max(minimum, ratio * expected):
            rows.append({"first": first, "second": second, "tickets": run.height,
                         "start": run["created"].min(), "end": run["created"].max(),
                         "keys": run["key"].to_list(), "expected": expected})
    schema: dict[str, pl.DataType] = {
        "first": pl.String(), "second": pl.String(), "tickets": pl.UInt32(),
        "start": pl.Datetime("us"), "end": pl.Datetime("us"), "keys": pl.List(pl.String),
        "expected": pl.Float64(),
    }
    return pl.DataFrame(rows, schema=schema).sort(
        ["tickets", "start", "first", "second"], descending=[True, False, False, False]
    )


def _pairs(timed: pl.DataFrame, columns: tuple[str, str], window: Window) -> pl.DataFrame:
    """One row per (ticket, first value, second value) created in the window, labelled only."""
    _, start, end = window
    first_column, second_column = columns
    return value_column(
        value_column(timed.filter(created_in(start, end)).select(
            "key", "created", pl.col(first_column).alias("first"),
            pl.col(second_column).alias("second")), "first"), "second",
    ).filter((pl.col("first") != UNLABELLED) & (pl.col("second") != UNLABELLED))


def _usual_per_span(timed: pl.DataFrame, columns: tuple[str, str], baseline: Window | None,
                    days: int) -> dict[tuple[str, str], float]:
    """Each pair's tickets per `days` days over the baseline window."""
    if baseline is None:
        return {}
    _, start, end = baseline
    span_days = max((end - start).total_seconds() / 86400, days)
    counts = _pairs(timed, columns, baseline).group_by("first", "second").len()
    return {(first, second): count * days / span_days
            for first, second, count in counts.iter_rows()}


def _densest_run(group: pl.DataFrame, days: int) -> pl.DataFrame:
    """The rows of a created-sorted group inside the `days`-day span that holds the most."""
    created = group["created"].to_list()
    best_start, best_count, low = 0, 0, 0
    for high, moment in enumerate(created):
        while (moment - created[low]).total_seconds() > days * 86400:
            low += 1
        if high - low + 1 > best_count:
            best_start, best_count = low, high - low + 1
    return group.slice(best_start, best_count)


def open_longest(timed: pl.DataFrame, moment: datetime, limit: int = 5) -> pl.DataFrame:
    """The `limit` oldest tickets still open at `moment`, with their age in days [key, summary,
    priority, team, assignee, created, age_days: f64], oldest first."""
    still_open = timed.filter(open_at(moment)).sort("created", "key").head(limit)
    return still_open.select(
        "key", "summary", "priority", "team", "assignee", "created",
        ((pl.lit(moment) - pl.col("created")).dt.total_seconds() / 86400).alias("age_days"),
    )


def missed_targets(timed: pl.DataFrame, targets: pl.DataFrame, window: Window) -> pl.DataFrame:
    """Tickets of the window over their priority's target: closed in it past the resolution
    target, or created in it and first answered past the response target.

    Columns: key, summary, priority, measure ("resolution" or "response"), hours, target_hours,
    over: f64 (hours / target); furthest over first.
    """
    _, start, end = window
    with_targets = timed.join(targets, on="priority", how="inner")
    resolution = with_targets.filter(closed_in(start, end)).select(
        "key", "summary", "priority", pl.lit("resolution").alias("measure"),
        pl.col("resolution_hours").alias("hours"),
        pl.col("resolution_target_hours").alias("target_hours"))
    response = with_targets.filter(created_in(start, end)).select(
        "key", "summary", "priority", pl.lit("response").alias("measure"),
        pl.col("response_hours").alias("hours"),
        pl.col("response_target_hours").alias("target_hours"))
    missed = pl.concat([resolution, response]).filter(
        pl.col("hours").is_not_null() & pl.col("target_hours").is_not_null()
        & (pl.col("hours") > pl.col("target_hours"))
    )
    return missed.with_columns((pl.col("hours") / pl.col("target_hours")).alias("over")).sort(
        ["over", "key", "measure"], descending=[True, False, False]
    )
