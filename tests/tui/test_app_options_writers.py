"""Adding an option while another labeller adds one to the same labels.toml keeps both."""

from __future__ import annotations

from textual.widgets import OptionList

from analysis.framework import add_option, load_framework
from supp_tui.screens.picker import PickerScreen

SIZE = (100, 32)


async def test_an_option_another_writer_added_appears_after_adding_one(app, board, settle):
    """The app's own addition re-reads labels.toml under the lock, so the other's option stays
    in the file and shows up in the app too."""
    labels_toml = board.parent / "labels.toml"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        add_option(labels_toml, "product", "Kafka")
        assert app.screen.add_option("product", "Pulsar", None) is None
        await pilot.pause()
        await pilot.pause()
        assert app.session.framework.dimension("product").resolve("Kafka") is not None
        await pilot.press("P", *"kafka")
        assert isinstance(app.screen, PickerScreen)
        options = app.screen.query_one(OptionList)
        assert options.get_option_at_index(0).id == "kafka"
    names = load_framework(labels_toml).dimension("product").option_names
    assert {"Kafka", "Pulsar"} <= set(names)
