"""The team dimension is titled after the board: `--team-field FIELD` names it in terminal
charts, PNGs and reports; Unlabelled never sets the crosstab's colour scale."""

from __future__ import annotations

import polars as pl
import pytest

from analysis.charts import ChartRequest, build_context, chart_data
from analysis.charts._compute import heated
from analysis.metrics import in_sentence, open_board
from supp_tui.cli import main

BOARD = """\
Summary,Issue key,Issue Type,Status,Status Category,Priority,Created,Updated,Resolved,Labels,Components,Custom field (Team Name)
Runner down,SUPP-1,Task,Done,Done,High,01/Sep/26 10:00 AM,20/Jan/27 10:00 AM,03/Sep/26 10:00 AM,platops,Build,Bees
Dashboards slow,SUPP-2,Task,Open,To Do,Medium,15/Sep/26 10:00 AM,02/Feb/27 10:00 AM,,o11y,Metrics,Ants
Alert storm,SUPP-3,Task,Done,Done,Low,06/Oct/26 10:00 AM,28/Dec/26 10:00 AM,08/Oct/26 10:00 AM,o11y,Metrics,Ants
DNS record,SUPP-4,Task,Open,To Do,Medium,04/Nov/26 10:00 AM,25/Jan/27 10:00 AM,,netplat,Network,Bees
"""


@pytest.fixture
def export(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "board.csv"
    path.write_text(BOARD, encoding="utf-8")
    return path


@pytest.mark.parametrize(("field", "title"), [
    ("Components", "Components"), ("Custom field (Team Name)", "Team Name"),
])
def test_team_field_names_the_terminal_chart_and_report(export, capsys, field, title):
    assert main(["chart", "teams", str(export), "--team-field", field]) == 0
    assert f"Share of tickets by {title}" in capsys.readouterr().out
    assert main(["report", "monthly", str(export), "--team-field", field, "-o",
                 str(export.parent / "out")]) == 0
    text = (export.parent / "out" / "2026-10.md").read_text(encoding="utf-8")
    assert f"## Tickets per {title}" in text and f"| {title} | This month |" in text
    assert f"### Tickets created per week by {title}" in text
    assert "platform team" not in text.lower()


def test_team_field_names_the_png(export):
    from analysis.charts.png import figure

    board = open_board([export], team_field="Components")
    tickets = board.labelled()
    data = chart_data("weekly-by-team", tickets, ChartRequest(),
                      build_context(tickets, board.framework))
    drawn = figure(data)
    titles = [axes.get_title() for axes in drawn.axes] + [t.get_text() for t in drawn.texts]
    assert "Tickets created per week by Components" in titles


def test_without_a_team_field_the_framework_title_is_used(export, capsys):
    assert main(["chart", "teams", str(export)]) == 0
    assert "Share of tickets by platform team" in capsys.readouterr().out


@pytest.mark.parametrize(("title", "words"), [
    ("Platform team", "platform team"), ("Components", "Components"),
    ("Team Name", "Team Name"), ("Macro category", "macro category"),
])
def test_titles_inside_a_sentence(title, words):
    assert in_sentence(title) == words


def test_the_crosstab_scale_leaves_out_unlabelled_and_totals():
    table = pl.DataFrame({"team": ["A", "Unlabelled", "Total"], "x": [2, 40, 42],
                          "Unlabelled": [30, 9, 39], "Total": [32, 49, 81]})
    scaled = [(row, column) for row in table["team"] for column in table.columns[1:]
              if heated(row, column)]
    assert scaled == [("A", "x")]
