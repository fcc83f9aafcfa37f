"""Periods, the one calendar of every number: ISO weeks, months and quarters, their keys
("2026-W47", "2026-11", "2026-Q4") and [start, end) bounds, as polars expressions for frames
and as `CalendarPeriod` values for one period, plus the data's span and the default report
period."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

import polars as pl

from analysis.errors import InputError
from analysis.names import KINDS, PERIODS, Period

EXAMPLES = {"week": "2026-W47", "month": "2026-11", "quarter": "2026-Q4"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SPAN_COLUMNS = ("created", "closed_at")

_TRUNCATE = {"week": "1w", "month": "1mo", "quarter": "3mo"}
_PATTERNS = {
    "week": re.compile(r"(\d{4})-W(\d{2})"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "quarter": re.compile(r"(\d{4})-Q(\d)"),
}


def check_period(period: str) -> Period:
    """The period name, checked; ValueError for anything but week, month or quarter."""
    if period not in _TRUNCATE:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    return cast(Period, period)


def period_start(expr: pl.Expr, period: Period = "week") -> pl.Expr:
    """The first day (a Date) of the ISO week, month or quarter holding each datetime."""
    check_period(period)
    return expr.cast(pl.Datetime("us")).dt.truncate(_TRUNCATE[period]).cast(pl.Date)


def period_key(expr: pl.Expr, period: Period = "week") -> pl.Expr:
    """Period key strings: ISO week "2026-W47" (ISO year), month "2026-11", quarter "2026-Q4"."""
    check_period(period)
    if period == "week":
        return expr.dt.strftime("%G-W%V")
    if period == "month":
        return expr.dt.strftime("%Y-%m")
    return pl.format("{}-Q{}", expr.dt.year(), expr.dt.quarter())


def period_starts(first: date, last: date, period: Period = "week") -> pl.Series:
    """Every period start from the one holding `first` to the one holding `last`, as Dates."""
    return pl.date_range(period_at(period, first).start.date(),
                         period_at(period, last).start.date(), _TRUNCATE[period],
                         eager=True).alias("start")


@dataclass(frozen=True)
class CalendarPeriod:
    """One week, month or quarter: its key and [start, end) bounds as naive datetimes."""

    unit: Period
    key: str
    start: datetime
    end: datetime

    @property
    def last_day(self) -> date:
        """The period's last calendar day."""
        return (self.end - timedelta(days=1)).date()

    def shifted(self, count: int) -> CalendarPeriod:
        """The period `count` periods later (negative: earlier)."""
        return period_at(self.unit, _shift_start(self.unit, self.start.date(), count))

    def previous(self, count: int) -> list[CalendarPeriod]:
        """The `count` periods before this one, oldest first."""
        return [self.shifted(-offset) for offset in range(count, 0, -1)]

    def describe(self) -> str:
        """Human words for the period, e.g. "week 2026-W47 (16 Nov – 22 Nov 2026)"."""
        first, last = self.start.date(), self.last_day
        return f"{self.unit} {self.key} ({day_month(first)} – {day_month(last)} {last.year})"


def day_month(moment: date) -> str:
    """A day and English month abbreviation, e.g. "16 Nov"."""
    return f"{moment.day} {MONTHS[moment.month - 1]}"


def unit_of(kind: str) -> Period:
    """The period unit (week, month, quarter) of a report kind (weekly, monthly, quarterly)."""
    if kind not in KINDS:
        raise ValueError(f"report kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return KINDS[kind]


def parse_period(unit: Period, key: str) -> CalendarPeriod:
    """The period a key names; InputError with an example when the key is malformed."""
    match = _PATTERNS[unit].fullmatch(key.strip())
    start = _start_of(unit, match) if match else None
    if start is None:
        raise InputError(
            f"'{key}' is not a {unit}; write it like {EXAMPLES[unit]} "
            f"(--{unit} {EXAMPLES[unit]})."
        )
    return period_at(unit, start)


def _start_of(unit: Period, match: re.Match[str]) -> date | None:
    year, number = int(match.group(1)), int(match.group(2))
    try:
        if unit == "week":
            return date.fromisocalendar(year, number, 1)
        if unit == "month":
            return date(year, number, 1)
        return date(year, 3 * number - 2, 1) if 1 <= number <= 4 else None
    except ValueError:
        return None


def period_at(unit: Period, moment: date) -> CalendarPeriod:
    """The week, month or quarter holding a date."""
    if unit == "week":
        start = moment - timedelta(days=moment.weekday())
        year, week, _ = start.isocalendar()
        return _period(unit, f"{year}-W{week:02d}", start, start + timedelta(days=7))
    months = 3 if unit == "quarter" else 1
    first_month = (moment.month - 1) // months * months + 1
    start = date(moment.year, first_month, 1)
    end = _shift_start(unit, start, 1)
    key = f"{start.year}-Q{(first_month - 1) // 3 + 1}" if unit == "quarter" else (
        f"{start.year}-{start.month:02d}")
    return _period(unit, key, start, end)


def _period(unit: Period, key: str, start: date, end: date) -> CalendarPeriod:
    return CalendarPeriod(unit, key, datetime.combine(start, datetime.min.time()),
                          datetime.combine(end, datetime.min.time()))


def _shift_start(unit: Period, start: date, count: int) -> date:
    if unit == "week":
        return start + timedelta(weeks=count)
    months = start.year * 12 + start.month - 1 + count * (3 if unit == "quarter" else 1)
    return date(months // 12, months % 12 + 1, 1)


@dataclass(frozen=True)
class DataSpan:
    """The first and last created or closed moment in a ticket frame."""

    first: datetime
    last: datetime

    def describe(self) -> str:
        return f"{self.first.date().isoformat()} to {self.last.date().isoformat()}"


def data_span(tickets: pl.DataFrame) -> DataSpan:
    """From the earliest to the latest created or closed date; never Updated, Last Viewed or
    Due, which move without anything happening on the board."""
    present = [c for c in SPAN_COLUMNS if c in tickets.columns]
    bounds = tickets.select(
        pl.min_horizontal(pl.col(present).min()).alias("first"),
        pl.max_horizontal(pl.col(present).max()).alias("last"),
        pl.col("created").is_not_null().any().alias("dated"),
    )
    if not bounds.item(0, "dated"):
        raise InputError(
            "No ticket in the export has a Created date, so there is nothing to report on; "
            "check that the export includes the Created column."
        )
    return DataSpan(bounds.item(0, "first"), bounds.item(0, "last"))


def active_periods(tickets: pl.DataFrame, unit: Period) -> list[CalendarPeriod]:
    """The periods in which a ticket was created or closed, latest first."""
    present = [c for c in SPAN_COLUMNS if c in tickets.columns]
    moments = pl.concat([tickets.get_column(c) for c in present]).drop_nulls()
    starts = pl.select(period_start(pl.lit(moments), unit).unique().sort(descending=True))
    return [period_at(unit, start) for start in starts.to_series().to_list()]


def default_period(unit: Period, tickets: pl.DataFrame, span: DataSpan) -> CalendarPeriod:
    """The last period wholly in the data in which a ticket was created or closed; with none,
    the latest period of the data, which is partial."""
    for period in active_periods(tickets, unit):
        if is_covered(period, span):
            return period
    return period_at(unit, span.last.date())


def check_in_span(period: CalendarPeriod, span: DataSpan) -> None:
    """InputError when a period lies wholly before or after the data."""
    if period.end <= span.first or period.start > span.last:
        raise InputError(
            f"The {period.unit} {period.key} is outside the data, which runs from "
            f"{span.describe()}; choose a {period.unit} in that range."
        )


def is_complete(period: CalendarPeriod, span: DataSpan) -> bool:
    """Whether the data reaches the period's last day."""
    return span.last.date() >= period.last_day


def is_covered(period: CalendarPeriod, span: DataSpan) -> bool:
    """Whether the data covers the whole period (it starts on or before its first day)."""
    return span.first.date() <= period.start.date() and is_complete(period, span)
