"""Completeness while labelling: Space returns to tickets missing a required label, and the
progress line marks how complete the shown ticket is."""

from __future__ import annotations

from tui_board import complete

from supp_tui.widgets.progress_line import ProgressLine

SIZE = (100, 32)


async def test_space_goes_to_a_ticket_with_a_team_but_no_category(app, settle):
    """A ticket with a team (and even a category) but no product is not done: Space visits it."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        journal = app.session.journal
        for key in ("SUPP-2", "SUPP-4", "SUPP-5", "SUPP-6", "SUPP-7", "SUPP-8"):
            complete(journal, key)
        journal.toggle("SUPP-3", "platform_team", "platops", multi=False)
        journal.toggle("SUPP-3", "macro_category", "metrics", multi=False)
        await pilot.press("space")
        assert app.session.key == "SUPP-3"
        await pilot.press("space")
        assert app.session.key == "SUPP-1"  # Jira gives its team; it has no category


async def test_the_progress_line_marks_the_shown_ticket(app, settle):
    """The marker counts the required dimensions with a value, then shows ✓ and the ticket
    counts as labelled."""
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        line = app.screen.query_one(ProgressLine)
        assert "SUPP-1 1/3 required" in line.render().plain   # the team comes from Jira
        await pilot.press("m")
        assert "SUPP-1 2/3 required" in line.render().plain
        app.screen.action_label("product", "grafana")
        await pilot.pause()
        text = line.render().plain
        assert "SUPP-1 ✓" in text and "labelled 1/8" in text
        await pilot.press("u")
        assert "labelled 0/8" in line.render().plain
