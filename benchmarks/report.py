"""Time a monthly report on a generated 100,000-ticket board with a labels journal.

Usage: python benchmarks/report.py [--tickets 100000] [--folder /tmp/supp-report-bench]
Prints the time of each phase in-process and of `supp-tui report monthly` end to end.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from analysis.journal import HEADER, Entry, default_journal_path, format_entry
from analysis.sample import sample_frame, write_sample

TRUTH = {"_macro_category": "macro_category", "_product": "product",
         "_origin_team": "origin_team", "_origin_location": "origin_location",
         "_origin_service": "origin_service"}


def write_truth_journal(export: Path, tickets: int, seed: int, labelled_share: float) -> Path:
    """A journal that labels a random `labelled_share` of the tickets with the generator's
    ground truth, as if someone had labelled them in the app."""
    truth = sample_frame(tickets, seed).select("Issue key", *TRUTH)
    truth = truth.sample(fraction=labelled_share, seed=seed, shuffle=False)
    journal = default_journal_path(export)
    with open(journal, "w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for row in truth.iter_rows(named=True):
            for column, dimension in TRUTH.items():
                if row[column]:
                    handle.write(format_entry(Entry("2026-11-16T09:00:00.000000Z", "bench",
                                                    row["Issue key"], dimension, row[column],
                                                    "set")))
    return journal


def timed(label: str, action):
    started = time.perf_counter()
    result = action()
    print(f"{label:<40} {time.perf_counter() - started:7.2f} s", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/supp-report-bench"))
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    export = args.folder / f"board-{args.tickets}.csv"
    if not export.exists():
        timed("generate export", lambda: write_sample(export, args.tickets, args.seed))
        timed("write journal (90% labelled)",
              lambda: write_truth_journal(export, args.tickets, args.seed, 0.9))
    print(f"board: {export} ({export.stat().st_size / 1e6:.0f} MB), polars {pl.__version__}")

    from analysis.metrics import open_board
    from analysis.report import render_markdown as render
    from analysis.report import report_charts, report_for_board, write_report

    board = timed("open board (read export + journal)", lambda: open_board([export]))
    report, tickets = timed("build monthly report (numbers)",
                            lambda: report_for_board(board, "monthly"))
    timed("render markdown", lambda: render(report))
    timed("chart data for the five figures",
          lambda: report_charts(tickets, report, board.framework))
    timed("whole report in-process (with PNGs)",
          lambda: write_report(board, "monthly", args.folder / "reports"))
    command = [sys.executable, "-m", "supp_tui", "report", "monthly", str(export),
               "-o", str(args.folder / "reports")]
    timed("supp-tui report monthly (end to end)", lambda: subprocess.run(command, check=True))


if __name__ == "__main__":
    main()
