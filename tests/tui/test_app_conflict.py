"""Two Jira team labels on one ticket: the suggestion is marked, shows both, and no key takes it."""

from __future__ import annotations

import csv
from pathlib import Path

import tui_board

from supp_tui.widgets.ticket_view import ticket_header

SIZE = (100, 32)


def write_conflict_board(folder: Path) -> Path:
    """A two-ticket export: SUPP-1 carries the team labels of PlatOps and Observability."""
    path = folder / "conflict.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Issue key", "Summary", "Created", "Labels", "Labels", "Labels"])
        writer.writerow(["SUPP-1", "Hosts out of space since Monday", "02/Nov/26 9:30 AM",
                         "platops", "o11y", "urgent"])
        writer.writerow(["SUPP-2", "VPN drops", "02/Nov/26 10:30 AM", "netplat", "", ""])
    return path


async def test_conflicting_team_labels_are_shown_and_never_accepted(tmp_path, settle):
    """The bar marks the conflict with `!` and both teams; Enter and `a` write nothing."""
    app = tui_board.build_app(write_conflict_board(tmp_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.session.key == "SUPP-1"
        bar = str(app.screen.query_one("#suggestions").render())
        assert " ! " in bar and "PlatOps or Observability" in bar
        await pilot.press("enter", "a")
        await settle(pilot)
        assert app.session.values("platform_team") == ()
        messages = [notification.message for notification in app._notifications]
        assert any("several Platform team values (PlatOps or Observability)" in message
                   for message in messages)
        assert not app.session.journal.is_labelled("SUPP-1")


def test_ticket_view_lists_several_jira_teams_marked():
    one = "".join(str(p if isinstance(p, str) else p[0]) for p in ticket_header(
        {"key": "S-1", "team": ["PlatOps"]}))
    two = "".join(str(p if isinstance(p, str) else p[0]) for p in ticket_header(
        {"key": "S-1", "team": ["PlatOps", "Observability"]}))
    assert "Teams in Jira" not in one
    assert "! Teams in Jira: PlatOps, Observability" in two
