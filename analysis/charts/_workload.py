"""The workload chart's frames: per assignee, tickets assigned and closed in the chart's
window and their median resolution and first response (`analysis.metrics.workload_in`)."""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from analysis import metrics
from analysis.charts._compute import _clock, _clock_words
from analysis.charts._request import ChartContext, ChartData
from analysis.charts._window import ChartWindow
from analysis.errors import InputError
from analysis.metrics import parse_period

SHOWN = 12


def workload(tickets: pl.DataFrame, context: ChartContext, base: ChartData,
             window: ChartWindow) -> ChartData:
    """The busiest assignees of the window, [assignee, assigned, closed, open, medians]."""
    start = parse_period(window.request.period, window.first).start
    end = parse_period(window.request.period, window.last).end
    clock = _clock(window, context)
    frame = metrics.workload_in(metrics.with_durations(tickets, clock), start, end)
    frame = frame.filter((pl.col("assigned") > 0) | (pl.col("closed") > 0))
    if frame.height == 0:
        raise InputError(f"No tickets were created or closed in {base.window}; choose a wider "
                         f"window.")
    note = f"The {SHOWN} busiest of {frame.height} assignees." if frame.height > SHOWN else ""
    return replace(base, frames={"workload": frame.head(SHOWN)}, note=note,
                   clock=_clock_words(clock))
