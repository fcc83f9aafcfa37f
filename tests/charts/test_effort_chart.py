"""The effort chart on sample boards with and without time tracking: text and PNG."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from analysis.charts import ChartRequest, build_context, chart_data
from analysis.charts.png import figure, png_bytes
from analysis.charts.terminal import render
from analysis.framework import CostSettings, load_framework
from analysis.metrics import open_board
from analysis.sample import generate_sample, write_sample


@pytest.fixture(scope="module")
def boards(tmp_path_factory):
    folder = tmp_path_factory.mktemp("effort")
    timed = write_sample(folder / "timed.csv", 300, 5)
    untimed = generate_sample(folder / "untimed.csv", 300, 5, time_tracking=False).path
    return {"timed": open_board([timed]).labelled(), "untimed": open_board([untimed]).labelled()}


def effort_chart(tickets, rate=None):
    framework = load_framework()
    framework = framework.model_copy(update={"cost": CostSettings(rate=rate)})
    return chart_data("effort", tickets, ChartRequest(period="month"),
                      build_context(tickets, framework))


def test_timed_board_shows_hours_and_cost(boards):
    data = effort_chart(boards["timed"], rate=55.0)
    assert data.labels["measure"] == "hours" and data.labels["rate"] == "55"
    series = data.frames["series"]
    assert series["cost"].sum() == pytest.approx(series["effort"].sum() * 55)
    assert data.frames["intensive"]["intensive"].sum() > 0
    text = render(data, 100, 30, color=False)
    assert "(hours)" in text and "cost at GBP 55 per hour" in text
    assert "Intensive tickets closed per month" in text


def test_untimed_board_shows_the_proxy_labelled_as_one(boards):
    data = effort_chart(boards["untimed"], rate=55.0)
    assert "rate" not in data.labels
    text = render(data, 100, 30, color=False)
    assert "proxy score: no time recorded" in text and "records no time" in text


def test_png_is_a_slide_sized_image(boards):
    image = Image.open(io.BytesIO(png_bytes(figure(effort_chart(boards["timed"], 40.0)))))
    assert image.size == (1600, 900)
