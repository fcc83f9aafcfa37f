"""The report's "Workload per assignee" section: tickets and median times per assignee in the
period, from `analysis.metrics.workload_in`."""

from __future__ import annotations

import polars as pl

from analysis import metrics as mr
from analysis.report import _format as fmt
from analysis.report._context import Context

LISTED = 10


def period_workload(context: Context) -> pl.DataFrame:
    """Per assignee, the period's tickets assigned, closed, open at its end and median times."""
    _, start, end = context.current
    return mr.workload_in(context.timed, start, end)


def workload_markdown(frame: pl.DataFrame | None, unit: str) -> list[str]:
    """The section: the busiest assignees as a table, with a note on what each column counts."""
    if frame is None or frame.height == 0:
        return []
    listed = frame.head(LISTED)
    resolution = fmt.hours_unit(listed["median_resolution_hours"].to_list())
    response = fmt.hours_unit(listed["median_response_hours"].to_list())
    rows = [[fmt.escape(r["assignee"]), fmt.count(r["assigned"]), fmt.count(r["closed"]),
             fmt.count(r["open"]), fmt.hours(r["median_resolution_hours"], resolution),
             fmt.hours(r["median_response_hours"], response)]
            for r in listed.iter_rows(named=True)]
    headers = ["Assignee", "Assigned", "Closed", "Open at end", "Median resolution",
               "Median first response"]
    more = frame.height - LISTED
    rest = f" {fmt.plural(more, 'more assignee')} not listed." if more > 0 else ""
    note = (f"Assigned: tickets created this {unit} that the export shows them holding; closed: "
            f"their tickets closed this {unit}, whose median resolution time is shown; median "
            f"first response over the tickets assigned this {unit} that were answered.{rest}")
    return ["## Workload per assignee",
            fmt.table(headers, rows, right=list(range(1, len(headers)))) + f"\n\n{note}"]
