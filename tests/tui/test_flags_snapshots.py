"""How the theme flags look: the flags screen with its groups, and a flagged ticket."""

from __future__ import annotations

from test_app_flags import flagged_journal


def test_flags_screen_100x30(build_app, board, settle, snap_compare):
    """The flags screen (F) at 100x30: two alike notes in one group, a third alone."""
    flagged_journal(board)

    async def open_flags(pilot):
        await settle(pilot)
        await pilot.press("F")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=(100, 30), run_before=open_flags)


def test_flagged_ticket_100x30(build_app, board, settle, snap_compare):
    """A ticket another labeller flagged shows the note, who and when under its header."""
    flagged_journal(board)

    async def open_flagged(pilot):
        await settle(pilot)
        await pilot.press("j", *"SUPP-2", "enter")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=(100, 30), run_before=open_flagged)
