"""Writing a report reports each figure drawn, so the CLI can show a progress bar."""

from __future__ import annotations

from analysis.metrics import open_board
from analysis.report import write_report


def test_write_report_reports_each_figure(tmp_path, write_board):
    board = open_board([write_board(tmp_path)], framework_path=tmp_path / "labels.toml")
    calls: list[tuple[int, int]] = []
    written = write_report(board, "weekly", tmp_path / "reports",
                           progress=lambda d, t: calls.append((d, t)))
    total = len(written.figures)
    assert total and calls == [(done, total) for done in range(1, total + 1)]
