"""Purity and runtime of the recurring problems a report lists, measured on generated boards.

Usage: python benchmarks/recurring.py [--tickets 3000] [--seed 7] [--big 100000]
         [--big-board FILE]
         [--folder /tmp/supp-recurring-bench]
Groups each week's and each month's tickets of the board `supp-tui sample --tickets N --seed S`
writes (the demo board by default) and prints the purity against the generator's stories (the
share of grouped tickets whose story is their group's commonest), how many tickets were
grouped, and the time taken; then the time of the busiest week and month of a `--big` board.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import polars as pl
from _exports import generated_export

from analysis.jira import read_board
from analysis.metrics import CalendarPeriod, period_at
from analysis.report import period_problems
from analysis.sample import hidden_answers
from analysis.suggest import purity

COLUMNS = ("summary", "description")


def periods(tickets: pl.DataFrame, unit: str) -> list[CalendarPeriod]:
    """Every `unit` from the first ticket created to the last."""
    created = tickets["created"].drop_nulls().to_list()
    period, last = period_at(unit, min(created).date()), max(created)  # type: ignore[arg-type]
    found = []
    while period.start <= last:
        found.append(period)
        period = period.shifted(1)
    return found


def board_purity(tickets: pl.DataFrame, stories: dict[str, str], unit: str) -> str:
    """One line: purity, grouped tickets and time over every `unit` of the board."""
    problems, started = [], time.perf_counter()
    for period in periods(tickets, unit):
        problems += period_problems(tickets, (period.key, period.start, period.end))
    took = time.perf_counter() - started
    share, grouped = purity(problems, stories)
    return (f"{unit:>5}: purity {share:.3f}, {grouped:,} of {tickets.height:,} tickets in "
            f"{len(problems):,} groups, {took:.1f} s")


def busiest(tickets: pl.DataFrame, unit: str) -> str:
    """One line: the time to group the `unit` with the most tickets created."""
    found = periods(tickets, unit)
    sizes = [(tickets.filter((pl.col("created") >= p.start) & (pl.col("created") < p.end)).height,
              p) for p in found]
    size, period = max(sizes, key=lambda pair: pair[0])
    started = time.perf_counter()
    problems = period_problems(tickets, (period.key, period.start, period.end))
    took = time.perf_counter() - started
    return f"busiest {unit} {period.key}: {size:,} tickets, {len(problems):,} groups, {took:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--big-board", type=Path, help="an existing big export to time instead")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/supp-recurring-bench"))
    options = parser.parse_args()
    board = generated_export(options.folder, options.tickets, options.seed)
    tickets = read_board(board, columns=COLUMNS).tickets
    answers = hidden_answers(options.tickets, options.seed)
    stories = dict(zip(answers["key"], answers["story"], strict=True))
    print(f"{options.tickets:,} tickets, seed {options.seed}")
    for unit in ("week", "month"):
        print(board_purity(tickets, stories, unit), flush=True)
    if options.big or options.big_board:
        path = options.big_board or generated_export(options.folder, options.big, options.seed)
        big = read_board(path, columns=COLUMNS).tickets
        print(f"{path.name}: {big.height:,} tickets")
        for unit in ("week", "month"):
            print(busiest(big, unit), flush=True)


if __name__ == "__main__":
    main()
