"""Every terminal chart's text at a fixed size, locked by snapshots (review changes by eye)."""

from __future__ import annotations

import pytest

from analysis import charts
from analysis.charts import terminal
from analysis.framework import load_framework

SIZE = (100, 30)


@pytest.fixture(scope="module")
def chart_frames(board):
    """Every chart's data for the board, computed once for the module."""
    frame = board
    context = charts.build_context(frame, load_framework())
    return {name: charts.chart_data(name, frame, charts.ChartRequest(), context)
            for name in charts.CHARTS}


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_terminal_chart_text(name, chart_frames, text_snapshot):
    """The chart as a support lead reads it at 100x30 without colour."""
    assert terminal.render(chart_frames[name], *SIZE, color=False) + "\n" == text_snapshot
