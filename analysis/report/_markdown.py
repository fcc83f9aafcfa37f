"""Render a built report as markdown that pastes cleanly into Confluence or GitHub.

Pipe tables, bold, bullet lists and relative image links only: no HTML, no "now".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import polars as pl

from analysis.metrics import day_month, in_sentence, only_unlabelled
from analysis.report import _format as fmt
from analysis.report import _recurring as recurring
from analysis.report._build import Report
from analysis.report._effort import effort_markdown
from analysis.report._flags import themes_section
from analysis.report._header import header
from analysis.report._kpis import kpi_markdown
from analysis.report._labellers import labellers_section
from analysis.report._workload import workload_markdown

TITLES = {"weekly": "Weekly", "monthly": "Monthly", "quarterly": "Quarterly"}


@dataclass(frozen=True)
class FigureLink:
    """One PNG of the report: its caption and its path relative to the markdown file."""

    caption: str
    path: str


def render(report: Report, figures: Sequence[FigureLink] = ()) -> str:
    """The whole report as markdown, ending with one newline."""
    parts = [
        f"# {TITLES[report.kind]} support report: {report.period.key}",
        header(report),
        "## Headline numbers",
        headline(report),
        "## Key issues",
        key_issues(report),
        *recurring.render(report.recurring, report.unit),
        *value_tables(report),
        *kpi_markdown(report.kpis, report.unit),
        *workload_markdown(report.workload, report.unit),
        *actions(report),
        *themes_section(report.themes, report.unit, report.site),
        *effort_markdown(report.effort, report.period.unit, report.site),
        *breakdown(report),
        *labellers_section(report.labellers),
        *figure_section(figures),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


_HEADLINE = (
    ("Created", "created", "count"), ("Closed", "closed", "count"),
    ("Net (created − closed)", "net", "net"), ("Backlog at end", "backlog", "count"),
    ("Median resolution time", "resolution_median_hours", "hours"),
    ("p90 resolution time", "resolution_p90_hours", "hours"),
    ("Median first response", "response_median_hours", "hours"),
    ("Resolved within target", "resolution_share", "share"),
    ("First response within target", "response_share", "share"),
)


def headline(report: Report) -> str:
    """The headline table: this period, the previous one, the trailing average, and changes."""
    rows = report.headline.to_dicts()
    current, previous = rows[-1], (rows[-2] if len(rows) > 1 else None)
    earlier = pl.DataFrame(rows[:report.trailing], schema=report.headline.schema)
    average = {column: _mean(earlier[column]) for _, column, _ in _HEADLINE}
    headers = ["", f"This {report.unit}", _previous_header(report), "Change"]
    if report.trailing:
        headers += [_average_header(report), "Against average"]
    table_rows = []
    for label, column, kind in _HEADLINE:
        if kind == "share" and not report.targets_judged:
            continue
        now, before, typical = current[column], previous[column] if previous else None, \
            average[column]
        scale = fmt.hours_unit([now, before, typical]) if kind == "hours" else None
        cells = [label, _value(now, kind, scale), _value(before, kind, scale),
                 _change(now, before, kind, scale)]
        if report.trailing:
            cells += [_value(typical, kind, scale), _change(now, typical, kind, scale)]
        table_rows.append(cells)
    table_rows.append(["Oldest open ticket", _oldest(current, report.site),
                       _oldest(previous, report.site), fmt.DASH,
                       *([fmt.DASH, fmt.DASH] if report.trailing else [])])
    text = fmt.table(headers, table_rows, right=list(range(1, len(headers))))
    note = comparison_note(report)
    return f"{text}\n\n{note}" if note else text


def _mean(values: pl.Series) -> float | None:
    """The mean of a headline column over the trailing periods; None when there are none."""
    mean = values.mean()
    return float(mean) if isinstance(mean, int | float) else None


def _previous_header(report: Report) -> str:
    return f"Previous {report.unit}" + (" (partial)" if report.previous_partial else "")


def _average_header(report: Report) -> str:
    return f"Average, {fmt.previous(report.trailing, report.unit)}"


def comparison_note(report: Report) -> str:
    """Why the previous period is partial or the average missing, when the data starts late."""
    unit, first = report.unit, report.span.first
    starts = f"The data starts on {fmt.weekday(first)} {day_month(first)} " \
             f"{first.year}"
    if report.previous_partial:
        return (f"{starts}, so the previous {unit} is only partly covered and its numbers are "
                f"partial; no earlier {unit} lies wholly in the data, so there is no average to "
                f"compare with.")
    if not report.trailing and report.headline.height == 1:
        return f"{starts}, with this {unit}: there is no earlier {unit} to compare with."
    return ""


def _value(value: float | None, kind: str, unit: str | None = None) -> str:
    if value is None:
        return fmt.DASH
    if kind == "hours":
        return fmt.hours(value, unit)
    if kind == "share":
        return fmt.share(value)
    if kind == "net":
        return fmt.signed(value, fmt.count(abs(value)))
    return fmt.count(value)


def _change(now: float | None, before: float | None, kind: str,
            unit: str | None = None) -> str:
    if kind == "hours":
        return fmt.hours_change(now, before, unit)
    if kind == "share":
        return fmt.share_change(now, before)
    return fmt.count_change(now, before, percent=kind == "count")


def _oldest(row: dict | None, site: str | None) -> str:
    if not row or row["oldest_open_key"] is None:
        return fmt.DASH
    return f"{fmt.key(row['oldest_open_key'], site)}, {fmt.days(row['oldest_open_days'])}"


def key_issues(report: Report) -> str:
    """The key issues as a bullet list, with nested items."""
    if not report.issues:
        return f"Nothing stood out this {report.unit}: no rise, cluster or missed target."
    lines = []
    for issue in report.issues:
        lines.append(f"- {issue.text}")
        lines.extend(f"  - {item}" for item in issue.items)
    return "\n".join(lines)


def value_tables(report: Report) -> list[str]:
    """One section per value table (team, macro category); a value stays while it has tickets
    this period, the previous one or on average, so a fall to zero shows."""
    parts = []
    headers_end = [_average_header(report)] if report.trailing else []
    note = comparison_note(report)
    for table in report.tables:
        if only_unlabelled(table.frame):
            continue  # nothing labelled yet: the header's coverage line says so
        headers = [fmt.escape(table.title), f"This {report.unit}", _previous_header(report),
                   "Change", *headers_end]
        rows = [[fmt.escape(r["value"]), fmt.count(r["current"]), fmt.count(r["previous"]),
                 _signed_count(r["change"]),
                 *([fmt.count(r["average"])] if report.trailing else [])]
                for r in table.frame.iter_rows(named=True)
                if r["current"] or r["previous"] or r["average"]]
        parts += [f"## Tickets per {fmt.escape(in_sentence(table.title))}",
                  fmt.table(headers, rows, right=list(range(1, len(headers))))
                  + "\n\nTickets created in each period; a ticket with two values counts once "
                    "for each." + (f" {note}" if note else "")]
    return parts


def _signed_count(value: int | None) -> str:
    return fmt.DASH if value is None else fmt.signed(value, fmt.count(abs(value)))


def actions(report: Report) -> list[str]:
    """Suggested actions for the period's top values, from the framework."""
    if not report.actions:
        return []
    lines = []
    for action in report.actions:
        lines.append(f"- **{fmt.escape(action.value)}** ({fmt.escape(in_sentence(action.title))}, "
                     f"{fmt.plural(action.tickets, 'ticket')} this {report.unit}):")
        lines.extend(f"  - {fmt.escape(text)}" for text in action.actions)
    return ["## Suggested actions", "\n".join(lines)]


def breakdown(report: Report) -> list[str]:
    """Week by week for a month, month by month for a quarter."""
    if report.breakdown is None:
        return []
    part = "week" if report.unit == "month" else "month"
    judged = report.targets_judged
    headers = [part.capitalize(), "Dates", "Created", "Closed", "Net", "Backlog at end",
               "Median resolution", *(["Resolved within target"] if judged else [])]
    unit = fmt.hours_unit(report.breakdown["resolution_median_hours"].to_list())
    rows = [[r["window"], _dates(r["start"], r["end"]), fmt.count(r["created"]),
             fmt.count(r["closed"]), fmt.signed(r["net"], fmt.count(abs(r["net"]))),
             fmt.count(r["backlog"]), fmt.hours(r["resolution_median_hours"], unit),
             *([fmt.share(r["resolution_share"])] if judged else [])]
            for r in report.breakdown.iter_rows(named=True)]
    note = ("Weeks that start or end in another month count only their days in this month."
            if part == "week" else "")
    return [f"## {part.capitalize()} by {part}",
            fmt.table(headers, rows, right=list(range(2, len(headers)))) + (f"\n\n{note}" if note else "")]


def _dates(start: datetime, end: datetime) -> str:
    last = end - timedelta(days=1)
    first, final = day_month(start), day_month(last)
    return first if first == final else f"{first} {fmt.DASH} {final}"


def figure_section(figures: Sequence[FigureLink]) -> list[str]:
    """Each figure as a captioned markdown image with a relative path."""
    if not figures:
        return []
    parts = ["## Figures"]
    for figure in figures:
        parts.append(f"### {fmt.escape(figure.caption)}\n\n"
                     f"![{fmt.escape(figure.caption)}]({figure.path})")
    return parts
