"""Key issues about single tickets: the highest case scores, the tickets open longest and
the tickets that missed their service targets."""

from __future__ import annotations

from datetime import timedelta

import polars as pl

from analysis import metrics as mr
from analysis.metrics import UNLABELLED, case_scores, score_weights, targets_met
from analysis.report import _format as fmt
from analysis.report._context import Context, Issue

LISTED = 3


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
            f"{fmt.key(row['key'], context.site)} {fmt.quote(row['summary'])}: product {row['product_score']}, "
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
        f"{fmt.key(row['key'], context.site)} {fmt.quote(row['summary'])}: open {fmt.days(row['age_days'])}, "
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
        f"{fmt.key(worst['key'], context.site)} ({fmt.escape(worst['priority'])}, {fmt.hours(worst['hours'])} against "
        f"{fmt.hours(worst['target_hours'])})."
    )


