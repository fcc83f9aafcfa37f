"""A folder of exports through the real CLI: its journal sits beside the folder, files supp-tui
wrote are never read as exports, an old journal inside the folder is still used, and `label`
leaves no journal behind when it refuses its input."""

from __future__ import annotations

import json

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

HEADER = "Issue key,Summary,Created,Labels\n"
FIRST = HEADER + "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,platops\n"
SECOND = HEADER + "SUPP-2,Pipeline stuck,06/Jan/26 2:15 PM,\n"


@pytest.fixture
def folder(tmp_path):
    """exports/ holding two 1-ticket slices of one board."""
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "a.csv").write_text(FIRST, encoding="utf-8")
    (exports / "b.csv").write_text(SECOND, encoding="utf-8")
    return exports


def stats(capsys, *args) -> tuple[dict, str]:
    status = main(["stats", *map(str, args), "--json"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out), captured.err


def label(journal, key="SUPP-2", team="observability") -> None:
    with open_journal(journal, by="ana") as writer:
        writer.set(key, "platform_team", team, multi=False)


def test_a_folder_journal_sits_beside_the_folder_and_is_used(folder, capsys):
    label(folder.with_name("exports.labels.csv"))
    numbers, _ = stats(capsys, folder)
    assert numbers["tickets"] == 2
    assert numbers["per_team"]["Observability"] == 1
    assert numbers["warnings"] == []


def test_files_supp_tui_wrote_inside_the_folder_are_not_read_as_exports(folder, capsys):
    label(folder / "mine.labels.csv")
    assert main(["labels", "export", str(folder), "-o", str(folder / "labels.csv")]) == 0
    assert main(["labels", "export", str(folder), "--format", "jira",
                 "-o", str(folder / "jira-import.csv")]) == 0
    capsys.readouterr()
    numbers, _ = stats(capsys, folder)
    assert numbers["tickets"] == 2


def test_an_old_journal_inside_the_folder_is_still_used_with_a_warning(folder, capsys):
    old = folder / "board.csv.labels.csv"
    label(old)
    numbers, _ = stats(capsys, folder)
    assert numbers["tickets"] == 2
    assert numbers["per_team"]["Observability"] == 1
    [warning] = numbers["warnings"]
    assert str(old) in warning and str(folder.with_name("exports.labels.csv")) in warning


def test_the_journal_beside_the_folder_wins_over_an_old_one_inside(folder, capsys):
    label(folder / "board.csv.labels.csv", team="observability")
    label(folder.with_name("exports.labels.csv"), team="platops")
    numbers, _ = stats(capsys, folder)
    assert "Observability" not in numbers["per_team"]
    assert numbers["warnings"] == []


@pytest.mark.parametrize("name", ["journal", "labels-csv", "jira-import"])
def test_a_file_supp_tui_wrote_named_as_an_export_is_refused(folder, capsys, name):
    written = {
        "journal": folder.with_name("exports.labels.csv"),
        "labels-csv": folder.with_name("labels.csv"),
        "jira-import": folder.with_name("jira.csv"),
    }[name]
    label(folder.with_name("exports.labels.csv"))
    fmt = {"labels-csv": "csv", "jira-import": "jira"}.get(name)
    if fmt:
        assert main(["labels", "export", str(folder), "--format", fmt, "-o", str(written)]) == 0
    capsys.readouterr()
    assert main(["stats", str(written)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(written) in err and "supp-tui" in err
    assert "Jira export" in err


def test_a_folder_holding_only_journals_says_so(tmp_path, capsys):
    exports = tmp_path / "exports"
    exports.mkdir()
    label(exports / "board.csv.labels.csv")
    assert main(["stats", str(exports)]) == 2
    err = capsys.readouterr().err
    assert "no Jira exports" in err and "board.csv.labels.csv" in err


@pytest.mark.parametrize("case", ["missing", "empty", "not-csv", "journal"])
def test_label_leaves_no_journal_beside_an_export_it_refuses(tmp_path, capsys, case):
    export = tmp_path / "board.csv"
    if case == "empty":
        export.write_text("", encoding="utf-8")
    elif case == "not-csv":
        export.write_bytes(b"PK\x03\x04zipped")
    elif case == "journal":
        export = tmp_path / "old.labels.csv"
        label(export)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["label", str(export)]) == 2
    assert "error" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == before
