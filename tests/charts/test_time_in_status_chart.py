"""The time-in-status chart: its frames, its PNG, and the sentence a CSV board gets."""

from __future__ import annotations

import pytest

from analysis.charts import ChartRequest, build_context, chart_data
from analysis.charts import png as figures
from analysis.charts.terminal import render
from analysis.errors import InputError
from analysis.metrics import NEEDS_PULL


def test_frames_per_status_and_per_team(charts):
    data = charts["time-in-status"]
    statuses = data.frames["statuses"]
    assert statuses["status"].to_list() == ["In Progress", "Open"]
    assert statuses["category"].to_list() == ["In Progress", "To Do"]
    assert statuses["median_hours"].to_list() == [4.0, 2.0]
    by = data.frames["by"]
    assert set(by["category"]) == {"To Do", "In Progress"}
    assert "15 still open, timed to 2026-02-13" in data.note


def test_by_another_dimension(board):
    data = chart_data("time-in-status", board, ChartRequest(by="priority"))
    assert set(data.frames["by"]["value"]) == {"High", "Medium", "Low"}
    text = render(data, 100, 30, color=False)
    assert "Mean time per ticket by priority" in text.replace("Priority", "priority")
    assert "High n=" in text


def test_png_renders_both_panels(charts, tmp_path):
    fig = figures.figure(charts["time-in-status"])
    assert fig.get_suptitle() == "Time in status, 2026-W02 to 2026-W07"
    left, right = fig.axes
    assert "Median hours" in left.get_xlabel()
    assert right.get_xlabel() == "Mean days per ticket"
    path = figures.write_figures([charts["time-in-status"]], tmp_path)[0]
    assert path.name == "11-time-in-status.png"


@pytest.mark.parametrize("by", ["team", "status"])
def test_a_csv_board_is_told_to_pull(board, by):
    """Without status history the chart says, in one sentence, that it needs a pulled board."""
    csv_board = board.drop("status_changes")
    with pytest.raises(InputError) as raised:
        chart_data("time-in-status", csv_board, ChartRequest(by=by),
                   build_context(csv_board))
    assert str(raised.value) == NEEDS_PULL
    assert "supp-tui pull" in str(raised.value)


def test_durations_read_in_hours_or_days():
    from analysis.charts._status import duration_text, time_unit

    assert time_unit(71.0) == (1.0, "h") and time_unit(72.0) == (24.0, "d")
    assert duration_text(4.0, 1.0, "h") == "4.0h"
    assert duration_text(240.0, 24.0, "d") == "10d"
    assert duration_text(1.0, 24.0, "d") == "1.0h"
