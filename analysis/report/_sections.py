"""The sections of a report that are read rather than looked up: key issues, tables, actions.

Each key issue is a sentence a support lead can act on, built from the metrics engine's
report windows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import polars as pl

from analysis import metrics as mr
from analysis.framework import Framework
from analysis.metrics import (
    UNLABELLED,
    CalendarPeriod,
    case_scores,
    day_month,
    score_weights,
    targets_met,
)
from analysis.report import _format as fmt

CLUSTER_COLUMNS = ("product", "macro_category")
CLUSTER_DAYS = 3
CLUSTER_MINIMUM = 3
TABLE_COLUMNS = ("team", "macro_category")
RISE_MINIMUM = 2
LISTED = 3


@dataclass(frozen=True)
class Context:
    """What every section reads: the timed tickets, targets, framework and windows."""

    timed: pl.DataFrame
    targets: pl.DataFrame
    framework: Framework
    period: CalendarPeriod
    current: mr.Window
    earlier: list[mr.Window]
    dimensions: list[tuple[str, str]]
    previous: mr.Window | None = None
    _changes: dict[str, pl.DataFrame] = field(default_factory=dict, repr=False)

    def changes(self, column: str) -> pl.DataFrame:
        """Tickets per value of `column` this period beside the previous period and the
        average (`value_changes`), computed once per column for every section."""
        if column not in self._changes:
            self._changes[column] = mr.value_changes(self.timed, column, self.current,
                                                     self.previous, self.earlier)
        return self._changes[column]

    @property
    def this(self) -> str:
        return f"this {self.period.unit}"

    @property
    def before(self) -> str:
        return f"the {self.period.unit} before"


@dataclass(frozen=True)
class Issue:
    """One key issue: a sentence, and optional items listed under it."""

    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueTable:
    """Tickets per value of one dimension, this period beside the previous ones."""

    column: str
    title: str
    frame: pl.DataFrame


@dataclass(frozen=True)
class Actions:
    """The framework's suggested actions for one of the period's top values."""

    title: str
    value: str
    tickets: int
    actions: tuple[str, ...]


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
        shown = [f"**{fmt.escape(r['value'])}** ({fmt.keys(r['keys'], 3)})"
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
            f"{_usually(row['expected'], baseline is not None)}: {fmt.keys(row['keys'])}; "
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


def highest_scores(context: Context) -> list[Issue]:
    """The period's new tickets with the highest product plus process score."""
    _, start, end = context.current
    created = context.timed.filter(mr.created_in(start, end))
    weights = score_weights(context.framework)
    scores = case_scores(created, weights).filter(pl.col("total_score") > 0)
    if scores.height == 0:
        return []
    top_score = scores["total_score"].max()
    tied = int((scores["total_score"] == top_score).sum())
    scores = scores.join(created.select("key", "created"), on="key").sort(
        ["total_score", "created", "key"], descending=[True, False, False]).head(LISTED)
    scored_columns = weights["dimension"].unique(maintain_order=True).to_list()
    items = []
    for row in scores.iter_rows(named=True):
        labels = _labels(created, row["key"], scored_columns)
        items.append(
            f"{row['key']} {fmt.quote(row['summary'])}: product {row['product_score']}, "
            f"process {row['process_score']}{f' ({labels})' if labels else ''}"
        )
    ties = (f" {tied:,} cases share the top score of {top_score!s}; the earliest are:"
            if tied > LISTED else "")
    return [Issue(
        f"Highest-scoring cases created {context.this} (product score: how hard the problem "
        f"hit the product; process score: how much the support process could improve):{ties}",
        tuple(items),
    )]


def _labels(frame: pl.DataFrame, key: str, columns: list[str]) -> str:
    """The values of the scored dimensions on one ticket, comma-separated."""
    row = frame.filter(pl.col("key") == key).row(0, named=True)
    values = []
    for column in columns:
        cell = row.get(column)
        values += cell if isinstance(cell, list) else ([cell] if cell else [])
    return ", ".join(fmt.escape(value) for value in dict.fromkeys(values))


def open_longest(context: Context) -> list[Issue]:
    """The tickets open longest at the end of the period."""
    _, _, until = context.current
    oldest = mr.open_longest(context.timed, until, LISTED)
    if oldest.height == 0:
        return []
    items = [
        f"{row['key']} {fmt.quote(row['summary'])}: open {fmt.days(row['age_days'])}, "
        f"{fmt.escape(row['priority'] or 'no priority')}, "
        f"{fmt.escape(', '.join(row['team']) or UNLABELLED)}, "
        f"{'assigned to ' + fmt.escape(row['assignee']) if row['assignee'] else 'unassigned'}"
        for row in oldest.iter_rows(named=True)
    ]
    when = f"at the end of {context.this}" if until == context.period.end else (
        f"when the data ends ({(until - timedelta(days=1)).date().isoformat()})")
    return [Issue(f"Open longest {when}:", tuple(items))]


def missed_targets(context: Context) -> list[Issue]:
    """How many of the period's tickets missed their resolution and response targets."""
    if context.targets.height == 0:
        return []
    _, start, end = context.current
    missed = mr.missed_targets(context.timed, context.targets, context.current)
    found = []
    for measure, frame, verb in (
        ("resolution", context.timed.filter(mr.closed_in(start, end)), "closed"),
        ("response", context.timed.filter(mr.created_in(start, end)), "created"),
    ):
        measured_column = "resolved" if measure == "resolution" else "answered"
        measured = int(targets_met(frame, context.targets)[measured_column].sum())
        if measured == 0:
            continue
        these = missed.filter(pl.col("measure") == measure)
        found.append(Issue(_missed_sentence(context, measure, verb, measured, these)))
    return found


def _missed_sentence(context: Context, measure: str, verb: str, measured: int,
                     missed: pl.DataFrame) -> str:
    what = "resolution target" if measure == "resolution" else "first response target"
    scope = (f"{fmt.plural(measured, 'ticket')} {verb} {context.this}"
             + (" and answered so far" if measure == "response" else ""))
    if missed.height == 0:
        return f"All {scope} met their {what}." if measured > 1 else \
            f"The {scope} met its {what}."
    scope = f"the {scope}"
    per_priority = missed.group_by("priority").len().sort(["len", "priority"],
                                                            descending=[True, False])
    split = ", ".join(f"{fmt.escape(p)} {n:,}" for p, n in per_priority.iter_rows())
    worst = missed.row(0, named=True)
    their = "its" if missed.height == 1 else "their"
    return (
        f"{missed.height:,} of {scope} missed {their} {what} ({split}); furthest over: "
        f"{worst['key']} ({fmt.escape(worst['priority'])}, {fmt.hours(worst['hours'])} against "
        f"{fmt.hours(worst['target_hours'])})."
    )


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
