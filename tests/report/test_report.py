"""Reports end to end on the hand-made board: markdown snapshots, figures, determinism,
anonymisation and the errors a user can cause."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.metrics import open_board
from analysis.metrics._anonymise import KEY_VARIABLE, people, person_token
from analysis.report import write_report
from supp_tui.cli import main

REPORTS = {"weekly": None, "monthly": "2026-11", "quarterly": None}
LINK = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture(scope="module")
def open_test_board(write_board):
    """`open_test_board(folder)`: the hand-made board written into `folder` and opened."""
    def open_in(folder: Path):
        export = write_board(folder)
        return open_board([export], framework_path=folder / "labels.toml")
    return open_in


def test_the_board_reads_back_with_every_ticket(tmp_path, write_board, board_tickets):
    export = write_board(tmp_path)
    board = open_board([export], framework_path=tmp_path / "labels.toml")
    tickets = board.labelled()
    assert tickets.height == len(board_tickets)
    assert tickets.filter(tickets["key"] == "SUPP-30")["macro_category"].to_list() == [
        ["Deployments"]]
    assert tickets["closed_at"].null_count() == sum(1 for t in board_tickets if not t[1])


@pytest.fixture(scope="module")
def written(tmp_path_factory, open_test_board):
    """The three reports of the board, with their figures, written once for the module."""
    folder = tmp_path_factory.mktemp("board")
    board = open_test_board(folder)
    return {kind: write_report(board, kind, folder / "reports", key=key)
            for kind, key in REPORTS.items()}


@pytest.mark.parametrize("kind", list(REPORTS))
def test_report_markdown(kind, written, md_snapshot):
    """The weekly (default period), monthly (2026-11, partial) and quarterly reports."""
    assert written[kind].markdown.read_text(encoding="utf-8") == md_snapshot


def test_default_periods_are_the_last_complete_ones(written):
    names = {kind: report.markdown.name for kind, report in written.items()}
    assert names == {"weekly": "2026-W47.md", "monthly": "2026-11.md",
                     "quarterly": "2026-Q3.md"}


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_linked_png_exists_beside_the_markdown(kind, written):
    report = written[kind]
    links = LINK.findall(report.markdown.read_text(encoding="utf-8"))
    assert len(links) == 5
    for link in links:
        assert not Path(link).is_absolute()
        target = report.markdown.parent / link
        assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), link
    assert sorted(report.markdown.parent / link for link in links) == sorted(report.figures)


def test_two_runs_give_identical_bytes(tmp_path, written, open_test_board):
    board = open_test_board(tmp_path)
    again = write_report(board, "weekly", tmp_path / "again")
    first = written["weekly"]
    assert again.markdown.read_bytes() == first.markdown.read_bytes()
    for old, new in zip(sorted(first.figures), sorted(again.figures), strict=True):
        assert old.name == new.name
        assert old.read_bytes() == new.read_bytes(), old.name


def test_pngs_carry_no_timestamp_or_software_text(written):
    for png in written["weekly"].figures:
        data = png.read_bytes()
        assert b"tIME" not in data and b"Software" not in data and b"tEXt" not in data


@pytest.mark.parametrize("kind", list(REPORTS))
def test_anonymise_leaves_no_name_or_account_id(tmp_path, kind, monkeypatch, open_test_board,
                                                board_people, board_support):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    board = open_test_board(tmp_path)
    identities = people(board.tickets)
    assert {"Ana Silva", board_support[0], board_people["ana"][1]} <= set(identities)
    report = write_report(board, kind, tmp_path / "out", key=REPORTS[kind], anonymised=True,
                          figures=False)
    text = report.markdown.read_text(encoding="utf-8")
    assert "person-" in text
    for identity in identities:
        assert identity not in text, identity
    for name, _ in board_people.values():
        assert name.split()[0] not in text


def test_anonymised_tokens_are_the_same_in_every_report(tmp_path, monkeypatch, open_test_board,
                                                        board_support):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    board = open_test_board(tmp_path)
    assignee = person_token(board_support[0])
    for kind, key in (("weekly", "2026-W47"), ("monthly", "2026-11"), ("weekly", "2026-W40")):
        report = write_report(board, kind, tmp_path / kind, key=key, anonymised=True,
                              figures=False)
        assert f"assigned to {assignee}" in report.markdown.read_text(encoding="utf-8")


def test_cli_writes_the_report_and_says_where(tmp_path, capsys, write_board):
    export = write_board(tmp_path)
    status = main(["report", "weekly", str(export), "--framework", str(tmp_path / "labels.toml"),
                   "--week", "2026-W46", "-o", str(tmp_path / "out"), "--no-figures"])
    assert status == 0
    assert (tmp_path / "out" / "2026-W46.md").is_file()
    assert not (tmp_path / "out" / "2026-W46").exists()
    assert "2026-W46.md" in capsys.readouterr().out


@pytest.mark.parametrize(("arguments", "message"), [
    (["weekly", "--week", "2026-W60"], "is not a week; write it like 2026-W47"),
    (["monthly", "--month", "2026-13"], "is not a month"),
    (["quarterly", "--quarter", "2026-Q5"], "is not a quarter"),
    (["weekly", "--week", "2027-W02"], "outside the data, which runs from 2026-03-30"),
    (["monthly", "--month", "2025-12"], "outside the data"),
    (["monthly", "--week", "2026-W47"], "--week does not apply to a monthly report"),
])
def test_bad_periods_are_one_clear_sentence(tmp_path, capsys, arguments, message, write_board):
    export = write_board(tmp_path)
    kind, *options = arguments
    status = main(["report", kind, str(export), "--framework", str(tmp_path / "labels.toml"),
                   "-o", str(tmp_path / "out"), *options])
    error = capsys.readouterr().err
    assert status == 2
    assert message in error
    assert "Traceback" not in error
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_output_that_is_a_file_is_refused(tmp_path, open_test_board):
    board = open_test_board(tmp_path)
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder")
    with pytest.raises(InputError, match="is a file; pass a folder to -o"):
        write_report(board, "weekly", blocker, figures=False)


def test_a_period_with_only_open_tickets_still_reports_them(tmp_path, capsys, write_board):
    export = write_board(tmp_path)
    status = main(["report", "weekly", str(export), "--framework", str(tmp_path / "labels.toml"),
                   "--week", "2026-W33", "-o", str(tmp_path / "out"), "--no-figures"])
    assert status == 0, capsys.readouterr().err
    text = (tmp_path / "out" / "2026-W33.md").read_text(encoding="utf-8")
    assert "| Backlog at end | 1 |" in text
    assert "Open longest at the end of this week:" in text and "SUPP-1 " in text


def test_data_shorter_than_one_period_reports_the_partial_period(tmp_path, open_test_board):
    board = open_test_board(tmp_path)
    short = board.export.tickets.filter(board.export.tickets["key"].is_in(["SUPP-37", "SUPP-38"]))
    from dataclasses import replace

    from analysis.report import render_markdown, report_for_board

    tiny = replace(board, export=replace(board.export, tickets=short))
    report, _ = report_for_board(tiny, "quarterly")
    assert report.period.key == "2026-Q4" and not report.complete
    assert "before this quarter is over: its numbers are partial" in render_markdown(report)
