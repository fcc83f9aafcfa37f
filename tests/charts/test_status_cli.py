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
