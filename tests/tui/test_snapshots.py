"""How the labelling app looks: fixed sizes, fixed clocks, no blinking cursor."""

from __future__ import annotations

SIZE = (80, 24)


def test_main_screen_80x24(build_app, settle, snap_compare):
    """The first ticket at 80x24: ticket, labels panel, suggestions and footer all fit."""
    assert snap_compare(build_app(), terminal_size=SIZE, run_before=settle)


def test_main_screen_160x48_with_labels_and_counts(build_app, settle, snap_compare):
    """A wide terminal shows the counts panel; accepted and typed labels are highlighted."""
    assert snap_compare(build_app(), terminal_size=(160, 48), press=["enter", "m"],
                        run_before=settle)


def test_help_screen(build_app, settle, snap_compare):
    """Help lists the app's keys, then every label key from labels.toml."""
    assert snap_compare(build_app(), terminal_size=SIZE, press=["question_mark"],
                        run_before=settle)


def test_picker_filtered(build_app, settle, snap_compare):
    """The originating-team picker after typing 'pay': matches, then the add-new choice."""

    async def open_picker(pilot):
        await settle(pilot)
        await pilot.press("O", *"pay")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=SIZE, run_before=open_picker)


def test_filter_dialog(build_app, settle, snap_compare):
    """The filter dialog: text, unlabelled-only and team fields."""
    assert snap_compare(build_app(), terminal_size=SIZE, press=["f"], run_before=settle)


def test_charts_screen(build_app, settle, snap_compare):
    """The charts screen (C) at 100x30 once drawn: tickets by platform team on the test board."""

    async def open_charts(pilot):
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=(100, 30), run_before=open_charts)
