"""The charts screen (C) over the labelling app: it builds the labelled board in a worker, draws
at its size, switches with keys (also while the board is loading) and shows new labels."""

from __future__ import annotations

import threading

from textual.app import App
from textual.screen import Screen
from textual.widgets import Static

from supp_tui.screens.charts import ChartsScreen
from supp_tui.widgets.chart_view import LOADING, ChartView

SIZE = (100, 30)


def chart_text(app: App[None]) -> str:
    return app.screen.query_one(ChartView).render().plain


def heading(app: App[None]) -> str:
    return str(app.screen.query_one("#chart-heading", Static).content)


async def test_the_screen_draws_the_first_chart_at_its_size(app, settle):
    """The first chart, tickets by platform team, fits the view's width and height."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        text = chart_text(app)
        assert "Share of tickets by platform team" in text
        lines = text.split("\n")
        view = app.screen.query_one(ChartView)
        assert len(lines) <= view.size.height
        assert max(len(line) for line in lines) <= view.size.width


async def test_keys_switch_chart_dimension_and_period(app, settle):
    """→ shows the next chart, ↓ the next dimension, m months and 4 the fourth chart; Esc leaves."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        assert "Tickets created per week by platform team" in chart_text(app)
        await pilot.press("down")
        await settle(pilot)
        assert "Tickets created per week by product" in chart_text(app)
        await pilot.press("m", "4")
        await settle(pilot)
        assert "Tickets created and closed per month" in chart_text(app)
        await pilot.press("escape")
        assert not isinstance(app.screen, ChartsScreen)


async def test_cached_charts_are_not_drawn_twice(app, settle):
    """Going back to a chart already drawn at this size shows it without drawing it again."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("right")
        await settle(pilot)
        await pilot.press("left")
        await settle(pilot)
        assert app.screen.query_one(ChartView).draws == 2


async def test_loading_state_and_keys_while_the_board_is_built(app, settle):
    """Until the labelled board is built the screen says so, and → switches the chart at once."""
    release = threading.Event()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        labelled_frame = app.session.labelled_frame

        def slow_labelled_frame():
            release.wait(timeout=10)
            return labelled_frame()

        app.session.labelled_frame = slow_labelled_frame
        try:
            await pilot.press("C")
            assert heading(app).startswith(LOADING)
            assert chart_text(app) == LOADING
            await pilot.press("right")
            assert app.screen.chart == "weekly-by-team"
            assert "Chart 2/12: weekly-by-team" in heading(app)
            assert any(worker.is_running for worker in app.workers)  # still loading
        finally:
            release.set()
        await settle(pilot)
        assert "8 tickets" in heading(app)
        assert "Tickets created per week by platform team" in chart_text(app)


async def test_labels_made_after_the_charts_were_shown_appear_next_time(app, settle):
    """A label made after the charts were first shown is in them when they are shown again."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        assert "Developer Experience" not in chart_text(app)
        await pilot.press("escape", "7")  # SUPP-1: platform team Developer Experience
        await pilot.press("C")
        await settle(pilot)
        assert "Developer Experience" in chart_text(app)


async def test_the_board_is_rebuilt_when_the_screen_comes_back(app, settle):
    """Coming back to the charts from a screen above them rebuilds the board with new labels."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        assert "Developer Experience" not in chart_text(app)
        app.push_screen(Screen())
        await pilot.pause()
        app.session.journal.toggle("SUPP-2", "platform_team", "developer_experience",
                                   multi=False)
        app.pop_screen()
        await settle(pilot)
        assert "Developer Experience" in chart_text(app)
