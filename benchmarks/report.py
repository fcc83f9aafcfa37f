"""Time a monthly report on a generated 100,000-ticket board with a labels journal.

Usage: python benchmarks/report.py [--tickets 100000] [--folder /tmp/supp-report-bench]
Prints the time of each phase in-process, then `supp-tui report monthly` end to end against a
bare `polars.read_csv` of the same export, each in a fresh process, alternating (order flipped
each round), best and median of `--repeat`, and the ratio: what the whole report costs in
reads of the file.
"""

from __future__ import annotations

import argparse
import statistics
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


HERE = Path(__file__).resolve().parent


def _wall(argv: list[str]) -> float:
    """Wall time of one command run in a fresh process."""
    started = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def end_to_end(export: Path, output: Path, repeat: int) -> None:
    """`supp-tui report monthly` against a bare polars.read_csv, alternating, with ratios."""
    commands = {
        "supp-tui report monthly": [sys.executable, "-m", "supp_tui", "report", "monthly",
                                    str(export), "-o", str(output)],
        "polars.read_csv": [sys.executable, str(HERE / "read_export.py"), "--measure", "polars",
                            str(export)],
    }
    found: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat):
        order = list(commands.items())
        for name, argv in order[::-1] if round_ % 2 else order:
            found[name].append(_wall(argv))
    for stat, pick in (("best", min), ("median", statistics.median)):
        ours, read = (pick(found[name]) for name in commands)
        print(f"{stat} of {repeat}: report {ours:.2f} s, read_csv {read:.2f} s "
              f"(process start included), report = {ours / read:.1f}x read_csv")


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
    parser.add_argument("--repeat", type=int, default=3)
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
    end_to_end(export, args.folder / "reports", args.repeat)


if __name__ == "__main__":
    main()
