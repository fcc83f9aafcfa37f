"""The ticket columns a chart request reads, so a command reads only those from the export."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.charts._request import JIRA_FIELDS, ChartRequest
from analysis.charts._request import _normalise as normalise
from analysis.metrics import EFFORT_COLUMNS, STATUS_CHANGES, TIME_COLUMNS

# What each chart reads beyond what every board has (key, dates, closed_at, team).
_EXTRA: dict[str, tuple[str, ...]] = {
    "resolution": TIME_COLUMNS,
    "targets": TIME_COLUMNS,
    "scores": ("summary",),
    "time-in-status": ("status", STATUS_CHANGES),
    "effort": EFFORT_COLUMNS,
}


def chart_columns(names: Iterable[str], request: ChartRequest) -> set[str]:
    """The columns the named charts read for `request`: their own, and the Jira field --by
    (and --against for crosstab) names; a dimension of the journal needs none, but then every
    Jira field is read so an unknown name is told the same valid ones."""
    names = list(names)
    columns = {column for name in names for column in _EXTRA.get(name, ())}
    columns |= dimension_columns(request.by)
    if "crosstab" in names:
        columns |= dimension_columns(request.against)
    return columns


def dimension_columns(by: str) -> set[str]:
    """The Jira field a --by name stands for, or every Jira field when it names none."""
    wanted = normalise(by)
    named = {field for field, title in JIRA_FIELDS.items()
             if wanted in (normalise(field), normalise(title))}
    return named or set(JIRA_FIELDS)
