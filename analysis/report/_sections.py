"""The sections of a report that are read rather than looked up: key issues, tables, actions.

Each key issue is a sentence a support lead can act on, built from the metrics engine's
report windows.
"""

from __future__ import annotations

from datetime import datetime

import polars as pl

from analysis import metrics as mr
from analysis.metrics import UNLABELLED, day_month
from analysis.report import _format as fmt
from analysis.report._context import Actions, Context, Issue, ValueTable
from analysis.report._tickets import LISTED, highest_scores, missed_targets, open_longest

CLUSTER_COLUMNS = ("product", "macro_category")
CLUSTER_DAYS = 3
CLUSTER_MINIMUM = 3
TABLE_COLUMNS = ("team", "macro_category")
RISE_MINIMUM = 2


def key_issues(context: Context) -> tuple[Issue, ...]:
    """Every key issue of the period, in reading order."""
    issues: list[Issue] = []
    issues += rises(context)
    issues += first_seen(context)
    issues += clusters(context)
    issues += highest_scores(context)
    issues += open_longest(context)
    issues += missed_targets(context)
    return tuple(issues)


def rises(context: Context) -> list[Issue]:
    """Per dimension, the value whose volume rose most against the previous period."""
    if not context.earlier:
        return []
    found = []
    for column, title in context.dimensions:
        rising = context.changes(column).filter(
            (pl.col("value") != UNLABELLED) & (pl.col("change") >= RISE_MINIMUM)
            & (pl.col("current") > pl.col("average"))
        ).sort(["change", "value"], descending=[True, False])
        if rising.height:
            row = rising.row(0, named=True)
            found.append(Issue(
                f"{fmt.escape(title)}: **{fmt.escape(row['value'])}** rose most, "
                f"{fmt.plural(row['current'], 'ticket')} {context.this} against "
                f"{row['previous']:,} {context.before} (+{row['change']:,}) "
                f"and an average of {fmt.count(row['average'])} over the "
                f"{fmt.previous(len(context.earlier), context.period.unit)}."
            ))
    return found


def first_seen(context: Context) -> list[Issue]:
    """Label values that appear for the first time in the data this period."""
    _, start, _ = context.current
    if context.timed.filter(pl.col("created") < start).height == 0:
        return []
    found = []
    for column, title in context.dimensions:
        new = mr.first_seen(context.timed, column, context.current)
        if new.height == 0:
            continue
        shown = [f"**{fmt.escape(r['value'])}** ({fmt.keys(r['keys'], 3, context.site)})"
                 for r in new.head(5).iter_rows(named=True)]
        more = f" and {fmt.plural(new.height - 5, 'more value')}" if new.height > 5 else ""
        found.append(Issue(
            f"{fmt.escape(title)}, seen for the first time: {', '.join(shown)}{more}."
        ))
    return found


def clusters(context: Context) -> list[Issue]:
    """Groups of tickets sharing a product and a category within a few days."""
    if not all(column in context.timed.columns for column in CLUSTER_COLUMNS):
        return []
    baseline = None
    if context.earlier:
        baseline = ("baseline", context.earlier[0][1], context.earlier[-1][2])
    found = mr.clusters(context.timed, CLUSTER_COLUMNS, context.current,
                        CLUSTER_DAYS, CLUSTER_MINIMUM, baseline)
    return [
        Issue(
            f"{row['tickets']:,} tickets about **{fmt.escape(row['first'])}** / "
            f"**{fmt.escape(row['second'])}** {_span(row['start'], row['end'])}"
            f"{_usually(row['expected'], baseline is not None)}: {fmt.keys(row['keys'], site=context.site)}; "
            f"check whether they share one cause."
        )
        for row in found.head(LISTED).iter_rows(named=True)
    ]


def _usually(expected: float, measured: bool) -> str:
    """ " (usually about 2 in 3 days)", or nothing without a baseline."""
    if not measured:
        return ""
    about = "fewer than 1" if expected < 1 else f"about {fmt.count(round(expected))}"
    return f" (usually {about} in {CLUSTER_DAYS} days)"


def _span(start: datetime, end: datetime) -> str:
    """ "on 10 Nov" or "from 10 Nov to 12 Nov"."""
    first, last = day_month(start), day_month(end)
    return f"on {first}" if first == last else f"from {first} to {last}"


def value_tables(context: Context) -> tuple[ValueTable, ...]:
    """Tickets per team and per macro category, this period beside the previous ones."""
    titles = dict(context.dimensions)
    return tuple(
        ValueTable(column, titles[column], context.changes(column))
        for column in TABLE_COLUMNS if column in titles
    )


def suggested_actions(context: Context) -> tuple[Actions, ...]:
    """For each dimension whose options carry actions, those of its top values this period."""
    found = []
    titles = dict(context.dimensions)
    for dimension in context.framework.dimensions:
        column = context.framework.column_of(dimension.id)
        with_actions = {o.name: o.actions for o in dimension.options if o.actions}
        if not with_actions or column not in titles:
            continue
        top = context.changes(column).filter(
            pl.col("value").is_in(list(with_actions)) & (pl.col("current") > 0))
        found += [Actions(titles[column], row["value"], row["current"],
                          with_actions[row["value"]])
                  for row in top.head(LISTED).iter_rows(named=True)]
    return tuple(found)
