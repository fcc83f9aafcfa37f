"""The charts screen in a Textual app: draws at its size, switches with keys, follows labels."""

from __future__ import annotations

import polars as pl
from test_metrics_charts import board
from textual.app import App
from textual.screen import Screen

from analysis.framework import load_framework
from supp_tui.screens.charts import ChartsScreen
from supp_tui.widgets.chart_view import ChartView


class ChartsApp(App[None]):
    """A bare app that opens the charts screen on a ticket source."""

    def __init__(self, source) -> None:
        super().__init__()
        self.source = source

    def on_mount(self) -> None:
        self.push_screen(ChartsScreen(self.source, load_framework()))


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def shown(app: App) -> str:
    return app.screen.query_one(ChartView).render().plain


async def test_the_screen_draws_the_first_chart_at_its_size():
    app = ChartsApp(board())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        text = shown(app)
        assert "Share of platform team assignments" in text
        lines = text.split("\n")
        view = app.screen.query_one(ChartView)
        assert len(lines) <= view.size.height
        assert max(len(line) for line in lines) <= view.size.width


async def test_keys_switch_chart_dimension_and_period():
    app = ChartsApp(board())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert "Tickets created per week by platform team" in shown(app)
        await pilot.press("down")
        await settle(pilot)
        assert "Tickets created per week by product" in shown(app)
        await pilot.press("m", "4")
        await settle(pilot)
        assert "Tickets created and closed per month" in shown(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, ChartsScreen)


async def test_cached_charts_are_not_drawn_twice():
    app = ChartsApp(board())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        await pilot.press("left")
        await settle(pilot)
        assert app.screen.query_one(ChartView).draws == 2


async def test_a_new_label_shows_when_the_screen_comes_back():
    frames = {"now": board()}
    app = ChartsApp(lambda: frames["now"])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert "Observability" in shown(app)
        frames["now"] = frames["now"].with_columns(
            team=pl.lit(["Developer Experience"], dtype=pl.List(pl.String)))
        app.push_screen(Screen())
        await pilot.pause()
        app.pop_screen()
        await settle(pilot)
        assert "Developer Experience" in shown(app)
        assert "Observability" not in shown(app)
