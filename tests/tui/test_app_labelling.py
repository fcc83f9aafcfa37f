"""Labelling with single keys: journaled at once, toggles, resume, undo, and the panels."""

from __future__ import annotations

from tui_board import complete

from supp_tui.screens.label_screen import LabelScreen
from supp_tui.widgets.dimensions_panel import DimensionRow

SIZE = (100, 32)


async def test_a_hotkey_is_journaled_before_the_next_key(app, journal_lines, settle):
    """A label key's journal line is on disk before the next key is handled."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LabelScreen)
        assert app.session.key == "SUPP-1"
        await pilot.press("3")
        assert journal_lines() == [
            ["2026-11-20T09:00:01.000000Z", "tester", "SUPP-1", "platform_team", "observability",
             "set"]]
        row = screen.query_one("#dimension-platform_team", DimensionRow)
        assert row.values == ("observability",)


async def test_single_value_replaces_and_same_key_clears(app, settle, journal_lines):
    """In a single-value dimension another key replaces the value and the same key clears it."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "3")
        assert app.session.values("platform_team") == ("observability",)
        await pilot.press("3")
        assert app.session.values("platform_team") == ()
    assert [line[-1] for line in journal_lines()] == ["set", "set", "remove"]


async def test_multi_value_dimension_toggles(app, settle):
    """In a multi-value dimension each option toggles on and off on its own."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        session = app.session
        session.toggle("product", "grafana")
        session.toggle("product", "prometheus")
        session.toggle("product", "grafana")
        assert session.values("product") == ("prometheus",)


async def test_opens_on_the_first_incomplete_ticket(build_app, settle):
    """Reopening the board resumes on its first incomplete ticket, with progress kept."""
    first = build_app()
    async with first.run_test(size=SIZE) as pilot:
        await settle(pilot)
        complete(first.session)
        await pilot.press("space")
        complete(first.session)
        await pilot.press("space", "1", "space")
        assert first.session.key == "SUPP-4"
    second = build_app()
    async with second.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert second.session.key == "SUPP-3"  # labelled, but not complete
        assert second.session.progress().labelled == 2
        assert second.session.progress().since_open == 0


async def test_undo_several_levels_returns_to_the_ticket(app, settle, journal_lines):
    """Undo takes back several changes in turn, going back to the ticket each was made on."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
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
    ops = [line[-1] for line in journal_lines()]
    assert ops == ["set", "set", "set", "remove", "remove", "remove"]


async def test_progress_counts_complete_tickets_and_this_session(app, settle):
    """Progress counts complete tickets of the board and those completed this session."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "m")
        assert app.session.progress().labelled == 0  # no product yet
        app.screen.action_label("product", "grafana")
        await pilot.press("space", "2", "m")
        progress = app.session.progress()
        assert (progress.labelled, progress.total, progress.since_open) == (1, 8, 1)


async def test_counts_follow_labels(app, settle):
    """The counts panel follows each label change (team and category)."""
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        counts = app.session.counts.counts
        assert counts["platform_team"]["Observability"] == 1
        assert counts["macro_category"]["Unlabelled"] == 8
        await pilot.press("4", "m")
        assert counts["platform_team"].get("Observability", 0) == 0
        assert counts["platform_team"]["Network Platform"] == 2
        assert counts["macro_category"]["Metrics"] == 1
        assert counts["macro_category"]["Unlabelled"] == 7


async def test_quitting_loses_nothing(app, settle, journal_lines):
    """Every label made before q is in the journal after quitting."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1", "m", "space", "5", "q")
    assert [line[2:5] for line in journal_lines()] == [
        ["SUPP-1", "platform_team", "platops"], ["SUPP-1", "macro_category", "metrics"],
        ["SUPP-2", "platform_team", "data_platform"]]


async def test_fast_typing_keeps_its_order(app, settle, journal_lines):
    """Keys arriving together (as from a fast typist over SSH) are handled in order."""
    from textual import events

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("1", "space", "2", "n", "3", "O"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        for character in "pay":
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#picker-filter").value == "pay"
    assert [line[2:5] for line in journal_lines()] == [
        ["SUPP-1", "platform_team", "platops"], ["SUPP-2", "platform_team", "build_and_deploy"],
        ["SUPP-3", "platform_team", "observability"]]


async def test_a_journal_that_cannot_be_written_is_reported_and_nothing_changes(
        app, monkeypatch, settle):
    """A journal write that fails is reported and the label is not changed."""
    import os

    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def disk_full(*args):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "fsync", disk_full)
        await pilot.press("1")
        assert app.session.values("platform_team") == ()
        messages = [notification.message for notification in app._notifications]
        assert any("Not saved: No space left on device" in m for m in messages)
        assert not any(".." in m for m in messages)


async def test_team_values_matching_no_option_are_reported_on_start(tmp_path, build_app, settle):
    """A board whose labels name no team of labels.toml says so, naming supp-tui init."""
    export = tmp_path / "own" / "board.csv"
    export.parent.mkdir()
    export.write_text("Issue key,Summary,Created,Labels\n"
                      "SUPP-1,a,05/Jan/26 10:00 AM,payments\n", encoding="utf-8")
    app = build_app(export)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [notification.message for notification in app._notifications]
        assert any("none matches a team" in m and "supp-tui init" in m for m in messages)
