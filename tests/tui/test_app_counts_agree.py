"""The counts panel, the in-app charts and `supp-tui stats` count teams by one rule."""

from __future__ import annotations

import json

import pytest

from analysis.journal import open_journal
from analysis.metrics import value_counts
from supp_tui.cli import main


def _stats_per_team(capsys, board, *options: str) -> dict[str, int]:
    assert main(["stats", str(board), "--json", *options]) == 0
    return json.loads(capsys.readouterr().out)["per_team"]


@pytest.mark.parametrize("options", [(), ("--team-field", "Component/s")])
async def test_counts_panel_charts_and_stats_agree(board, build_app, settle, capsys, options):
    """A journal team label wins over the export's team field, with --team-field too."""
    with open_journal(board.with_name(board.name + ".labels.csv"), by="tester") as journal:
        journal.toggle("SUPP-1", "platform_team", "data_platform", multi=False)
        journal.toggle("SUPP-2", "platform_team", "observability", multi=False)
    team_field = options[1] if options else None
    app = build_app(team_field=team_field)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.session.key == "SUPP-1"  # labelled, but not complete
        await pilot.press("n", "n", "3")  # a label made in the app counts the same way
        panel = dict(app.session.counts.counts["platform_team"])
        charts = app.session.labelled_frame()
    stats = _stats_per_team(capsys, board, *options)
    assert panel == stats
    assert dict(value_counts(charts, "team").iter_rows()) == stats
    assert stats["Data Platform"] >= 1


async def test_an_unknown_option_id_counts_as_no_team_in_the_panel_and_stats(
        board, build_app, settle, capsys):
    """A journal team id labels.toml lacks counts for no team, in the panel as in stats."""
    with open_journal(board.with_name(board.name + ".labels.csv"), by="tester") as journal:
        journal.toggle("SUPP-1", "platform_team", "ghost_team", multi=False)
        journal.toggle("SUPP-2", "platform_team", "observability", multi=False)
    app = build_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        assert app.session.effective_teams(0) == ("Observability",)  # the export's o11y
        app.session.jump("SUPP-1")
        await pilot.press("2")  # relabel SUPP-1: the ghost is taken back as it was counted
        assert app.session.values("platform_team") == ("build_and_deploy",)
        panel = dict(app.session.counts.counts["platform_team"])
    stats = _stats_per_team(capsys, board)
    assert panel == stats
    assert "ghost_team" not in panel
