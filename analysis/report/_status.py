"""Key issues from a pulled board's status history: where the period's closed tickets spent
their time, and which tickets were reopened; boards without history (CSV exports) get none."""

from __future__ import annotations

from analysis import metrics as mr
from analysis.report import _format as fmt
from analysis.report._context import Context, Issue

TOP_STATUSES = 3


def where_time_goes(context: Context) -> list[Issue]:
    """Share of time and median per ticket in each status category, and the statuses that took
    most time, over the tickets closed in the period."""
    if not mr.has_status_history(context.timed):
        return []
    _, start, end = context.current
    closed = context.timed.filter(mr.closed_in(start, end))
    times = mr.time_in_status(closed)
    if closed.height == 0 or (times["hours"].sum() or 0) <= 0:
        return []
    categories = mr.category_summary(times)
    unit = fmt.hours_unit(categories["median_hours"].to_list())
    items = [f"{fmt.escape(row['category'])}: {fmt.share(row['share'])} of the time, median "
             f"{fmt.hours(row['median_hours'], unit)} per ticket"
             for row in categories.iter_rows(named=True)]
    statuses = mr.status_summary(times, TOP_STATUSES)
    items.append("Most time in: " + ", ".join(
        f"{fmt.escape(row['status'])} {fmt.share(row['share'])}"
        for row in statuses.iter_rows(named=True)))
    return [Issue(f"Where time went on the {fmt.plural(times['key'].n_unique(), 'ticket')} "
                  f"closed {context.this}, by status category:", tuple(items))]


def reopened(context: Context) -> list[Issue]:
    """The tickets moved back out of Done in the period, with their keys."""
    if not mr.has_status_history(context.timed):
        return []
    _, start, end = context.current
    moves = mr.reopened_in(context.timed, start, end)
    if moves.height == 0:
        return []
    rows = moves.select("key", "reopens").iter_rows()
    notes = {key: f"{count} times" for key, count in rows if count > 1}
    shown = fmt.keys(moves["key"].to_list(), site=context.site, notes=notes)
    return [Issue(f"{fmt.plural(moves.height, 'ticket')} reopened {context.this} (moved back "
                  f"out of Done): {shown}.")]
