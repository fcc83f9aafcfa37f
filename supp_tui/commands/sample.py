"""`supp-tui sample`: write a realistic synthetic SUPP export (Jira all-fields CSV)."""

from __future__ import annotations

from datetime import date

import click

from supp_tui.commands._progress import counting, progress
from supp_tui.commands._types import Count, IsoDate

HELP = "Write a realistic synthetic SUPP board export (Jira 'all fields' CSV), seeded."

EPILOG = """\
\b
examples:
  supp-tui sample -o board.csv
  supp-tui sample -o big.csv --tickets 100000 --seed 3
  supp-tui sample -o q1.csv --start 2026-01-05 --weeks 13
"""


@click.command("sample", short_help=HELP, help=HELP, epilog=EPILOG)
@click.option("-o", "--output", required=True, metavar="PATH", type=click.Path(),
              help="CSV file to write (replaced atomically if it exists)")
@click.option("--tickets", type=Count(min=1), default=5000, metavar="N",
              help="number of tickets (default: 5000)")
@click.option("--seed", type=Count(min=0), default=7, metavar="SEED",
              help="random seed; the same seed gives the same bytes (default: 7)")
@click.option("--start", type=IsoDate(), metavar="YYYY-MM-DD",
              help="first day of the window (default: 52 weeks ending 2026-11-15)")
@click.option("--weeks", type=Count(min=1), metavar="N",
              help="length of the window in weeks (default: 52)")
def sample(output: str, tickets: int, seed: int, start: date | None, weeks: int | None) -> int:
    """Generate the sample and print one line saying what was written."""
    from analysis.sample import generate_sample

    with progress() as step:
        step("Writing tickets", 0, tickets)
        written = generate_sample(output, tickets, seed, start=start, weeks=weeks,
                                  progress=counting(step, "Writing tickets"))
    megabytes = written.bytes / 1_000_000
    print(f"Wrote {written.tickets:,} tickets ({written.closed:,} closed, "
          f"{written.first_day:%d %b %Y} to {written.last_day:%d %b %Y}) "
          f"to {written.path}: {written.columns} columns, {megabytes:.1f} MB, seed {seed}.")
    return 0
