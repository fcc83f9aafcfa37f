"""Every output command run with --anonymise leaves none of the people planted in a board."""

from __future__ import annotations

import csv
import shutil
from datetime import datetime, timedelta

import matplotlib.text
import pytest

from analysis.charts import CHARTS
from analysis.charts.png import _figure
from analysis.framework import default_framework_path
from analysis.journal import HEADER, Entry, format_entry
from analysis.metrics import KEY_VARIABLE
from supp_tui.cli import main

HEADER_ROW = [
    "Issue key", "Summary", "Issue Type", "Status", "Status Category", "Priority", "Reporter",
    "Reporter Id", "Assignee", "Assignee Id", "Creator", "Creator Id", "Watchers", "Watchers",
    "Watchers Id", "Watchers Id", "Project lead", "Project lead id", "Created", "Resolved",
    "Labels", "Comment",
]
SUMMARIES = (
    "Kwame: histogram buckets wrong, ask Mensah",
    "Carla Diaz says kwame.mensah@example.com bounces",
    "[~accountid:557058:abcd1234ef] and [~jsmith] cannot deploy",
    "Call +44 20 7946 0958 or (555) 123-4567 about the outage",
    "Olsen and Ravi Patel: 020 7946 0958 rings Moss",
    "Finn asks why Diaz's dashboard is empty",
)
PEOPLE = (
    ("Kwame Mensah", "557058:aaaa1111"), ("Eve Moss", "557058:bbbb2222"),
    ("Carla Diaz", "557058:cccc3333"), ("Ravi Patel", "557058:dddd4444"),
    ("Finn Olsen", "557058:ffff6666"),
)
PLANTED = (
    *[name for name, _ in PEOPLE], *[part for name, _ in PEOPLE for part in name.split()],
    *[identity for _, identity in PEOPLE], "kwame.mensah@example.com", "557058:abcd1234ef",
    "jsmith", "+44 20 7946 0958", "123-4567", "7946 0958",
)


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    """Six tickets over three weeks, their summaries and person columns full of people, with
    a journal that labels and scores every ticket."""
    folder = tmp_path_factory.mktemp("privacy")
    export = folder / "board.csv"
    start = datetime(2026, 11, 2, 9, 30)
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER_ROW)
        for number, summary in enumerate(SUMMARIES):
            created = start + timedelta(days=3 * number)
            reporter, assignee, creator, *watchers = [PEOPLE[(number + i) % 5] for i in range(5)]
            writer.writerow([
                f"SUPP-{number + 1}", summary, "Support Request", "Done", "Done", "Medium",
                *reporter, *assignee, *creator, watchers[0][0], watchers[1][0],
                watchers[0][1], watchers[1][1], *PEOPLE[4],
                created.strftime("%d/%b/%y %I:%M %p"),
                (created + timedelta(days=2)).strftime("%d/%b/%y %I:%M %p"), "platops",
                (f"{(created + timedelta(hours=1)).strftime('%d/%b/%y %I:%M %p')};"
                 f"{assignee[1]};on it, {reporter[0]}"),
            ])
    shutil.copy(default_framework_path(), folder / "labels.toml")
    with open(folder / "board.csv.labels.csv", "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for number in range(1, len(SUMMARIES) + 1):
            handle.write(format_entry(Entry("2026-11-24T12:00:00.000000Z", "tester",
                                            f"SUPP-{number}", "macro_category", "Metrics",
                                            "set")))
    return export


def run(capsys, *argv) -> tuple[int, str]:
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def leaked(text: str) -> list[str]:
    return [planted for planted in PLANTED if planted in text]


def test_the_board_really_holds_the_planted_people(capsys, board):
    status, out = run(capsys, "chart", "scores", board, "--width", "200", "--height", "40",
                      "--color", "never")
    assert status == 0 and "Kwame" in out


@pytest.mark.parametrize("arguments", [
    ["stats"], ["stats", "--json"], ["labels", "export", "--format", "jira", "-o", "-"],
    *[["chart", name, "--width", "200", "--height", "50", "--color", "never"]
      for name in CHARTS if name != "time-in-status"],  # needs a pulled board, not a CSV
    *[["chart", name, "--by", by, "--width", "200", "--height", "50", "--color", "never"]
      for name in ("teams", "weekly-by-team", "average-by-team", "resolution")
      for by in ("assignee", "reporter")],
    ["chart", "crosstab", "--by", "assignee", "--against", "reporter", "--width", "200",
     "--height", "50", "--color", "never"],
])
def test_text_outputs_keep_no_planted_person(capsys, board, arguments, monkeypatch):
    monkeypatch.setenv(KEY_VARIABLE, "team secret")
    where = 2 if arguments[0] in ("chart", "labels") else 1
    status, out = run(capsys, *arguments[:where], board, *arguments[where:], "--anonymise")
    assert status == 0, out
    assert "person-" in out or arguments[0] != "labels" or "SUPP-1" in out
    assert leaked(out) == []


def test_pngs_and_reports_keep_no_planted_person(capsys, board, tmp_path, monkeypatch):
    drawn: list[str] = []
    save_png = _figure.save_png

    def save_and_read(figure, path):
        drawn.extend(text.get_text() for text in figure.findobj(matplotlib.text.Text))
        return save_png(figure, path)

    monkeypatch.setattr(_figure, "save_png", save_and_read)
    monkeypatch.setenv(KEY_VARIABLE, "team secret")
    assert run(capsys, "figures", board, "-o", tmp_path / "figures", "--anonymise")[0] == 0
    assert run(capsys, "figures", board, "-o", tmp_path / "by", "--by", "assignee",
               "--anonymise")[0] == 0
    assert any("person-" in text for text in drawn)
    assert any("histogram buckets wrong" in text for text in drawn)
    assert leaked("\n".join(drawn)) == []
    for kind, period in (("weekly", "2026-W46"), ("monthly", "2026-11")):
        status, out = run(capsys, "report", kind, board, f"--{kind[:-2]}", period, "-o",
                          tmp_path / "reports", "--anonymise", "--no-figures")
        assert status == 0 and leaked(out) == []
        markdown = (tmp_path / "reports" / f"{period}.md").read_text(encoding="utf-8")
        assert "person-" in markdown and leaked(markdown) == []


def test_the_built_in_key_warns_once_that_tokens_can_be_recomputed(capsys, board, monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    main(["stats", str(board), "--anonymise", "--json"])
    err = capsys.readouterr().err
    assert err.count("recompute") == 1 and f"export {KEY_VARIABLE}=" in err
    monkeypatch.setenv(KEY_VARIABLE, "team secret")
    main(["stats", str(board), "--anonymise", "--json"])
    assert KEY_VARIABLE not in capsys.readouterr().err
