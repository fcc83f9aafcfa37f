"""The "Recurring problems" section: the period's tickets that look alike by their text,
found without any label, so it speaks on a board nobody has labelled yet."""

from __future__ import annotations

from datetime import timedelta

import polars as pl

from analysis import metrics as mr
from analysis.metrics import created_in
from analysis.report import _format as fmt
from analysis.report._context import Context
from analysis.suggest import MIN_ALIKE_TICKETS, RecurringProblem, recurring_problems

SEED = 14
BACKGROUND_DAYS = 91  # word weights come from about a quarter of tickets up to the period
BACKGROUND_MAX = 10_000  # the latest tickets of that quarter, so a huge board stays quick
LISTED = 8
EXAMPLES = 3
TEXT_COLUMNS = ("key", "summary", "description")
UNITS = ("week", "month")  # a quarter's tickets are too many to read as one list of groups


def period_problems(timed: pl.DataFrame, window: mr.Window,
                    seed: int = SEED) -> list[RecurringProblem]:
    """The groups of alike tickets created in `window`, largest first."""
    _, start, end = window
    columns = [column for column in TEXT_COLUMNS if column in timed.columns]
    created = timed.filter(created_in(start, end)).sort("created", "key").select(columns)
    background = timed.filter(created_in(start - timedelta(days=BACKGROUND_DAYS), start)).sort(
        "created", "key").tail(BACKGROUND_MAX).select(columns)
    return recurring_problems(created, background, seed=seed)


def recurring(context: Context) -> tuple[str, ...] | None:
    """One sentence per group of alike tickets this period, the largest first; None for a
    period the section is not shown for."""
    if context.period.unit not in UNITS:
        return None
    problems = period_problems(context.timed, context.current)
    lines = [
        f"{fmt.plural(problem.size, 'ticket')} {context.this} look alike: "
        f"{fmt.quote(problem.summary)} (top words: {fmt.escape(', '.join(problem.top_words))}): "
        f"{fmt.keys(problem.keys, EXAMPLES, context.site)}."
        for problem in problems[:LISTED]
    ]
    rest = problems[LISTED:]
    if rest:
        tickets = sum(problem.size for problem in rest)
        lines.append(f"{fmt.plural(len(rest), 'smaller group')} of alike tickets "
                     f"({fmt.plural(tickets, 'ticket')}) not listed.")
    return tuple(lines)


def render(lines: tuple[str, ...] | None, unit: str) -> list[str]:
    """The section: a bullet per group, or a sentence saying none was found."""
    if lines is None:
        return []
    if not lines:
        text = (f"No {MIN_ALIKE_TICKETS} or more tickets created this {unit} look alike by their "
                f"summaries and descriptions.")
    else:
        text = "\n".join(f"- {line}" for line in lines) + (
            f"\n\nGrouped by the words of their summaries and descriptions, without labels; "
            f"groups under {MIN_ALIKE_TICKETS} tickets are left out.")
    return ["## Recurring problems", text]
