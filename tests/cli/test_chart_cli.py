"""`supp-tui chart` and `supp-tui figures` through the real entry point."""

from __future__ import annotations

import json

import pytest

from analysis.metrics import OTHER
from analysis.sample import write_sample
from supp_tui.cli import main


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    """A 300-ticket sample export (seed 3), written once for the module."""
    folder = tmp_path_factory.mktemp("board")
    return write_sample(folder / "board.csv", tickets=300, seed=3)


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_chart_list_names_every_chart(capsys):
    status, out, _ = run(capsys, "chart", "LIST")
    assert status == 0
    assert out.split("\n")[0].startswith("teams ")
    assert "flow" in out and "coverage" in out


def test_chart_draws_at_the_requested_size(capsys, export):
    status, out, _ = run(capsys, "chart", "created-closed", export, "--width", "90",
                         "--height", "20", "--color", "never", "--last", "8")
    assert status == 0
    lines = out.rstrip("\n").split("\n")
    assert len(lines) <= 20 and max(map(len, lines)) <= 90
    assert "Tickets created and closed per week" in out


def test_unknown_chart_and_dimension_list_the_valid_ones(capsys, export):
    status, _, err = run(capsys, "chart", "pie", export)
    assert status == 2 and "valid charts: teams, weekly-by-team" in err
    status, _, err = run(capsys, "chart", "teams", export, "--by", "colour")
    assert status == 2 and "valid dimensions:" in err and "macro_category" in err
    assert "Traceback" not in err


def test_a_window_without_tickets_is_a_message(capsys, export):
    status, out, err = run(capsys, "chart", "teams", export, "--from", "2001-01-01",
                           "--to", "2001-03-31")
    assert status == 2 and "No tickets in 2001-01-01 to 2001-03-31" in err and out == ""
    status, _, err = run(capsys, "chart", "teams", export, "--from", "31/01/2026")
    assert status == 2 and "YYYY-MM-DD" in err


def test_chart_without_an_export_says_how(capsys):
    status, _, err = run(capsys, "chart", "teams")
    assert status == 2 and "supp-tui chart teams board.csv" in err


def test_figures_writes_the_brief_charts(capsys, export, tmp_path):
    status, out, _ = run(capsys, "figures", export, "-o", tmp_path / "figs", "--charts",
                         "brief")
    assert status == 0
    names = sorted(p.name for p in (tmp_path / "figs").iterdir())
    assert names == ["01-teams.png", "02-weekly-by-team.png", "03-average-by-team.png",
                     "04-created-closed.png", "05-flow.png"]
    assert out.count(".png") == 5


def test_figures_refuses_an_unknown_chart_before_writing(capsys, export, tmp_path):
    status, _, err = run(capsys, "figures", export, "-o", tmp_path / "figs", "--charts",
                         "teams,pie")
    assert status == 2 and "Unknown chart 'pie'" in err
    assert not (tmp_path / "figs").exists()


def test_stats_and_charts_agree(capsys, export):
    from analysis.metrics import open_board
    from analysis.charts import ChartRequest, build_context, chart_data

    status, out, _ = run(capsys, "stats", export, "--json")
    assert status == 0
    stats = json.loads(out)
    board = open_board([export])
    tickets = board.labelled()
    context = build_context(tickets, board.framework)
    series = chart_data("created-closed", tickets, ChartRequest(), context).frames["series"]
    assert [(w["week"], w["created"], w["closed"]) for w in stats["weekly"]] == series.rows()
    share = chart_data("teams", tickets, ChartRequest(), context).frames["share"]
    per_team = {k: v for k, v in stats["per_team"].items()}
    shown = dict(share.select("value", "tickets").iter_rows())
    for team, count in shown.items():
        if team != OTHER:
            assert per_team[team] == count
    flow = chart_data("flow", tickets, ChartRequest(), context).frames["series"]
    assert flow["backlog"][-1] == stats["open_backlog"]


def test_a_journal_label_shows_in_the_chart(capsys, export, tmp_path):
    from analysis.journal import open_journal

    journal = tmp_path / "labels.csv"
    with open_journal(journal) as writer:
        writer.set("SUPP-1", "macro_category", "cost", multi=False)
    status, out, _ = run(capsys, "chart", "average-by-team", export, "--journal", journal,
                         "--by", "macro_category", "--color", "never", "--width", "100")
    assert status == 0
    assert "Cost" in out and "Unlabelled" in out


@pytest.mark.parametrize("where", ["file", "under-file", "/proc/nope", "/sys/nope"])
def test_figures_output_that_cannot_be_a_folder_is_one_sentence(capsys, export, tmp_path,
                                                                 where):
    keep = tmp_path / "keep"
    keep.mkdir()
    (keep / "q.csv").write_text("precious")
    output = {"file": keep / "q.csv", "under-file": keep / "q.csv" / "figs"}.get(where, where)
    status, out, err = run(capsys, "figures", export, "-o", output, "--charts", "teams")
    assert status == 2 and out == ""
    assert "Traceback" not in err and len(err.strip().split("\n")) == 1
    assert str(output) in err and "-o" in err
    assert [p.name for p in keep.iterdir()] == ["q.csv"]
    assert (keep / "q.csv").read_text() == "precious"


def test_from_and_to_help_says_periods_are_whole(capsys):
    assert main(["chart", "--help"]) == 0
    words = " ".join(capsys.readouterr().out.split())
    assert "widened to the start of its week (month, quarter)" in words
    assert "widened to the end of its period" in words
