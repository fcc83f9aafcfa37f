"""The caseload KPIs of one window: high-priority cases, cases closed per resolution kind
(information shared against code change), and regressions when the board labels them.

A ticket is high priority when its priority is Highest or High, or an alias the framework's
targets give them (so `P1` or a localised name listed there counts). A ticket is a regression
when it carries the Jira label `regression`, or a framework label whose option is named
Regression in any dimension (for example a macro category a team adds).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import polars as pl

from analysis.framework import Framework, normalise_label
from analysis.metrics._counts import closed_in, created_in, open_at
from analysis.metrics._values import UNLABELLED

RESOLUTION_KIND = "resolution_kind"
HIGH_PRIORITIES = ("Highest", "High")
REGRESSION = "regression"
# The ticket columns the KPIs read beyond the framework's labels.
KPI_COLUMNS = ("priority", "labels")


@dataclass(frozen=True)
class CaseloadKpis:
    """The KPIs of one window; `regressions` is None when the board labels none anywhere."""

    high_priority_created: int
    high_priority_open: int
    closed: int
    closed_by_kind: pl.DataFrame  # [kind, tickets]: resolution kinds, then Unlabelled
    regressions: int | None


def high_priorities(framework: Framework, priorities: pl.Series) -> list[str]:
    """The priority names in `priorities` that count as high: Highest, High, or an alias the
    framework's targets give either."""
    wanted = {normalise_label(name) for name in HIGH_PRIORITIES}
    found = []
    for name in priorities.drop_nulls().unique().sort().to_list():
        target = framework.targets.for_priority(name)
        canonical = target.priority if target else name
        if normalise_label(canonical) in wanted:
            found.append(name)
    return found


def regression_expr(tickets: pl.DataFrame, framework: Framework) -> pl.Expr:
    """Whether each ticket is labelled a regression (see the module docstring)."""
    checks = [pl.lit(False)]
    if "labels" in tickets.columns:
        checks.append(pl.col("labels").list.eval(
            pl.element().str.to_lowercase().str.strip_chars() == REGRESSION).list.any())
    for dimension in framework.dimensions:
        names = [o.name for o in dimension.options if normalise_label(o.name) == REGRESSION]
        if names and dimension.id in tickets.columns:
            checks.append(pl.col(dimension.id).list.eval(pl.element().is_in(names)).list.any())
    return pl.any_horizontal(checks).fill_null(False)


def closed_by_kind(closed: pl.DataFrame, framework: Framework) -> pl.DataFrame:
    """Tickets per resolution kind [kind, tickets], in the framework's option order, then the
    closed tickets with none as Unlabelled; kinds with no ticket kept at 0."""
    kinds = ([o.name for o in framework.dimension(RESOLUTION_KIND).options]
             if RESOLUTION_KIND in framework.dimension_ids else [])
    if RESOLUTION_KIND in closed.columns:
        first = closed.select(pl.col(RESOLUTION_KIND).list.first().fill_null(UNLABELLED))
        counts = dict(first.to_series().value_counts().iter_rows())
    else:
        counts = {UNLABELLED: closed.height} if closed.height else {}
    rows = [(kind, counts.get(kind, 0)) for kind in kinds]
    rows += [(kind, count) for kind, count in counts.items()
             if kind not in kinds and kind != UNLABELLED]
    rows.append((UNLABELLED, counts.get(UNLABELLED, 0)))
    return pl.DataFrame(rows, schema={"kind": pl.String, "tickets": pl.UInt32}, orient="row")


def caseload_kpis(tickets: pl.DataFrame, framework: Framework, start: datetime,
                  end: datetime) -> CaseloadKpis:
    """The caseload KPIs of tickets created, closed or open in [start, end) of a labelled
    frame."""
    high = pl.col("priority").is_in(high_priorities(framework, tickets["priority"]))
    regression = regression_expr(tickets, framework)
    labelled_any = bool(tickets.select(regression.any()).item())
    closed = tickets.filter(closed_in(start, end))
    return CaseloadKpis(
        high_priority_created=tickets.filter(created_in(start, end) & high).height,
        high_priority_open=tickets.filter(open_at(end) & high).height,
        closed=closed.height,
        closed_by_kind=closed_by_kind(closed, framework),
        regressions=(tickets.filter(created_in(start, end) & regression).height
                     if labelled_any else None),
    )
