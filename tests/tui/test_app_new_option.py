"""A name typed in a picker becomes an option only when confirmed, with near names offered;
`+` opens on the dimension in focus."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Select

from supp_tui.screens.add_option import AddOptionScreen
from supp_tui.screens.confirm_option import ConfirmOptionScreen
from supp_tui.screens.picker import PickerScreen

SIZE = (100, 32)


async def test_typo_then_enter_twice_picks_the_near_option_not_a_new_one(app, board, settle):
    before = (board.parent / "labels.toml").read_text(encoding="utf-8")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("S", *"fraud-detectr")
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        assert picker.query_one(OptionList).get_option_at_index(0).id == "fraud_detector"
        picker.choose("+new:fraud-detectr")     # the "+ add" line at the end of the list
        await pilot.pause()
        assert isinstance(app.screen, ConfirmOptionScreen)
        labels = [str(label.render()) for label in app.screen.query(".near-option")]
        assert labels and "Fraud Detector" in labels[0]
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.values("origin_service") == ("fraud_detector",)
    assert (board.parent / "labels.toml").read_text(encoding="utf-8") == before


async def test_escape_goes_back_to_the_picker_to_edit(app, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P", *"Kafka", "enter")
        assert isinstance(app.screen, ConfirmOptionScreen)
        assert not app.screen.near
        await pilot.press("enter")              # nothing near: Enter adds nothing
        assert isinstance(app.screen, ConfirmOptionScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("escape")
        assert app.session.framework.dimension("product").resolve("Kafka") is None


async def test_y_adds_the_new_option(app, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P", *"Kafka", "enter", "y")
        await pilot.pause()
        await pilot.pause()
        assert app.session.framework.dimension("product").resolve("Kafka") is not None
        assert "kafka" in app.session.values("product")


async def test_plus_opens_on_the_dimension_in_focus(app, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.focus_dimension("macro_category")
        await pilot.press("plus")
        assert isinstance(app.screen, AddOptionScreen)
        assert app.screen.query_one(Select).value == "macro_category"
        hint = str(app.screen.query_one("#add-option-dimension-hint").render())
        assert "Tab" in hint
        name = app.screen.query_one("#add-option-name", Input)
        first = app.session.framework.dimension("macro_category").options[0].name
        assert name.placeholder == f"e.g. {first}"   # an example from that dimension


async def test_arrows_change_the_dimension_while_typing_the_name(app, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "plus", *"Cap")
        assert app.screen.query_one(Select).value == "macro_category"
        await pilot.press("down")
        assert app.screen.query_one(Select).value == "origin_team"
        await pilot.press("up", "up")
        assert app.screen.query_one(Select).value == "product"
