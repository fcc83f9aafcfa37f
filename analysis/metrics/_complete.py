"""Complete tickets (DESIGN.md "Definitions"): a ticket is complete when every required
dimension of the framework has a value; "labelled" in progress figures means complete.

With no dimension marked `required`, the team dimension is the one required, so an older
labels.toml still has a clear notion of done. The team dimension's value is the effective team.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import polars as pl

from analysis.framework import Dimension, Framework
from analysis.metrics._labelled import counted_names, effective_team


def completeness_dimensions(framework: Framework) -> tuple[Dimension, ...]:
    """The dimensions a complete ticket has a value in: the required ones, else the team one."""
    return framework.required_dimensions or (framework.team_dimension,)


def missing_dimensions(framework: Framework, values: Callable[[str], Sequence[str]],
                       exported_teams: Sequence[str] = ()) -> tuple[Dimension, ...]:
    """The required dimensions one ticket has no value in, given its journal values per
    dimension id and the team values its export carries."""
    team = framework.team.dimension
    missing: list[Dimension] = []
    for dimension in completeness_dimensions(framework):
        names: Sequence[str] = counted_names(dimension, values(dimension.id))
        if dimension.id == team:
            names = effective_team(names, exported_teams)
        if not names:
            missing.append(dimension)
    return tuple(missing)


def complete_expr(framework: Framework, schema: pl.Schema) -> pl.Expr:
    """Whether each ticket of a labelled frame (`labelled_tickets`) is complete."""
    checks = []
    for dimension in completeness_dimensions(framework):
        column = framework.column_of(dimension.id)
        column = column if column in schema else dimension.id
        checks.append(pl.col(column).list.len().fill_null(0) > 0)
    return pl.all_horizontal(checks)


def complete_count(labelled: pl.DataFrame, framework: Framework) -> int:
    """How many tickets of a labelled frame are complete."""
    if labelled.is_empty():
        return 0
    return int(labelled.select(complete_expr(framework, labelled.schema).sum()).item())
