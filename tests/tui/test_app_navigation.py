"""Moving around the board: next/previous, next unlabelled, jump to a key, filters."""

from __future__ import annotations

from tui_board import complete

from supp_tui.labelling import TicketFilter
from supp_tui.screens.charts import ChartsScreen
from supp_tui.screens.filter import FilterScreen
from supp_tui.screens.jump import JumpScreen
from supp_tui.screens.label_screen import LabelScreen
from supp_tui.widgets.ticket_view import TicketView

SIZE = (100, 32)


async def test_next_and_previous_stop_at_the_ends(app, settle):
    """Next and previous move through the view and stop at either end."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "n")
        assert app.session.key == "SUPP-3"
        await pilot.press("left", "p", "p")
        assert app.session.key == "SUPP-1"


async def test_space_skips_complete_tickets_and_wraps(app, settle):
    """Space skips complete tickets and wraps round to the start."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        complete(app.session.journal, "SUPP-2")
        await pilot.press("space")
        assert app.session.key == "SUPP-3"
        await pilot.press("right", "right", "right", "right", "right")
        assert app.session.key == "SUPP-8"
        await pilot.press("space")
        assert app.session.key == "SUPP-1"


async def test_jump_to_a_key_or_a_number(app, settle):
    """j jumps to a ticket by its key or by its number alone."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        assert isinstance(app.screen, JumpScreen)
        await pilot.press(*"supp-6", "enter")
        assert app.session.key == "SUPP-6"
        await pilot.press("j", "4", "enter")
        assert app.session.key == "SUPP-4"


async def test_jump_to_an_unknown_key_says_so_and_stays_open(app, settle):
    """An unknown key is reported in the jump dialog, which stays open."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", *"SUPP-99", "enter")
        assert isinstance(app.screen, JumpScreen)
        assert "No ticket 'SUPP-99'" in str(app.screen.query_one("#jump-message").render())
        await pilot.press("escape")
        assert app.session.key == "SUPP-1"


async def test_text_filter_from_slash_and_escape_clears_it(app, settle):
    """/ filters by text; Escape clears the filter and keeps the ticket."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, FilterScreen)
        await pilot.press(*"prometheus", "enter")
        assert app.session.filter == TicketFilter(text="prometheus")
        assert [app.session.keys[r] for r in app.session.view] == ["SUPP-2", "SUPP-5"]
        assert app.session.key == "SUPP-2"
        await pilot.press("right")
        assert app.session.key == "SUPP-5"
        await pilot.press("escape")
        assert not app.session.filter.active
        assert app.session.key == "SUPP-5"


async def test_incomplete_only_filter_skips_complete_tickets(app, settle):
    """The incomplete-only filter skips complete tickets both ways, not merely labelled ones."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        complete(app.session)
        await pilot.press("right")
        complete(app.session)
        await pilot.press("right", "1", "right")
        await pilot.press("f", "tab", "space", "enter")   # focus starts on the text field
        assert app.session.filter.incomplete_only
        assert app.session.key == "SUPP-4"
        await pilot.press("left")
        assert app.session.key == "SUPP-3"  # a team, but no product nor category
        await pilot.press("left")
        assert app.session.key == "SUPP-3"  # SUPP-1 and SUPP-2 are complete


async def test_team_filter_uses_labels_over_the_export(app, settle):
    """The team filter uses a journal team label over the export's team."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "3")  # SUPP-2 labelled Observability; SUPP-1 is o11y in Jira
        app.screen._filtered(TicketFilter(team="Observability"))
        assert [app.session.keys[r] for r in app.session.view] == ["SUPP-1", "SUPP-2"]
        app.screen._filtered(TicketFilter(team="Unlabelled"))
        assert [app.session.keys[r] for r in app.session.view] == ["SUPP-5", "SUPP-7"]


async def test_z_unfolds_the_comments_and_hash_toggles_the_counts(app, settle):
    """z unfolds the comments and # shows the counts panel at 100 columns."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ticket = app.screen.query_one(TicketView)
        assert "Looking into it" not in ticket.content.plain
        await pilot.press("z")
        assert "Looking into it" in ticket.content.plain
        counts = app.screen.query_one("#counts")
        assert not counts.display   # 100 columns: hidden until asked for
        await pilot.press("#")
        assert counts.display


async def test_charts_key_opens_the_charts_and_escape_comes_back(app, settle):
    """C opens the charts screen and Escape goes back to the same ticket."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "C")
        assert isinstance(app.screen, ChartsScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, LabelScreen)
        assert app.session.key == "SUPP-2"


async def test_keys_typed_before_the_dialog_input_has_focus_go_into_it(app, settle):
    """Keys typed before a dialog's input has focus go into it."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        assert isinstance(app.screen, JumpScreen)
        app.screen.set_focus(None)
        await pilot.press(*"supp-5", "enter")
        assert app.session.key == "SUPP-5"
