"""Time metrics: resolution time, first response time and the share within targets.

Durations are hours, on the calendar clock by default or counted in working hours only.
Resolution time = closed_at - created for closed tickets; first response = the first comment
by someone other than the reporter (DESIGN.md "Definitions").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import polars as pl

from analysis.columns import ACCOUNT_ID
from analysis.framework import Framework, Targets
from analysis.jira import comment_fields
from analysis.metrics._counts import closed_moment
from analysis.metrics._values import value_column

_EPOCH = date(1970, 1, 5)  # a Monday well before any Jira data
_HOUR_US = 3_600_000_000


@dataclass(frozen=True)
class Clock:
    """How hours are counted: calendar hours, or office hours on given ISO weekdays."""

    working: bool = False
    start_hour: int = 9
    end_hour: int = 17
    weekdays: tuple[int, ...] = (1, 2, 3, 4, 5)

    @classmethod
    def from_targets(cls, targets: Targets, working: bool | None = None) -> Clock:
        """The clock a framework's `targets` asks for, unless `working` overrides it."""
        hours = targets.working_hours
        use_working = targets.clock == "working" if working is None else working
        return cls(use_working, hours.start_hour, hours.end_hour, tuple(hours.weekdays))


CALENDAR = Clock()


# The ticket columns time metrics read: first response needs the parsed comments and who
# reported the ticket; targets are set per priority.
TIME_COLUMNS = ("created", "closed_at", "priority", "reporter", "reporter_id", "comments")

def _working_offset(moment: pl.Expr, clock: Clock) -> pl.Expr:
    """Working hours from a fixed Monday to `moment`, so a difference of two is the working
    time between them."""
    week_mask = [day in clock.weekdays for day in range(1, 8)]
    day_hours = clock.end_hour - clock.start_hour
    days_before = pl.business_day_count(pl.lit(_EPOCH), moment.dt.date(), week_mask=week_mask)
    hour_of_day = (
        moment.dt.hour().cast(pl.Float64)
        + moment.dt.minute().cast(pl.Float64) / 60
        + moment.dt.second().cast(pl.Float64) / 3600
    )
    within = (hour_of_day - clock.start_hour).clip(0, day_hours)
    is_workday = moment.dt.weekday().is_in(list(clock.weekdays))
    return days_before.cast(pl.Float64) * day_hours + pl.when(is_workday).then(within).otherwise(0)


def hours_between(start: pl.Expr, end: pl.Expr, clock: Clock = CALENDAR) -> pl.Expr:
    """Hours from start to end (f64) on the given clock; null when either is null."""
    if not clock.working:
        return (end - start).dt.total_microseconds() / _HOUR_US
    return _working_offset(end, clock) - _working_offset(start, clock)


def first_response_at(tickets: pl.DataFrame) -> pl.Series:
    """When each ticket was first answered: its earliest comment by someone other than the
    reporter (null when nobody else commented), in `tickets` order."""
    comments = (
        tickets.select("reporter", "reporter_id", "comments")
        .with_row_index("row")
        .explode("comments", empty_as_null=False)
        .unnest("comments")
        .filter(pl.col("author").is_not_null() & ~_by_reporter(tickets))
        .group_by("row")
        .agg(pl.col("at").min().alias("first_response"))
    )
    rows = pl.DataFrame({"row": pl.arange(0, tickets.height, eager=True).cast(pl.UInt32)})
    return rows.join(comments, on="row", how="left")["first_response"]


def _by_reporter(tickets: pl.DataFrame) -> pl.Expr:
    """Whether an unnested comment is the reporter's: by account id when the comment's author is
    one and the ticket has a reporter id, else by name (an author written as an id also meets
    reporter_id)."""
    by_name = (
        (pl.col("author") == pl.col("reporter").fill_null(""))
        | (pl.col("author") == pl.col("reporter_id").fill_null(""))
    )
    if "author_id" not in comment_fields(tickets):
        return by_name
    with_ids = (pl.col("author_id").str.contains(f"^{ACCOUNT_ID}$").fill_null(False)
                & pl.col("reporter_id").is_not_null())
    return pl.when(with_ids).then(pl.col("author_id") == pl.col("reporter_id")).otherwise(by_name)


def with_durations(tickets: pl.DataFrame, clock: Clock = CALENDAR) -> pl.DataFrame:
    """Tickets plus resolution_hours (closed tickets) and response_hours (answered tickets)."""
    answered = tickets.with_columns(first_response_at(tickets).alias("first_response"))
    response_at = pl.max_horizontal(pl.col("first_response"), pl.col("created"))
    return answered.with_columns(
        hours_between(pl.col("created"), closed_moment(), clock).alias("resolution_hours"),
        pl.when(pl.col("first_response").is_not_null())
        .then(hours_between(pl.col("created"), response_at, clock))
        .alias("response_hours"),
    )


def duration_summary(timed: pl.DataFrame, measure: str, column: str = "team") -> pl.DataFrame:
    """Median, p90 and mean of `measure` hours per value of `column`
    [value, tickets: u32, median_hours, p90_hours, mean_hours], most tickets first."""
    measured = value_column(
        timed.select(column, measure).filter(pl.col(measure).is_not_null()), column
    )
    summary = measured.group_by(pl.col(column).alias("value")).agg(
        pl.len().cast(pl.UInt32).alias("tickets"),
        pl.col(measure).median().alias("median_hours"),
        pl.col(measure).quantile(0.9, "linear").alias("p90_hours"),
        pl.col(measure).mean().alias("mean_hours"),
    )
    return summary.sort(["tickets", "value"], descending=[True, False])


def judged_targets(framework: Framework) -> Targets | None:
    """The service targets a board is judged against: those its own labels.toml sets; the
    built-in ones are an example, not a promise the team made."""
    own = framework.path is not None and bool(framework.targets.priorities)
    return framework.targets if own else None


def targets_frame(targets: Targets, priorities: Iterable[str]) -> pl.DataFrame:
    """The framework's target hours for each priority seen in the data
    [priority, response_target_hours, resolution_target_hours]; null where none is set."""
    rows = []
    for priority in sorted({p for p in priorities if p}):
        target = targets.for_priority(priority)
        rows.append({
            "priority": priority,
            "response_target_hours": target.first_response_hours if target else None,
            "resolution_target_hours": target.resolution_hours if target else None,
        })
    schema = {"priority": pl.String, "response_target_hours": pl.Float64,
              "resolution_target_hours": pl.Float64}
    return pl.DataFrame(rows, schema=schema)


def targets_met(timed: pl.DataFrame, targets: pl.DataFrame,
                order: Sequence[str] = ()) -> pl.DataFrame:
    """Per priority with a target, the share of closed tickets resolved within the resolution
    target and of answered tickets first answered within the response target.

    Columns: priority, resolved, resolved_in_target, resolution_share, answered,
    answered_in_target, response_share, resolution_target_hours, response_target_hours.
    Shares are null when no ticket could be measured. `order` lists priorities to put first.
    """
    targets = targets.filter(
        pl.col("response_target_hours").is_not_null()
        | pl.col("resolution_target_hours").is_not_null()
    )
    joined = timed.select("priority", "resolution_hours", "response_hours").join(
        targets, on="priority", how="inner"
    )
    within = joined.group_by("priority").agg(
        pl.col("resolution_hours").is_not_null().sum().cast(pl.UInt32).alias("resolved"),
        (pl.col("resolution_hours") <= pl.col("resolution_target_hours"))
        .sum().cast(pl.UInt32).alias("resolved_in_target"),
        pl.col("response_hours").is_not_null().sum().cast(pl.UInt32).alias("answered"),
        (pl.col("response_hours") <= pl.col("response_target_hours"))
        .sum().cast(pl.UInt32).alias("answered_in_target"),
    )
    result = targets.join(within, on="priority", how="left").with_columns(
        pl.col("resolved", "resolved_in_target", "answered", "answered_in_target").fill_null(0)
    ).with_columns(
        _share("resolved_in_target", "resolved", "resolution_target_hours")
        .alias("resolution_share"),
        _share("answered_in_target", "answered", "response_target_hours").alias("response_share"),
    )
    rank = {name: index for index, name in enumerate(order)}
    result = result.with_columns(
        pl.col("priority").replace_strict(rank, default=len(rank), return_dtype=pl.UInt32)
        .alias("rank")
    ).sort(["rank", "priority"])
    return result.select(
        "priority", "resolved", "resolved_in_target", "resolution_share", "answered",
        "answered_in_target", "response_share", "resolution_target_hours",
        "response_target_hours",
    )


def _share(met: str, measured: str, target: str) -> pl.Expr:
    """met / measured, null when nothing was measured or no target is set."""
    return (
        pl.when((pl.col(measured) > 0) & pl.col(target).is_not_null())
        .then(pl.col(met) / pl.col(measured))
        .otherwise(None)
    )
