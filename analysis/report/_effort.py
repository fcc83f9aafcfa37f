"""The report's section on intensive tickets: those closed this period, their teams and
categories, their effort and cost; a labelled proxy when the board records no time."""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from analysis import metrics as mr
from analysis.framework import CostSettings
from analysis.metrics import closed_in
from analysis.report import _format as fmt
from analysis.report._context import Context

CATEGORY = "macro_category"
LISTED = 10


@dataclass(frozen=True)
class EffortSection:
    """Effort of the tickets closed this period and the intensive ones among them."""

    recorded: bool
    cost: CostSettings
    threshold: float | None
    closed: int
    total_effort: float
    intensive: pl.DataFrame  # key, team, category, effort, cost, comment_count, open_hours
    category_title: str | None = None


def effort_section(context: Context) -> EffortSection:
    """The section's data, from the period's closed tickets and the whole board's effort."""
    cost = context.framework.cost
    measured, recorded = mr.with_effort(context.timed, cost)
    _, start, end = context.current
    closed = measured.filter(closed_in(start, end))
    has_category = CATEGORY in closed.columns
    category = pl.lit(None, pl.String)
    if has_category:
        category = pl.col(CATEGORY)
        if isinstance(closed.schema[CATEGORY], pl.List):
            category = category.list.join(", ")
    intensive = closed.filter(pl.col("intensive")).sort(["effort", "key"],
                                                        descending=[True, False])
    intensive = intensive.select(
        "key", pl.col("team").list.join(", ").alias("team"),
        category.cast(pl.String).alias("category"),
        "effort", "cost", "comment_count", "open_hours")
    titles = dict(context.dimensions)
    return EffortSection(recorded, cost, mr.intensive_threshold(measured, cost, recorded),
                         closed.height, float(closed["effort"].sum() or 0.0), intensive,
                         titles.get(CATEGORY) if has_category else None)


def effort_markdown(section: EffortSection | None, unit: str, site: str | None) -> list[str]:
    """The section as markdown: a sentence on what was measured, then the intensive tickets."""
    if section is None or section.closed == 0:
        return []
    count = section.intensive.height
    lines = [_summary(section, unit, count)]
    if count:
        lines.append(_table(section, site))
    if count > LISTED:
        lines.append(f"And {fmt.plural(count - LISTED, 'more intensive ticket')}: "
                     f"{fmt.keys(section.intensive['key'][LISTED:].to_list(), site=site)}.")
    return ["## Intensive tickets", *lines]


def _summary(section: EffortSection, unit: str, count: int) -> str:
    cost = section.cost
    closed = fmt.plural(section.closed, "ticket")
    if not section.recorded:
        return (f"This board records no time (no Time Spent or Log Work), so effort here is a "
                f"**proxy score**, not hours: one point per comment and per participant and "
                f"one per 3 days open (up to 10). Intensive: {count:,} of the {closed} closed "
                f"this {unit}, in the top {fmt.share(cost.top_share)} of the board's proxy "
                f"scores ({_number(section.threshold)} points or more).")
    if cost.intensive_hours is not None:
        rule = f"over {_number(cost.intensive_hours)} hours logged"
    else:
        rule = (f"in the top {fmt.share(cost.top_share)} of the board's effort, "
                f"{_number(section.threshold)} hours or more")
    total = f"{_number(section.total_effort)} hours"
    if cost.rate is not None:
        total += f" ({_money(section.total_effort * cost.rate, cost.currency)} at " \
                 f"{cost.currency} {cost.rate:g} an hour)"
    return (f"The {closed} closed this {unit} took {total}. Intensive: {count:,} of them "
            f"({rule}).")


def _table(section: EffortSection, site: str | None) -> str:
    recorded, cost = section.recorded, section.cost
    headers = ["Ticket", "Team", section.category_title or "Category",
               "Hours" if recorded else "Proxy score"]
    if recorded and cost.rate is not None:
        headers.append(f"Cost ({cost.currency})")
    if not recorded:
        headers += ["Comments", "Days open"]
    rows = []
    for row in section.intensive.head(LISTED).iter_rows(named=True):
        cells = [fmt.key(row["key"], site), fmt.escape(row["team"] or mr.UNLABELLED),
                 fmt.escape(row["category"] or "—"), _number(row["effort"])]
        if recorded and cost.rate is not None:
            cells.append(_money(row["cost"], None))
        if not recorded:
            cells += [f"{row['comment_count']:,}", fmt.days(row["open_hours"] / 24)]
        rows.append(cells)
    return fmt.table(headers, rows, right=tuple(range(3, len(headers))))


def _number(value: float | None) -> str:
    """Hours or points: whole from 10 up or when whole, else one decimal."""
    if value is None:
        return "—"
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def _money(value: float | None, currency: str | None) -> str:
    if value is None:
        return "—"
    return f"{currency} {value:,.0f}" if currency else f"{value:,.0f}"
