"""Renaming and removing an option from a picker (F2, F8), written to labels.toml at once."""

from __future__ import annotations

from supp_tui.screens.edit_option import RemoveOptionScreen, RenameOptionScreen, edit_option

SIZE = (100, 32)


async def test_f2_renames_the_highlighted_option_and_its_label_follows(app, board, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("S", *"fraud", "enter")
        assert app.session.values("origin_service") == ("fraud_detector",)
        await pilot.press("S", *"fraud", "f2")
        assert isinstance(app.screen, RenameOptionScreen)
        app.screen.query_one("#rename-option-name").value = "Fraud scoring"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        service = app.session.framework.dimension("origin_service")
        assert service.resolve("fraud_detector").id == "fraud_scoring"
        assert service.name_of("fraud_detector") == "Fraud scoring"
    assert 'name = "Fraud scoring"' in (board.parent / "labels.toml").read_text()


async def test_f8_says_which_tickets_use_it_and_y_removes_it(app, board, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "right", "S", *"fraud", "f8")
        assert isinstance(app.screen, RemoveOptionScreen)
        assert "No ticket of this board has it." in str(
            app.screen.query_one("#remove-option-uses").render())
        await pilot.press("escape", "P", *"grafana", "f8")
        assert isinstance(app.screen, RemoveOptionScreen)
        await pilot.press("y")
        await pilot.pause()
        await pilot.pause()
        assert app.session.framework.dimension("product").resolve("grafana") is None
        await pilot.press("left", "m")          # the hotkeys still work after the change
        assert app.session.values("macro_category") == ()


async def test_removing_an_option_in_use_names_the_tickets(app, settle):
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("m", "right", "m")
        edit_option(app.screen, "macro_category", "metrics", "remove")
        await pilot.pause()
        text = str(app.screen.query_one("#remove-option-uses").render())
        assert "2 tickets of this board have it (SUPP-1, SUPP-2)" in text
        await pilot.press("escape")
        assert app.session.framework.dimension("macro_category").resolve("metrics")
