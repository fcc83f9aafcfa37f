"""The labelling screen fits its terminal: panels sized to content, side-panel pickers, the
counts as an overlay, toasts clear of the labels, and a message below the smallest size."""

from __future__ import annotations

import pytest
from textual.widgets import Input
from textual.widgets._toast import Toast

from supp_tui.screens.filter import FilterScreen
from supp_tui.screens.label_screen import LabelScreen
from supp_tui.screens.picker import PickerScreen
from supp_tui.screens.too_small import TooSmallScreen
from supp_tui.widgets.counts_panel import CountsPanel, CountsTable
from supp_tui.widgets.dimensions_panel import DimensionRow, DimensionsPanel
from supp_tui.widgets.progress_line import ProgressLine
from supp_tui.widgets.suggestion_bar import SuggestionBar
from supp_tui.widgets.ticket_view import TicketView


@pytest.mark.parametrize("size", [(100, 30), (160, 48)])
async def test_every_dimension_shows_and_the_ticket_keeps_most_of_the_width(app, settle, size):
    """Every label row is on screen unscrolled, and the ticket is wider than the labels."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(DimensionsPanel)
        assert panel.max_scroll_y == 0
        rows = list(panel.query(DimensionRow))
        assert rows[-1].region.bottom <= panel.scrollable_content_region.bottom
        ticket = app.screen.query_one(TicketView)
        assert ticket.region.width > panel.region.width
        for row in rows:
            lines = row.render().plain.split("\n")
            assert max(len(line) for line in lines) <= row.size.width


async def test_at_80x24_the_required_dimensions_show_and_the_ticket_keeps_over_40(app, settle):
    """At 80x24 seven dimensions do not all fit: the required ones show unscrolled, the last
    optional one scrolls by at most a line, and the ticket keeps over 40 columns."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        panel = app.screen.query_one(DimensionsPanel)
        assert panel.max_scroll_y <= 1
        bottom = panel.scrollable_content_region.bottom
        required = [row for row in panel.query(DimensionRow) if row.dimension.required]
        assert required and all(row.region.bottom <= bottom for row in required)
        assert app.screen.query_one(TicketView).region.width > 40


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_picker_is_a_side_panel_beside_the_ticket(app, settle, size):
    """A picker opens over the labels on the right; the ticket stays uncovered on the left."""
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        ticket = app.screen.query_one(TicketView).region
        await pilot.press("O")
        await settle(pilot)
        assert isinstance(app.screen, PickerScreen)
        dialog = app.screen.query_one("#picker-dialog").region
        assert dialog.x >= 40
        assert dialog.x >= ticket.right - 4
        assert dialog.bottom < size[1]


async def test_counts_cover_the_labels_at_80_columns_and_leave_the_ticket(app, settle):
    """# at 80x24 lays the counts over the labels panel; the ticket keeps its width."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        ticket = app.screen.query_one(TicketView)
        width = ticket.region.width
        await pilot.press("#")
        await settle(pilot)
        counts = app.screen.query_one(CountsPanel)
        assert counts.display
        assert ticket.region.width == width
        assert counts.region.x >= ticket.region.right
        content = counts.scrollable_content_region
        for table in counts.query(CountsTable):
            assert table.region.right <= content.right   # the scrollbar gutter is beside


async def test_toasts_stay_clear_of_the_suggestions_and_labels(app, settle):
    """A toast sits over the ticket, not over the suggestion bar or the labels panel."""
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.screen.notify("A message of a fair length that wraps onto a second line or so.")
        await pilot.pause(0.2)
        toast = app.screen.query_one(Toast).region
        assert not toast.overlaps(app.screen.query_one(SuggestionBar).region)
        assert not toast.overlaps(app.screen.query_one(DimensionsPanel).region)


async def test_below_the_minimum_a_message_replaces_the_screen(app, settle):
    """Below 70x20 the app says how big it must be; once big enough, labelling is back."""
    async with app.run_test(size=(60, 18)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, TooSmallScreen)
        message = str(app.screen.query_one("#too-small").render())
        assert "Terminal too small (60×18)" in message and "at least 70×20" in message
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert isinstance(app.screen, LabelScreen)


async def test_f_opens_the_filter_with_the_text_field_focused(app, settle):
    """f opens the filter typing into its text field; / selects the text to replace it."""
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"grafana", "enter")
        assert app.session.filter.text == "grafana"
        await pilot.press("slash")
        assert isinstance(app.screen, FilterScreen)
        field = app.screen.query_one("#filter-text", Input)
        assert app.screen.focused is field
        await pilot.press(*"vpn", "enter")
        assert app.session.filter.text == "vpn"


async def test_the_progress_line_keeps_the_filter_in_view_at_70_columns(app, settle):
    """At 70 columns the progress line drops its words, not the filter, to fit."""
    async with app.run_test(size=(70, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"prometheus", "enter")
        await settle(pilot)
        line = app.screen.query_one(ProgressLine)
        text = line.render().plain
        assert "filter:" in text and "prometheus" in text
        assert len(text) <= line.size.width
        assert "1/2" in text
