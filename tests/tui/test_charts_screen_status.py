"""The charts screen on a CSV board: the time-in-status chart explains, wrapped to the view,
that it needs a pulled board."""

from __future__ import annotations

from supp_tui.widgets.chart_view import ChartView

SIZE = (100, 30)


async def test_time_in_status_on_a_csv_board_says_it_needs_a_pull(app, settle):
    """← twice from the first chart wraps round to time-in-status, the one before effort."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        await pilot.press("left")
        await settle(pilot)
        await pilot.press("left")
        await settle(pilot)
        view = app.screen.query_one(ChartView)
        text = view.render().plain
        assert text.startswith("time-in-status: Time in status needs a board pulled with")
        assert "`supp-tui pull`" in text and ".jsonl file." in text
        assert max(len(line) for line in text.split("\n")) <= view.size.width
