"""`supp-tui framework rename|remove` through the real CLI, with the board's journal."""

from __future__ import annotations

import shutil

import pytest

from analysis.framework import default_framework_path, load_framework
from analysis.journal import HEADER
from supp_tui.cli import main

AT = "2026-01-05T09:00:00.000000Z"
EXPORT = "Issue key,Summary,Created\nSUP-1,a,05/Jan/26 10:00 AM\nSUP-2,b,05/Jan/26 10:00 AM\n"


@pytest.fixture
def board(tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    shutil.copy(default_framework_path(), tmp_path / "labels.toml")
    lines = [f"{AT},ana,SUP-{n},product,cost_reporting,add" for n in (1, 2, 1)]
    lines.append(f"{AT},ana,SUP-2,product,grafana,add")
    (tmp_path / "board.csv.labels.csv").write_text(
        HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_remove_of_a_used_option_lists_the_lines_and_keeps_it(board, capsys):
    assert main(["framework", "remove", "product", "Cost reporting", "--board", str(board)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "3 journal lines of" in err and "tickets SUP-1, SUP-2" in err
    assert "supp-tui framework rename" in err and "--force" in err
    assert load_framework(board.parent / "labels.toml").dimension("product").resolve("kubecost")


def test_remove_with_force_reports_the_lines(board, capsys):
    args = ["framework", "remove", "product", "kubecost", "--board", str(board), "--force"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Removed 'Cost reporting' (id cost_reporting) from Product" in out
    assert "3 journal lines use it (tickets SUP-1, SUP-2)" in out
    framework = load_framework(board.parent / "labels.toml")
    assert framework.dimension("product").resolve("kubecost") is None


def test_remove_of_an_unused_option_says_no_line_used_it(board, capsys):
    assert main(["framework", "remove", "product", "vpn", "--board", str(board)]) == 0
    assert "No line of" in capsys.readouterr().out


def test_remove_without_a_board_says_no_journal_was_checked(board, capsys):
    labels = board.parent / "labels.toml"
    assert main(["framework", "remove", "product", "vpn", "--labels", str(labels)]) == 0
    assert "No journal was checked" in capsys.readouterr().out


def test_rename_keeps_the_old_spellings_and_comments(board, capsys):
    labels = board.parent / "labels.toml"
    comments = [line for line in labels.read_text().splitlines() if line.startswith("#")]
    args = ["framework", "rename", "product", "grafana", "Grafana dashboards", "--board",
            str(board)]
    assert main(args) == 0
    assert "'grafana' and 'Grafana' stay as its aliases" in capsys.readouterr().out
    product = load_framework(labels).dimension("product")
    assert product.resolve("grafana").id == "grafana_dashboards"
    assert product.name_of("grafana") == "Grafana dashboards"
    assert [line for line in labels.read_text().splitlines() if line.startswith("#")] == comments
    assert main(["stats", str(board), "--json"]) == 0


def test_unknown_option_and_dimension_are_one_sentence(board, capsys):
    assert main(["framework", "rename", "product", "kafka", "Kafka", "--board", str(board)]) == 2
    assert "has no option 'kafka'" in capsys.readouterr().err
    assert main(["framework", "remove", "prodcut", "vpn", "--board", str(board)]) == 2
    assert "Unknown dimension 'prodcut'" in capsys.readouterr().err


def test_the_built_in_labels_toml_is_never_changed(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["framework", "remove", "product", "vpn"]) == 2
    assert "built-in labels.toml" in capsys.readouterr().err


def test_a_missing_board_is_one_sentence(tmp_path, capsys):
    assert main(["framework", "remove", "product", "vpn", "--board", str(tmp_path / "no.csv")]) == 2
    assert "does not exist; give the path of a Jira export" in capsys.readouterr().err
