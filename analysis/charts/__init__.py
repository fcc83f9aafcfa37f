"""The chart catalogue: one ChartSpec per chart, computed once by `chart_data` from the
metrics engine, drawn by two pure renderers, `analysis.charts.terminal` (plotext text) and
`analysis.charts.png` (matplotlib). Import the renderers from those subpackages, so commands
that only draw in the terminal never load matplotlib."""

from analysis.charts._catalogue import (
    BRIEF_CHARTS,
    CATALOGUE,
    CHARTS,
    ChartSpec,
    average_label,
    chart_data,
    complete_renderers,
    resolve_chart,
)
from analysis.charts._columns import chart_columns
from analysis.charts._palette import SERIES, UNLABELLED_COLOUR, colour_map, colours_for
from analysis.charts._request import (
    JIRA_FIELDS,
    ChartContext,
    ChartData,
    ChartRequest,
    build_context,
    resolve_dimension,
)

__all__ = [
    "BRIEF_CHARTS", "CATALOGUE", "CHARTS", "JIRA_FIELDS", "SERIES", "UNLABELLED_COLOUR",
    "ChartContext", "ChartData", "ChartRequest", "ChartSpec", "average_label", "build_context",
    "chart_columns", "chart_data", "colour_map", "colours_for", "complete_renderers",
    "resolve_chart", "resolve_dimension",
]
