"""Pickers, adding options on the spot, suggestions, help and the command palette."""

from __future__ import annotations

import tomllib

from textual.widgets import OptionList

from analysis.framework import default_framework_path
from supp_tui.screens.add_option import AddOptionScreen
from supp_tui.screens.help import HelpScreen
from supp_tui.screens.picker import PickerScreen
from supp_tui.widgets.suggestion_bar import SuggestionBar

SIZE = (100, 32)


def option_ids(screen) -> list[str]:
    options = screen.query_one(OptionList)
    return [options.get_option_at_index(i).id for i in range(options.option_count)]


async def test_picker_filters_as_you_type_and_enter_chooses(app, settle, journal_lines):
    """The picker narrows the options as you type and Enter applies the highlighted one."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("S")
        assert isinstance(app.screen, PickerScreen)
        await pilot.press(*"fraud")
        assert option_ids(app.screen) == ["fraud_detector", "+new:fraud"]
        await pilot.press("enter")
        assert app.session.values("origin_service") == ("fraud_detector",)
    assert journal_lines()[-1][2:] == ["SUPP-1", "origin_service", "fraud_detector", "set"]


async def test_picker_puts_the_reporters_earlier_value_first(app, settle):
    """The picker lists first the value the reporter's earlier ticket got, saying so."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.session.toggle("origin_team", "payments")        # SUPP-1, reporter Ana Silva
        await pilot.press("right", "right", "O")              # SUPP-3, also Ana Silva
        ids = option_ids(app.screen)
        assert ids[0] == "payments"
        prompt = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert "reporter Ana Silva: 1 of 1 earlier" in prompt


async def test_picker_can_add_the_typed_text_as_a_new_option(app, board, settle):
    """The picker adds typed text as a new option once confirmed, written to labels.toml and
    applied."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("P", *"Kafka", "down")
        await pilot.pause()
        assert option_ids(app.screen)[-1].endswith("new:Kafka")
        app.screen.query_one(OptionList).highlighted = len(option_ids(app.screen)) - 1
        app.screen.choose(option_ids(app.screen)[-1])
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        await pilot.pause()
        assert app.session.framework.dimension("product").resolve("Kafka") is not None
        assert "kafka" in app.session.values("product")
    document = tomllib.loads((board.parent / "labels.toml").read_text())
    products = next(d for d in document["dimensions"] if d["id"] == "product")
    assert products["options"][-1]["name"] == "Kafka"


async def test_add_option_with_a_hotkey_is_usable_at_once(app, settle, journal_lines):
    """An option added with a hotkey (+) is applied and its key works at once."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        assert isinstance(app.screen, AddOptionScreen)
        app.screen.query_one("#add-option-dimension").value = "macro_category"
        await pilot.pause()
        hotkey = app.screen.query_one("#add-option-hotkey")
        hotkey.value = "r"
        await pilot.press(*"Capacity", "enter")
        await pilot.pause()
        await pilot.pause()
        assert not isinstance(app.screen, AddOptionScreen)
        assert app.session.values("macro_category") == ("capacity",)
        await pilot.press("right", "r")
        assert app.session.values("macro_category") == ("capacity",)
    assert journal_lines()[-1][2:] == ["SUPP-2", "macro_category", "capacity", "set"]


async def test_add_option_rejects_a_taken_hotkey_in_place(app, settle):
    """A hotkey already taken is refused inside the add-option dialog."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("plus")
        app.screen.query_one("#add-option-dimension").value = "macro_category"
        app.screen.query_one("#add-option-hotkey").value = "m"
        await pilot.press(*"Capacity", "enter")
        await pilot.pause()
        assert isinstance(app.screen, AddOptionScreen)
        assert "hotkey 'm'" in str(app.screen.query_one("#add-option-message").render())


async def test_adding_to_the_built_in_framework_copies_it_beside_the_export(
        board, build_app, settle):
    """Adding to the built-in labels.toml copies it beside the export, leaving the original."""
    (board.parent / "labels.toml").unlink()
    app = build_app()
    assert app.loader.framework.path is None
    built_in = default_framework_path().read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.add_option("product", "Kafka", None) is None
        await pilot.pause()
    assert "Kafka" in (board.parent / "labels.toml").read_text()
    assert default_framework_path().read_bytes() == built_in


async def test_suggestions_show_reasons_and_enter_accepts_the_top_one(app, settle):
    """Suggestions show their reasons; Enter accepts the top one and a accepts them all."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        suggestions = {s.dimension: s for s in app.session.suggestions()}
        assert suggestions["platform_team"].value == "observability"
        assert suggestions["platform_team"].reason == "Jira label 'o11y'"
        assert "Jira label 'o11y'" in str(app.screen.query_one("#suggestions").render())
        # The export's team already counts, so what completes the ticket comes first.
        assert app.session.suggestions()[0].dimension == "product"
        await pilot.press("enter")
        assert app.session.values("product") == ("grafana",)   # from the Grafana component
        await pilot.press("a")
        assert app.session.values("platform_team") == ("observability",)


async def test_similar_ticket_suggestion_after_labelling_one(app, settle):
    """Labelling one ticket suggests its category for a similar ticket, naming it."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "m")                # SUPP-2 "Prometheus not scraping…"
        await pilot.press("j", "5", "enter")           # SUPP-5 "Prometheus not scraping…"
        top = {s.dimension: s for s in app.session.suggestions()}
        assert top["macro_category"].value == "metrics"
        assert top["macro_category"].reason == "1 similar ticket, e.g. SUPP-2"


async def test_help_lists_app_keys_and_label_keys(app, settle):
    """Help lists the app's keys and every label key of labels.toml."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {(keys, text) for _, keys, text in app.screen.rows}
        assert ("u", "Undo") in rows
        assert ("1", "Platform team: PlatOps") in rows
        assert ("S", "Choose originating service") in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_command_palette_offers_the_screen_commands(app, settle):
    """The command palette offers the screen's commands that apply now."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Next incomplete", "Filter", "Jump", "Add option", "Help"} <= titles
        assert "Clear filter" not in titles   # no filter to clear yet


async def test_one_undo_takes_back_everything_accept_all_set(app, settle):
    """`a` accepts several suggestions; one `u` takes all of them back."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        shown = app.screen.query_one(SuggestionBar).visible_suggestions()
        accepted = {s.dimension for s in shown}
        assert len(accepted) >= 2
        await pilot.press("a")
        assert all(app.session.values(dimension) for dimension in accepted)
        await pilot.press("u")
        assert not any(app.session.values(dimension) for dimension in accepted)
