"""A chart's window: the whole periods a request's --last / --from / --to select."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import polars as pl

from analysis.charts._request import ChartRequest
from analysis.errors import InputError
from analysis.metrics import parse_period, period_at


@dataclass(frozen=True)
class ChartWindow:
    """The first and last period keys a chart shows, and the request they came from."""

    first: str
    last: str
    request: ChartRequest

    @property
    def words(self) -> str:
        return f"{self.first} to {self.last}"

    def tickets(self, tickets: pl.DataFrame, column: str = "created") -> pl.DataFrame:
        """Tickets whose `column` date falls in the window's whole periods, like the series."""
        moment, request = pl.col(column), self.request
        keep = moment.is_not_null()
        if request.start or request.last is not None:
            keep = keep & (moment >= parse_period(request.period, self.first).start)
        if request.end:
            keep = keep & (moment < parse_period(request.period, self.last).end)
        return tickets.filter(keep)

    def widened(self) -> str:
        """A note when --from/--to fall inside a period: charts count whole periods."""
        request, moves = self.request, []
        start = parse_period(request.period, self.first).start.date()
        end_day = parse_period(request.period, self.last).end.date() - timedelta(days=1)
        if request.start and start < request.start:
            moves.append(f"--from {request.start} to {start} (start of {self.first})")
        if request.end and end_day > request.end:
            moves.append(f"--to {request.end} to {end_day} (end of {self.last})")
        if not moves:
            return ""
        return f"Window widened to whole {request.period}s: {'; '.join(moves)}."


def chart_window(series: pl.DataFrame, request: ChartRequest) -> ChartWindow:
    """The window of a per-period created/closed series a request selects; InputError when it
    holds no period."""
    if series.height == 0:
        raise InputError("The board has no tickets with a created date, so there is nothing "
                         "to chart; check the export's Created column.")
    keys = series["period"]
    first, last = keys[0], keys[-1]
    if request.start is not None:
        first = max(first, period_at(request.period, request.start).key)
    if request.end is not None:
        last = min(last, period_at(request.period, request.end).key)
    if request.last is not None:
        inside = keys.filter((keys >= first) & (keys <= last))
        first = inside[max(0, inside.len() - request.last)] if inside.len() else first
    if first > last or not ((keys >= first) & (keys <= last)).any():
        asked = f"{request.start or 'the start'} to {request.end or 'the end'}"
        raise InputError(
            f"No tickets in {asked}: the board runs from {keys[0]} to {keys[-1]}; "
            "choose dates inside that range."
        )
    return ChartWindow(first, last, request)
