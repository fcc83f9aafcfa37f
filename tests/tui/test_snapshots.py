"""How the labelling app looks: fixed sizes, fixed clocks, no blinking cursor."""

from __future__ import annotations

from textual.widgets import Input
from tui_board import build_app


async def settle(pilot):
    """Wait for the background index and stop every input cursor from blinking."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


async def open_picker(pilot):
    await settle(pilot)
    await pilot.press("O", *"pay")
    await settle(pilot)


def test_main_screen_80x24(board, snap_compare):
    """The first ticket at 80x24: ticket, labels panel, suggestions and footer all fit."""
    assert snap_compare(build_app(board), terminal_size=(80, 24), run_before=settle)


def test_main_screen_160x48_with_labels_and_counts(board, snap_compare):
    """A wide terminal shows the counts panel; accepted and typed labels are highlighted."""
    assert snap_compare(build_app(board), terminal_size=(160, 48), press=["enter", "m"],
                        run_before=settle)


def test_help_screen(board, snap_compare):
    """Help lists the app's keys, then every label key from labels.toml."""
    assert snap_compare(build_app(board), terminal_size=(80, 24), press=["question_mark"],
                        run_before=settle)


def test_picker_filtered(board, snap_compare):
    """The originating-team picker after typing 'pay': matches, then the add-new choice."""
    assert snap_compare(build_app(board), terminal_size=(80, 24), run_before=open_picker)


def test_filter_dialog(board, snap_compare):
    """The filter dialog: text, unlabelled-only and team fields."""
    assert snap_compare(build_app(board), terminal_size=(80, 24), press=["f"],
                        run_before=settle)
