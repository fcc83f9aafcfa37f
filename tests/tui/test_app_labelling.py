"""Labelling with single keys: journaled at once, toggles, resume, undo, and the panels."""

from __future__ import annotations

from tui_board import build_app, journal_lines

from supp_tui.screens.label_screen import LabelScreen
from supp_tui.widgets.dimensions_panel import DimensionRow

SIZE = (100, 32)


async def ready(app, pilot):
    """Wait for the background index (suggestions, counts) so the screen is complete."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


async def test_a_hotkey_is_journaled_before_the_next_key(app, board):
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert isinstance(screen, LabelScreen)
        assert app.session.key == "SUPP-1"
        await pilot.press("3")
        assert journal_lines(board) == [
            ["2026-11-20T09:00:01.000000Z", "tester", "SUPP-1", "platform_team", "observability",
             "set"]]
        row = screen.query_one("#dimension-platform_team", DimensionRow)
        assert row.values == ("observability",)


async def test_single_value_replaces_and_same_key_clears(app, board):
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("1", "3")
        assert app.session.values("platform_team") == ("observability",)
        await pilot.press("3")
        assert app.session.values("platform_team") == ()
    assert [line[-1] for line in journal_lines(board)] == ["set", "set", "remove"]


async def test_multi_value_dimension_toggles(app, board):
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        session = app.session
        session.toggle("product", "grafana")
        session.toggle("product", "prometheus")
        session.toggle("product", "grafana")
        assert session.values("product") == ("prometheus",)


async def test_opens_on_the_first_unlabelled_ticket(board):
    first = build_app(board)
    async with first.run_test(size=SIZE) as pilot:
        await ready(first, pilot)
        await pilot.press("1", "space", "2", "space")
        assert first.session.key == "SUPP-3"
    second = build_app(board)
    async with second.run_test(size=SIZE) as pilot:
        await ready(second, pilot)
        assert second.session.key == "SUPP-3"
        assert second.session.progress().labelled == 2
        assert second.session.progress().since_open == 0


async def test_undo_several_levels_returns_to_the_ticket(app, board):
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("1", "m", "space", "2")
        assert app.session.key == "SUPP-2"
        await pilot.press("u")
        assert app.session.values("platform_team") == ()
        await pilot.press("u")
        assert app.session.key == "SUPP-1"
        assert app.session.values("macro_category") == ()
        await pilot.press("u")
        assert not app.session.is_labelled("SUPP-1")
        await pilot.press("u")  # nothing left: the key does nothing
    ops = [line[-1] for line in journal_lines(board)]
    assert ops == ["set", "set", "set", "remove", "remove", "remove"]


async def test_progress_counts_labelled_tickets_and_this_session(app):
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("1", "space", "2", "2")
        progress = app.session.progress()
        assert (progress.labelled, progress.total, progress.since_open) == (1, 8, 1)


async def test_counts_follow_labels(app):
    async with app.run_test(size=(160, 48)) as pilot:
        await ready(app, pilot)
        counts = app.session.counts.counts
        assert counts["platform_team"]["Observability"] == 1
        assert counts["macro_category"]["Unlabelled"] == 8
        await pilot.press("4", "m")
        assert counts["platform_team"].get("Observability", 0) == 0
        assert counts["platform_team"]["Network Platform"] == 2
        assert counts["macro_category"]["Metrics"] == 1
        assert counts["macro_category"]["Unlabelled"] == 7


async def test_quitting_loses_nothing(app, board):
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        await pilot.press("1", "m", "space", "5", "q")
    assert [line[2:5] for line in journal_lines(board)] == [
        ["SUPP-1", "platform_team", "platops"], ["SUPP-1", "macro_category", "metrics"],
        ["SUPP-2", "platform_team", "data_platform"]]


async def test_fast_typing_keeps_its_order(app, board):
    """Keys arriving together (as from a fast typist over SSH) are handled in order."""
    from textual import events

    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        for key in ("1", "space", "2", "n", "3", "O"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        for character in "pay":
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#picker-filter").value == "pay"
    assert [line[2:5] for line in journal_lines(board)] == [
        ["SUPP-1", "platform_team", "platops"], ["SUPP-2", "platform_team", "build_and_deploy"],
        ["SUPP-3", "platform_team", "observability"]]


async def test_a_journal_that_cannot_be_written_is_reported_and_nothing_changes(app, monkeypatch):
    import os

    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)

        def disk_full(*args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("1")
        assert app.session.values("platform_team") == ()
        messages = [notification.message for notification in app._notifications]
        assert any("Not saved: No space left on device" in m for m in messages)
