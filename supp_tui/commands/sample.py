"""`supp-tui sample`: write a realistic synthetic SUPP export (Jira all-fields CSV)."""

from __future__ import annotations

import argparse
from datetime import date

from analysis.errors import InputError

HELP = "Write a realistic synthetic SUPP board export (Jira 'all fields' CSV), seeded."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Output path, ticket count, seed and the date window."""
    parser.add_argument("-o", "--output", required=True, metavar="PATH",
                        help="CSV file to write (replaced atomically if it exists)")
    parser.add_argument("--tickets", type=int, default=5000, metavar="N",
                        help="number of tickets (default: 5000)")
    parser.add_argument("--seed", type=int, default=7,
                        help="random seed; the same seed gives the same bytes (default: 7)")
    parser.add_argument("--start", metavar="YYYY-MM-DD",
                        help="first day of the window (default: 52 weeks ending 2026-11-15)")
    parser.add_argument("--weeks", type=int, metavar="N",
                        help="length of the window in weeks (default: 52)")


def _start_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--start {text!r} is not a date; write it as YYYY-MM-DD, "
                         "e.g. 2025-11-17.") from None


def run(args: argparse.Namespace) -> int:
    """Generate the sample and print one line saying what was written."""
    from analysis.sample import generate_sample

    report = generate_sample(args.output, args.tickets, args.seed,
                             start=_start_date(args.start), weeks=args.weeks)
    megabytes = report.bytes / 1_000_000
    print(f"Wrote {report.tickets:,} tickets ({report.closed:,} closed, "
          f"{report.first_day:%d %b %Y} to {report.last_day:%d %b %Y}) "
          f"to {report.path}: {report.columns} columns, {megabytes:.1f} MB, seed {args.seed}.")
    return 0
