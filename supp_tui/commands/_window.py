"""The slicing and window options `chart` and `figures` share, and the request they make."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from analysis.names import PERIODS
from supp_tui.commands._bundle import option_set
from supp_tui.commands._complete import complete_dimension
from supp_tui.commands._types import Count, IsoDate

if TYPE_CHECKING:
    from analysis.charts import ChartRequest

# The options, as the fields of analysis.charts.ChartRequest they fill.
WINDOW_FIELDS = ("by", "against", "period", "last", "start", "end", "working_hours")


def chart_request(window: Mapping[str, Any]) -> ChartRequest:
    """The engine's ChartRequest for the window options (it checks --from against --to)."""
    from analysis.charts import ChartRequest

    return ChartRequest(**window)


window_options = option_set("window", dict, [
    click.option("--by", metavar="DIMENSION", default="team", shell_complete=complete_dimension,
                 help="dimension to split by (default: team)"),
    click.option("--against", metavar="DIMENSION", default="macro_category",
                 shell_complete=complete_dimension,
                 help="second dimension of the crosstab chart (default: macro_category)"),
    click.option("--period", type=click.Choice(PERIODS), default="week",
                 help="period of the time series (default: week)"),
    click.option("--last", type=Count(min=1), metavar="N",
                 help="only the last N periods of the data"),
    click.option("--from", "start", type=IsoDate(), metavar="DATE",
                 help="first day of the window, YYYY-MM-DD; charts count whole periods, so it "
                      "is widened to the start of its week (month, quarter) and the chart says "
                      "so"),
    click.option("--to", "end", type=IsoDate(), metavar="DATE",
                 help="last day of the window, YYYY-MM-DD; widened to the end of its period "
                      "like --from"),
    click.option("--working-hours", is_flag=True, default=None,
                 help="count resolution and response times in working hours only"),
], names=WINDOW_FIELDS)
