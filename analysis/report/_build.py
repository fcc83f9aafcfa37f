"""Weekly, monthly and quarterly reports: build every section's data, then render it once.

`build_report` computes the whole report from a labelled ticket frame and its framework;
`report_markdown.render` turns it into markdown and `report_figures` draws its PNGs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import polars as pl

from analysis import metrics as mr
from analysis.errors import InputError
from analysis.framework import Framework
from analysis.jira import content_hash
from analysis.journal import Flag, FlagGroup
from analysis.metrics import (
    CalendarPeriod,
    Clock,
    DataSpan,
    Period,
    check_in_span,
    coverage_now,
    created_in,
    data_span,
    default_period,
    is_complete,
    is_covered,
    judged_targets,
    parse_period,
    period_at,
    targets_frame,
    unit_of,
    with_durations,
)
from analysis.report import _recurring as recurring
from analysis.report import _sections as sections
from analysis.report._context import Actions, Context, Issue, ValueTable
from analysis.report._effort import EffortSection, effort_section
from analysis.report._flags import flagged_themes
from analysis.report._kpis import period_kpis
from analysis.report._workload import period_workload

TRAILING = 4
COVERAGE_WARNING = 0.8
SUB_PERIOD: dict[str, Period | None] = {"week": None, "month": "week", "quarter": "month"}


@dataclass(frozen=True)
class SourceFile:
    """A file a report was built from: its name, what it holds, and a short content hash."""

    name: str
    records: int
    sha256: str


@dataclass(frozen=True)
class Report:
    """Everything a report shows, computed; renderers only format it."""

    kind: str
    period: CalendarPeriod
    complete: bool
    span: DataSpan
    sources: tuple[SourceFile, ...]
    journal: SourceFile | None
    clock: str
    targets_judged: bool
    anonymised: bool
    reader_warnings: int
    coverage: pl.DataFrame
    headline: pl.DataFrame
    trailing: int
    previous_partial: bool
    issues: tuple[Issue, ...]
    tables: tuple[ValueTable, ...]
    actions: tuple[Actions, ...]
    breakdown: pl.DataFrame | None
    journal_skipped: int = 0
    site: str | None = None  # the Jira site issue keys link to; None prints plain keys
    themes: tuple[FlagGroup, ...] = ()  # theme flags on the period's tickets, grouped
    effort: EffortSection | None = None
    recurring: tuple[str, ...] | None = None  # a sentence per group of alike tickets
    labellers: pl.DataFrame | None = None  # per-labeller progress in the period
    workload: pl.DataFrame | None = None  # per assignee (`workload_in`)
    kpis: tuple[mr.CaseloadKpis, mr.CaseloadKpis | None] | None = None  # this period, previous

    @property
    def unit(self) -> str:
        return self.period.unit

    @property
    def folder(self) -> str:
        """The figures' folder name beside the markdown, e.g. "2026-W47"."""
        return self.period.key


def file_hash(path: Path, known: str = "") -> str:
    """The first 12 hex digits of a file's SHA-256 (`known` when the read already took it)."""
    return (known or content_hash(path))[:12]


def choose_period(tickets: pl.DataFrame, kind: str, key: str | None) -> tuple[CalendarPeriod,
                                                                             DataSpan]:
    """The period to report (given, or the default: the last complete one with created or
    closed tickets, else the latest partial one) checked against the data."""
    unit = unit_of(kind)
    span = data_span(tickets)
    period = parse_period(unit, key) if key else default_period(unit, tickets, span)
    check_in_span(period, span)
    return period, span


def measured_until(period: CalendarPeriod, span: DataSpan) -> datetime:
    """The period's end, or the end of the data's last day when the data stops before it, so
    ages and the backlog of a partial period are measured when the data ends."""
    data_end = datetime.combine(span.last.date() + timedelta(days=1), datetime.min.time())
    return min(period.end, data_end)


def comparison_windows(
    period: CalendarPeriod, span: DataSpan
) -> tuple[list[mr.Window], mr.Window | None, bool]:
    """The trailing periods wholly in the data (oldest first, for the average), the previous
    period if any of it is in the data, and whether that previous period is only partly in it."""
    earlier = [p for p in period.previous(TRAILING) if is_covered(p, span)]
    before = period.shifted(-1)
    previous = (before.key, before.start, before.end) if before.end > span.first else None
    partial = previous is not None and not is_covered(before, span)
    return [(p.key, p.start, p.end) for p in earlier], previous, partial


def report_dimensions(tickets: pl.DataFrame, framework: Framework) -> list[tuple[str, str]]:
    """(column, title) of the team and every other framework dimension present, in file order."""
    team = framework.team_dimension
    return [("team", team.title)] + [
        (d.id, d.title) for d in framework.dimensions if d is not team and d.id in tickets.columns]


def build_report(
    tickets: pl.DataFrame, framework: Framework, kind: str, key: str | None = None,
    sources: tuple[SourceFile, ...] = (), journal: SourceFile | None = None,
    anonymised: bool = False, reader_warnings: int = 0, journal_skipped: int = 0,
    site: str | None = None, flags: Sequence[Flag] = (),
) -> Report:
    """The report of one period of a labelled ticket frame (`analysis.metrics.labelled_tickets`);
    issue keys link to `site` when it is given."""
    period, span = choose_period(tickets, kind, key)
    clock = Clock.from_targets(framework.targets)
    timed = with_durations(tickets, clock)
    judged = judged_targets(framework) is not None
    targets = targets_frame(framework.targets,
                            timed["priority"].drop_nulls().unique() if judged else ())
    current = (period.key, period.start, measured_until(period, span))
    windows, previous, partial = comparison_windows(period, span)
    compared = [*windows, previous, current] if partial and previous else [*windows, current]
    headline = mr.window_summaries(timed, targets, compared)
    last = headline.row(-1, named=True)
    if not (last["created"] or last["closed"] or last["backlog"]):
        raise InputError(
            f"No ticket was created, closed or open in {period.describe()}; the data runs "
            f"from {span.describe()}. Choose another {period.unit}."
        )
    dimensions = report_dimensions(tickets, framework)
    context = Context(timed, targets, framework, period, current, windows, dimensions,
                      previous, site)
    return Report(
        kind=kind, period=period, complete=is_complete(period, span), span=span,
        sources=sources, journal=journal,
        clock="working hours" if clock.working else "calendar hours", targets_judged=judged,
        anonymised=anonymised, reader_warnings=reader_warnings,
        coverage=_coverage(timed, current, dimensions), headline=headline,
        trailing=len(windows), previous_partial=partial, issues=sections.key_issues(context),
        tables=sections.value_tables(context), actions=sections.suggested_actions(context),
        breakdown=_breakdown(timed, targets, period), journal_skipped=journal_skipped,
        site=site, themes=flagged_themes(context, flags), effort=effort_section(context),
        recurring=recurring.recurring(context),
        workload=period_workload(context), kpis=period_kpis(context),
    )


def _coverage(timed: pl.DataFrame, current: mr.Window,
              dimensions: list[tuple[str, str]]) -> pl.DataFrame:
    """Label coverage of the tickets created in the period, with each dimension's title."""
    _, start, end = current
    created = timed.filter(created_in(start, end))
    titles = dict(dimensions)
    return coverage_now(created, list(titles)).with_columns(
        pl.col("dimension").replace_strict(titles).alias("title")
    )


def low_coverage(report: Report) -> pl.DataFrame:
    """Dimensions labelled on fewer than COVERAGE_WARNING of the period's tickets."""
    return report.coverage.filter(pl.col("share") < COVERAGE_WARNING)


def _breakdown(timed: pl.DataFrame, targets: pl.DataFrame,
               period: CalendarPeriod) -> pl.DataFrame | None:
    """Week-by-week numbers of a month, month-by-month of a quarter (weeks clipped to the
    month), with the dates each row covers."""
    unit = SUB_PERIOD[period.unit]
    if unit is None:
        return None
    windows, part = [], period_at(unit, period.start.date())
    while part.start < period.end:
        start, end = max(part.start, period.start), min(part.end, period.end)
        windows.append((part.key, start, end))
        part = part.shifted(1)
    summary = mr.window_summaries(timed, targets, windows)
    return summary.with_columns(
        pl.Series("start", [w[1] for w in windows]), pl.Series("end", [w[2] for w in windows])
    )
