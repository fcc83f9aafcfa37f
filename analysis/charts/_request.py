"""What a chart is asked for and what it is drawn from: the request, the board's context
(dimension titles, stable colours, targets, weights) and the computed ChartData."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from analysis.charts._palette import colour_map
from analysis.errors import InputError
from analysis.framework import CostSettings, Framework, Targets
from analysis.metrics import Period, judged_targets, score_weights, value_counts

# Jira fields a chart can be sliced by, besides the framework's dimensions.
JIRA_FIELDS = {
    "team": "Team", "priority": "Priority", "issue_type": "Issue type", "status": "Status",
    "status_category": "Status category", "components": "Components", "labels": "Jira labels",
    "resolution": "Resolution", "assignee": "Assignee", "reporter": "Reporter",
}


@dataclass(frozen=True)
class ChartRequest:
    """What the user asked for: slicing dimension, period and window."""

    by: str = "team"
    against: str = "macro_category"
    period: Period = "week"
    last: int | None = None
    start: date | None = None
    end: date | None = None
    working_hours: bool | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InputError(f"--from {self.start} is after --to {self.end}; swap them.")


class _Domains:
    """The ordered values of each dimension column, extended from the board on first use; safe
    to share between the threads that draw charts."""

    def __init__(self, known: dict[str, list[str]]) -> None:
        self._known = known
        self._counted: set[str] = set()
        self._lock = threading.Lock()

    def colours(self, column: str, tickets: pl.DataFrame | None) -> dict[str, str]:
        with self._lock:
            if tickets is not None and column not in self._counted and column in tickets.columns:
                seen = value_counts(tickets.select(column), column)["value"].to_list()
                known = self._known.setdefault(column, [])
                known.extend(value for value in seen if value not in known)
                self._counted.add(column)
            return colour_map(self._known.get(column, []))


@dataclass(frozen=True)
class ChartContext:
    """What the framework and the whole board say about every chart: dimension titles, colours
    per dimension (stable across charts), targets, score weights and the labelled dimensions
    (their ids, and their columns in the labelled frame: `team` for the team dimension)."""

    titles: dict[str, str]
    dimensions: tuple[str, ...] = ()
    dimension_columns: tuple[str, ...] = ()
    team_dimension: str | None = None
    targets: Targets | None = None
    judged_targets: Targets | None = None
    weights: pl.DataFrame = field(default_factory=pl.DataFrame)
    domains: _Domains = field(default_factory=lambda: _Domains({}))
    cost: CostSettings = field(default_factory=CostSettings)

    def colours(self, column: str, tickets: pl.DataFrame | None = None) -> dict[str, str]:
        """The colour of each value of a dimension column: framework options in file order,
        then the board's other values by count (counted once per column, on first use)."""
        return self.domains.colours(column, tickets)

    def title(self, column: str) -> str:
        """A dimension column's human title."""
        return self.titles.get(column, column.replace("_", " ").capitalize())


def build_context(tickets: pl.DataFrame, framework: Framework | None = None) -> ChartContext:
    """The chart context of a labelled ticket frame and (optionally) its framework."""
    titles = dict(JIRA_FIELDS)
    if framework is None:
        return ChartContext(titles)
    domains: dict[str, list[str]] = {}
    for dimension in framework.dimensions:
        column = framework.column_of(dimension.id)
        titles[column] = dimension.title
        domains[column] = list(dimension.option_names)
    present = tuple(d.id for d in framework.dimensions if d.id in tickets.columns)
    return ChartContext(
        titles, present, tuple(framework.column_of(d) for d in present),
        framework.team.dimension, framework.targets, judged_targets(framework),
        score_weights(framework), _Domains(domains), framework.cost,
    )


@dataclass(frozen=True)
class ChartData:
    """The frames one chart draws, with the words that describe them."""

    name: str
    title: str
    frames: dict[str, pl.DataFrame]
    by: str = "team"
    by_title: str = "Team"
    period: str = "week"
    window: str = ""
    colours: dict[str, str] = field(default_factory=dict)
    note: str = ""
    against_title: str = ""
    clock: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    window_note: str = ""


def _normalise(name: str) -> str:
    """Fold case and separators so `Issue Type`, `issue-type` and `issue_type` all match."""
    return re.sub(r"[\s\-]+", "_", name.strip().casefold())


def resolve_dimension(by: str, tickets: pl.DataFrame, context: ChartContext) -> str:
    """The ticket column a --by name refers to; InputError listing the valid names."""
    wanted = _normalise(by)
    if context.team_dimension and wanted == _normalise(context.team_dimension):
        return "team"
    valid = [name for name in (*context.dimensions, *JIRA_FIELDS) if name in tickets.columns]
    for name in valid:
        if wanted in (_normalise(name), _normalise(context.title(name))):
            return name
    raise InputError(
        f"Unknown dimension '{by}'; valid dimensions: {', '.join(dict.fromkeys(valid))}."
    )
