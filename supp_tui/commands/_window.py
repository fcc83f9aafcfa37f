"""The slicing and window options `chart` and `figures` share, and the request they make."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import click

from analysis.errors import InputError
from supp_tui.commands._bundle import option_set
from supp_tui.commands._complete import complete_dimension
from supp_tui.commands._types import IsoDate

if TYPE_CHECKING:
    from analysis.charts import ChartRequest
    from analysis.metrics import Period

# analysis.metrics.PERIODS, spelled out so that --help does not load polars (a test checks).
PERIODS = ("week", "month", "quarter")


@dataclass(frozen=True)
class ChartWindow:
    """The dimensions, period and window the user asked a chart for."""

    by: str = "team"
    against: str = "macro_category"
    period: Period = "week"
    last: int | None = None
    start: date | None = None
    end: date | None = None
    working_hours: bool | None = None

    def request(self) -> ChartRequest:
        """The engine's ChartRequest; a window that ends before it starts is an InputError."""
        from analysis.charts import ChartRequest

        if self.start and self.end and self.start > self.end:
            raise InputError(f"--from {self.start} is after --to {self.end}; swap them.")
        return ChartRequest(by=self.by, against=self.against, period=self.period,
                            last=self.last, start=self.start, end=self.end,
                            working_hours=self.working_hours)


window_options = option_set("window", ChartWindow, [
    click.option("--by", metavar="DIMENSION", default="team", shell_complete=complete_dimension,
                 help="dimension to split by (default: team)"),
    click.option("--against", metavar="DIMENSION", default="macro_category",
                 shell_complete=complete_dimension,
                 help="second dimension of the crosstab chart (default: macro_category)"),
    click.option("--period", type=click.Choice(PERIODS), default="week",
                 help="period of the time series (default: week)"),
    click.option("--last", type=click.IntRange(min=1), metavar="N",
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
])
