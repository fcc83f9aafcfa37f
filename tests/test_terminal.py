"""Terminal renderings: every chart fits its size, says what it shows, and is deterministic."""

from __future__ import annotations

import re

import plotext
import pytest
from test_metrics_charts import board

from analysis import metrics_charts as mc
from analysis import terminal
from analysis.framework import load_framework
from analysis.metrics_scores import score_weights

ANSI = re.compile(r"\x1b\[[0-9;]*m")
SIZES = ((80, 24), (200, 50))


@pytest.fixture(scope="module")
def charts():
    frame = board()
    framework = load_framework()
    frame = frame.with_columns(macro_category=frame["macro_category"])
    context = mc.build_context(frame, framework)
    assert score_weights(framework).height
    return {name: mc.chart_data(name, frame, mc.ChartRequest(), context)
            for name in mc.CHARTS if name != "scores"}


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_chart_fits_its_size(charts, width, height):
    for name, data in charts.items():
        text = terminal.render(data, width, height, color=False)
        lines = text.split("\n")
        assert len(lines) <= height, name
        assert max(len(line) for line in lines) <= width, name
        assert "\x1b" not in text, name


def test_colour_output_has_ansi_and_the_same_visible_text(charts):
    data = charts["created-closed"]
    coloured = terminal.render(data, 80, 24, color=True)
    assert "\x1b[38;2;" in coloured
    plain = terminal.render(data, 80, 24, color=False)
    visible = ANSI.sub("", coloured).split("\n")
    assert visible[0] == plain.split("\n")[0]
    assert visible[-1] == "█ created  █ closed"


def test_titles_axes_and_legends_say_what_is_shown(charts):
    flow = terminal.render(charts["flow"], 80, 24, color=False)
    assert "Opened in week N minus closed in week N-1" in flow
    assert "Open backlog at the end of each week" in flow
    assert "2026-W02" in flow
    created = terminal.render(charts["created-closed"], 80, 24, color=False)
    assert "Tickets created and closed per week" in created
    assert "█ created" in created and "▒ closed" in created
    teams = terminal.render(charts["teams"], 80, 24, color=False)
    assert "Unlabelled" in teams and "%" in teams
    crosstab = terminal.render(charts["crosstab"], 80, 24, color=False)
    assert "Total" in crosstab and "Metrics" in crosstab


def test_monthly_axis_uses_month_keys():
    frame = board()
    context = mc.build_context(frame, load_framework())
    data = mc.chart_data("created-closed", frame, mc.ChartRequest(period="month"), context)
    text = terminal.render(data, 80, 20, color=False)
    assert "2026-01" in text and "per month" in text


def test_rendering_is_pure(charts, capsys):
    before = plotext.figure.build().string(colorless=True)
    first = terminal.render(charts["weekly-by-team"], 100, 30, color=True)
    second = terminal.render(charts["weekly-by-team"], 100, 30, color=True)
    assert first == second
    assert plotext.figure.build().string(colorless=True) == before
    assert capsys.readouterr().out == ""
