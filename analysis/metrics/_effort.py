"""Effort per ticket (DESIGN.md "Definitions": Effort): hours logged, else Time Spent; with
comments, participants and time open, and a proxy score when the board records no time."""

from __future__ import annotations

from datetime import datetime

import polars as pl

from analysis.framework import CostSettings

LOG_WORK = "Log Work"
TIME_SPENT = ("Time Spent", "Σ Time Spent")
# The ticket columns effort reads; a board may lack the time columns.
EFFORT_COLUMNS = ("created", "closed_at", "reporter_id", "comments", LOG_WORK, *TIME_SPENT)
PROXY_DAYS_PER_POINT = 3
PROXY_DAYS_CAP = 30
_SECONDS = r";\s*(\d+)\s*$"
_AUTHOR = r";([^;]*);\s*\d+\s*$"


def _logged_hours(tickets: pl.DataFrame) -> pl.Expr:
    """Hours summed over a ticket's `Log Work` cells (`comment;date;author;seconds`), null
    when it has none."""
    if LOG_WORK not in tickets.columns:
        return pl.lit(None, dtype=pl.Float64)
    seconds = pl.col(LOG_WORK).list.eval(pl.element().str.extract(_SECONDS).cast(pl.Float64))
    return (pl.when(seconds.list.drop_nulls().list.len() > 0)
            .then(seconds.list.sum() / 3600).otherwise(None))


def _spent_hours(tickets: pl.DataFrame) -> pl.Expr:
    """Hours from Time Spent, else Σ Time Spent (seconds), null when neither holds a number."""
    present = [pl.col(name).cast(pl.String).str.strip_chars().cast(pl.Float64, strict=False)
               for name in TIME_SPENT if name in tickets.columns]
    if not present:
        return pl.lit(None, dtype=pl.Float64)
    return pl.coalesce(present) / 3600


def _participants(tickets: pl.DataFrame) -> pl.Expr:
    """Distinct people on a ticket: the reporter, comment authors and people who logged work."""
    people = [pl.col("comments").list.eval(
        pl.coalesce(pl.element().struct.field("author_id"), pl.element().struct.field("author")))]
    if "reporter_id" in tickets.columns:
        people.append(pl.concat_list(pl.col("reporter_id")))
    if LOG_WORK in tickets.columns:
        people.append(pl.col(LOG_WORK).list.eval(pl.element().str.extract(_AUTHOR)))
    merged = pl.concat_list(people).list.eval(
        pl.element().filter(pl.element().is_not_null() & (pl.element() != "")))
    return merged.list.n_unique().cast(pl.UInt32)


def data_end(tickets: pl.DataFrame) -> datetime | None:
    """The latest created or closed moment on the board: where open tickets' time stops."""
    latest = tickets.select(pl.max_horizontal(pl.col("created").max(),
                                              pl.col("closed_at").max())).item()
    return latest if isinstance(latest, datetime) else None


def ticket_effort(tickets: pl.DataFrame, until: datetime | None = None) -> pl.DataFrame:
    """Effort per ticket [key, hours, comment_count, participants, open_hours, proxy]: hours
    from Log Work, else Time Spent (null when neither); open time runs to `until` (default:
    the board's last date) for open tickets; proxy is one point per comment and participant
    and one per 3 days open (up to 10)."""
    until = until or data_end(tickets) or datetime(1970, 1, 1)
    end = pl.coalesce(pl.col("closed_at"), pl.lit(until))
    open_hours = ((end - pl.col("created")).dt.total_seconds() / 3600).clip(lower_bound=0)
    days = (open_hours / 24).clip(upper_bound=PROXY_DAYS_CAP)
    return tickets.select(
        "key",
        pl.coalesce(_logged_hours(tickets), _spent_hours(tickets)).alias("hours"),
        pl.col("comments").list.len().cast(pl.UInt32).alias("comment_count"),
        _participants(tickets).alias("participants"),
        open_hours.alias("open_hours"),
        (days.fill_null(0) / PROXY_DAYS_PER_POINT).alias("days_points"),
    ).with_columns(
        (pl.col("comment_count") + pl.col("participants") + pl.col("days_points"))
        .round(1).alias("proxy"),
    ).drop("days_points")


def time_recorded(effort: pl.DataFrame) -> bool:
    """Whether the board records time: some ticket has hours above zero."""
    return bool(effort.select((pl.col("hours").fill_null(0) > 0).any()).item())


def with_effort(tickets: pl.DataFrame, cost: CostSettings,
                until: datetime | None = None) -> tuple[pl.DataFrame, bool]:
    """The tickets with their effort columns, `effort` (hours, or the proxy when the board
    records no time), `cost` (hours x rate; null without time or rate) and `intensive`; and
    whether the board records time."""
    effort = ticket_effort(tickets, until)
    recorded = time_recorded(effort)
    measure = pl.col("hours").fill_null(0) if recorded else pl.col("proxy")
    effort = effort.with_columns(measure.alias("effort"))
    effort = effort.with_columns(
        (pl.col("hours") * cost.rate if recorded and cost.rate is not None
         else pl.lit(None, dtype=pl.Float64)).alias("cost"),
        intensive_expr(effort, cost, recorded).alias("intensive"),
    )
    return tickets.join(effort, on="key", how="left", maintain_order="left"), recorded


def intensive_threshold(effort: pl.DataFrame, cost: CostSettings,
                        recorded: bool) -> float | None:
    """The least effort an intensive ticket has: just over `intensive_hours` when the board
    records time and sets it, else the top `top_share` quantile of the tickets with any effort
    (None when no ticket has any)."""
    if recorded and cost.intensive_hours is not None:
        return cost.intensive_hours
    positive = effort.filter(pl.col("effort") > 0)["effort"]
    if positive.len() == 0:
        return None
    return positive.quantile(1 - cost.top_share, "higher")


def intensive_expr(effort: pl.DataFrame, cost: CostSettings, recorded: bool) -> pl.Expr:
    """Whether a ticket is intensive: over `intensive_hours` when the board records time,
    else in the top `top_share` of the tickets with any effort."""
    threshold = intensive_threshold(effort, cost, recorded)
    if threshold is None:
        return pl.lit(False)
    if recorded and cost.intensive_hours is not None:
        return pl.col("effort") > threshold
    return (pl.col("effort") >= threshold) & (pl.col("effort") > 0)


def effort_label(recorded: bool) -> str:
    """What the effort numbers measure, for every place that shows them."""
    return "hours" if recorded else "proxy score: no time recorded"
