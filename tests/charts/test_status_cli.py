"""`supp-tui chart time-in-status` and `figures` on a CSV export, through the entry point:
one sentence says a pulled board is needed."""

from __future__ import annotations

import pytest

from analysis.metrics import NEEDS_PULL
from analysis.sample import write_sample
from supp_tui.cli import main


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    folder = tmp_path_factory.mktemp("board")
    return write_sample(folder / "board.csv", tickets=120, seed=5)


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_chart_on_a_csv_export_says_it_needs_a_pull(capsys, export):
    status, out, err = run(capsys, "chart", "time-in-status", export, "--width", "90",
                           "--height", "30", "--color", "never")
    assert status == 2
    assert out == ""
    assert NEEDS_PULL in err
    assert "Traceback" not in err


def test_chart_list_names_it(capsys):
    status, out, _ = run(capsys, "chart", "LIST")
    assert status == 0
    assert "time-in-status" in out and "supp-tui pull" in out


def test_figures_skip_it_on_a_csv_export_with_the_sentence(capsys, export, tmp_path):
    status, out, err = run(capsys, "figures", export, "-o", tmp_path / "figures")
    assert status == 0
    assert "11-time-in-status.png" not in out and "01-teams.png" in out
    assert f"skipped time-in-status: {NEEDS_PULL}" in err


def test_figures_asked_for_it_fail_with_the_sentence(capsys, export, tmp_path):
    status, _, err = run(capsys, "figures", export, "-o", tmp_path / "figures",
                         "--charts", "time-in-status")
    assert status == 2
    assert NEEDS_PULL in err


@pytest.fixture
def pulled_columns(monkeypatch):
    """Every board opened gets the status changes a pulled board carries (the pulled-board
    reader is another part of the work): Open until an hour after creation, then In Progress
    until closed."""
    import polars as pl

    from analysis.metrics import Board

    plain = Board.labelled

    def with_changes(board: Board) -> pl.DataFrame:
        tickets = plain(board)
        start = pl.col("created") + pl.duration(hours=1)
        picked = pl.struct(start.alias("at"), pl.lit("Open").alias("from_status"),
                           pl.lit("new").alias("from_category"),
                           pl.lit("In Progress").alias("to_status"),
                           pl.lit("indeterminate").alias("to_category"))
        done = pl.struct(pl.max_horizontal("closed_at", start).alias("at"),
                         pl.lit("In Progress").alias("from_status"),
                         pl.lit("indeterminate").alias("from_category"),
                         pl.lit("Done").alias("to_status"), pl.lit("done").alias("to_category"))
        changes = pl.when(pl.col("closed_at").is_null()).then(pl.concat_list(picked)).otherwise(
            pl.concat_list(picked, done))
        return tickets.with_columns(changes.alias("status_changes"))

    monkeypatch.setattr(Board, "labelled", with_changes)


def test_chart_on_a_pulled_board(capsys, export, pulled_columns):
    status, out, err = run(capsys, "chart", "time-in-status", export, "--width", "100",
                           "--height", "40", "--color", "never", "--by", "priority")
    assert status == 0, err
    assert "Time in status" in out and "In Progress n=" in out
    assert "Mean time per ticket by Priority" in out
    assert "Open n=120 ┤█ 1.0h (total 5.0d, 0%)" in out


def test_figures_and_report_on_a_pulled_board(capsys, export, pulled_columns, tmp_path):
    status, out, err = run(capsys, "figures", export, "-o", tmp_path / "figures",
                           "--charts", "time-in-status")
    assert status == 0, err
    assert out.strip().endswith("11-time-in-status.png")
    status, out, err = run(capsys, "report", "monthly", export, "-o", tmp_path / "reports",
                           "--no-figures")
    assert status == 0, err
    written = next((tmp_path / "reports").rglob("*.md")).read_text(encoding="utf-8")
    assert "Where time went on the" in written and "In Progress:" in written
