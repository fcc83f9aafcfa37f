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


def test_main_screen_100x30(build_app, settle, snap_compare):
    """At 100x30 the labels panel is as narrow as its rows allow and shows whole titles."""
    assert snap_compare(build_app(), terminal_size=(100, 30), run_before=settle)


async def _open_picker(pilot, settle):
    await settle(pilot)
    await pilot.press("S")
    await settle(pilot)


def test_picker_side_panel_100x30(build_app, settle, snap_compare):
    """The originating-service picker as a side panel: the ticket stays readable on the left."""
    assert snap_compare(build_app(), terminal_size=(100, 30),
                        run_before=lambda pilot: _open_picker(pilot, settle))


def test_picker_side_panel_160x48(build_app, settle, snap_compare):
    """On a wide terminal the picker covers the labels and counts; the ticket stays."""
    assert snap_compare(build_app(), terminal_size=(160, 48),
                        run_before=lambda pilot: _open_picker(pilot, settle))


def test_counts_overlay_80x24(build_app, settle, snap_compare):
    """# at 80x24: the counts lie over the labels panel and the ticket keeps its width."""
    assert snap_compare(build_app(), terminal_size=SIZE, press=["#"], run_before=settle)


def test_terminal_too_small(build_app, settle, snap_compare):
    """Below 70x20 one message says the size needed instead of a cut-off screen."""
    assert snap_compare(build_app(), terminal_size=(60, 18), run_before=settle)
