"""The bulk-labelling table: filters, selection, one confirmed bulk label undone by one u."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from supp_tui.screens.confirm import ConfirmScreen
from supp_tui.screens.label_screen import LabelScreen
from supp_tui.screens.table import TableScreen
from supp_tui.widgets.ticket_table import TicketTable

SIZE = (100, 30)


async def open_table(pilot, settle) -> TableScreen:
    await settle(pilot)
    await pilot.press("equals_sign")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, TableScreen)
    return screen


async def filter_by(pilot, text: str) -> None:
    await pilot.press("f")
    for character in text:
        await pilot.press(character)
    await pilot.press("enter")
    await pilot.pause()


async def test_bulk_label_asks_then_writes_one_line_per_ticket_and_one_undo(
        app, settle, journal_lines):
    """Filter, select all, press a label key: the question says how many change; yes writes one
    line per ticket; one u takes them all back."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        app.session.toggle("platform_team", "observability")  # SUPP-1 has it already
        await filter_by(pilot, "grafana")
        assert [screen.rows.keys[row] for row in screen.rows.view] == ["SUPP-1", "SUPP-7"]
        await pilot.press("a", "3")
        await pilot.pause()
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        assert confirm.question == ("Label 1 ticket Platform team: Observability? "
                                    "(1 already has it)")
        await pilot.press("n")
        assert journal_lines()[1:] == []
        await pilot.press("1")
        await pilot.pause()
        assert app.screen.question == (
            "Label 2 tickets Platform team: PlatOps? (1 loses another Platform team value)")
        await pilot.press("y")
        await pilot.pause()
        assert app.session.values("platform_team", "SUPP-7") == ("platops",)
        assert [line[2:5] for line in journal_lines()[1:]] == [
            ["SUPP-1", "platform_team", "platops"], ["SUPP-7", "platform_team", "platops"]]
        await pilot.press("u")
        await pilot.pause()
        assert app.session.values("platform_team", "SUPP-7") == ()
        assert app.session.values("platform_team", "SUPP-1") == ("observability",)


async def test_regex_label_and_incomplete_filters(app, settle):
    """re: keeps matching tickets, dimension=value those labelled so, ! the incomplete ones
    (SUPP-1, given every required dimension, is complete)."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        app.session.toggle("platform_team", "observability")
        await filter_by(pilot, "re:prom.*(staging|prod)")
        assert [screen.rows.keys[r] for r in screen.rows.view] == ["SUPP-2", "SUPP-5"]
        await filter_by(pilot, "team=observability")
        assert [screen.rows.keys[r] for r in screen.rows.view] == ["SUPP-1"]
        for dimension in app.session.framework.required_dimensions:
            if not app.session.values(dimension.id, "SUPP-1"):
                app.session.toggle(dimension.id, dimension.options[0].id)
        await filter_by(pilot, "")
        await pilot.press("exclamation_mark")
        assert "SUPP-1" not in [screen.rows.keys[r] for r in screen.rows.view]
        assert len(screen.rows.view) == 7


async def test_a_bad_regex_is_one_message_and_keeps_the_view(app, settle):
    """A pattern that does not compile says so and leaves the rows as they were."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        await filter_by(pilot, "re:(unclosed")
        assert len(screen.rows.view) == 8
        messages = [n.message for n in app._notifications]
        assert any("is not a valid regular expression" in m for m in messages)


async def test_similar_to_the_ticket_under_the_cursor(app, settle):
    """~ keeps the tickets like the one under the cursor, that one first."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        table = screen.query_one(TicketTable)
        table.cursor = 1  # SUPP-2, Prometheus not scraping checkout-web in prod
        await pilot.press("tilde")
        assert [screen.rows.keys[r] for r in screen.rows.view] == ["SUPP-2", "SUPP-5"]


async def test_escape_returns_at_the_same_ticket_and_enter_opens_another(app, settle):
    """Esc goes back to the ticket shown before; Enter opens the ticket under the cursor."""
    async with app.run_test(size=SIZE) as pilot:
        await open_table(pilot, settle)
        await pilot.press("down", "down", "escape")
        assert isinstance(app.screen, LabelScreen)
        assert app.session.key == "SUPP-1"
        await pilot.press("equals_sign")
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        assert isinstance(app.screen, LabelScreen)
        assert app.session.key == "SUPP-3"


async def test_the_table_waits_for_the_index(app, settle):
    """Before the board's index is built the table does not open, and says why."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        index, app.session.index = app.session.index, None
        await pilot.press("equals_sign")
        assert isinstance(app.screen, LabelScreen)
        assert any("still being indexed" in n.message for n in app._notifications)
        app.session.index = index


async def test_label_keys_type_into_the_filter_and_help_lists_table_keys(app, settle):
    """While the filter field has focus, label and table keys are text; ? lists the keys."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        await pilot.press("f", "3", "a", "u")
        assert screen.query_one("#table-filter").value == "3au"
        assert app.session.values("platform_team", "SUPP-1") == ()
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        rows = {description for _, _, description in app.screen.rows}
        assert {"Select", "All", "Similar", "Incomplete"} <= rows


async def test_keys_typed_right_after_enter_act_on_the_filtered_rows(app, settle):
    """A burst of keys (f, filter text, Enter, a, a label key) is handled in order: the text
    goes into the filter, then every matching ticket is selected and labelled."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        for character in "fprometheus":
            app.post_message(events.Key(character, character))
        for key, character in (("enter", "\r"), ("a", "a"), ("3", "3")):
            app.post_message(events.Key(key, character))
        await settle(pilot)
        assert screen.query_one("#table-filter", Input).value == "prometheus"
        confirm = app.screen
        assert isinstance(confirm, ConfirmScreen)
        assert confirm.question == "Label 2 tickets Platform team: Observability?"


async def test_picker_labels_the_selection_and_a_value_held_changes_nothing(app, settle):
    """A dimension's picker key labels the selection too; a value every target has already
    changes nothing and says so."""
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_table(pilot, settle)
        await pilot.press("space", "space", "P")
        await pilot.pause()
        for character in "grafana":
            await pilot.press(character)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question.startswith("Label 2 tickets ")
        await pilot.press("y")
        await pilot.pause()
        assert screen.rows.targets(None) == ["SUPP-1", "SUPP-2"]
        assert app.session.values("product", "SUPP-2") == ("grafana",)
        await pilot.press("P", *"grafana", "enter")
        await pilot.pause()
        assert isinstance(app.screen, TableScreen)
        messages = [notification.message for notification in app._notifications]
        assert any(m.startswith("Nothing to change: all 2 already have") for m in messages)
