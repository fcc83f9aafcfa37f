"""Every terminal chart's text at a fixed size, locked by snapshots (review changes by eye)."""

from __future__ import annotations

import pytest

from analysis import charts
from analysis.charts import terminal

SIZE = (100, 30)


@pytest.mark.parametrize("name", list(charts.CHARTS))
def test_terminal_chart_text(name, charts, text_snapshot):
    """The chart as a support lead reads it at 100x30 without colour."""
    assert terminal.render(charts[name], *SIZE, color=False) + "\n" == text_snapshot
