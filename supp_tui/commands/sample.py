"""`supp-tui sample`: write a realistic synthetic SUPP export (Jira all-fields CSV), or the
same board as a pulled board (`.jsonl`, as `supp-tui pull` writes it)."""

from __future__ import annotations

from datetime import date

import click

from supp_tui.commands._progress import counting, progress
from supp_tui.commands._types import Count, IsoDate

HELP = "Write a realistic synthetic SUPP board export (Jira 'all fields' CSV), seeded."
DESCRIPTION = (f"{HELP}\n\nAn output ending in .jsonl gets the same board as a pulled board "
               f"(one Jira issue per line with its status changelog, and the pull record "
               f"beside it); --api picks Jira Cloud (ADF bodies) or Data Center shapes.")

EPILOG = """\
\b
examples:
  supp-tui sample -o board.csv
  supp-tui sample -o big.csv --tickets 100000 --seed 3
  supp-tui sample -o q1.csv --start 2026-01-05 --weeks 13
  supp-tui sample -o pulled.jsonl --api server
"""


@click.command("sample", short_help=HELP, help=DESCRIPTION, epilog=EPILOG)
@click.option("-o", "--output", required=True, metavar="PATH", type=click.Path(),
              help="CSV file (or .jsonl pulled board) to write (replaced atomically if it exists)")
@click.option("--tickets", type=Count(min=1), default=5000, metavar="N",
              help="number of tickets (default: 5000)")
@click.option("--seed", type=Count(min=0), default=7, metavar="SEED",
              help="random seed; the same seed gives the same bytes (default: 7)")
@click.option("--start", type=IsoDate(), metavar="YYYY-MM-DD",
              help="first day of the window (default: 52 weeks ending 2026-11-15)")
@click.option("--weeks", type=Count(min=1), metavar="N",
              help="length of the window in weeks (default: 52)")
@click.option("--api", type=click.Choice(["cloud", "server"]), default="cloud",
              help="for a .jsonl output: Jira Cloud v3 or Data Center v2 shapes (default: cloud)")
@click.option("--no-time", "no_time", is_flag=True,
              help="log no work on any ticket, as on a board that records no time")
def sample(output: str, tickets: int, seed: int, start: date | None, weeks: int | None,
           api: str, no_time: bool) -> int:
    """Generate the sample and print one line saying what was written."""
    from analysis.sample import generate_sample, write_pulled

    with progress() as step:
        step("Writing tickets", 0, tickets)
        counter = counting(step, "Writing tickets")
        if output.lower().endswith(".jsonl"):
            written = write_pulled(output, tickets, seed, api=api, start=start, weeks=weeks,
                                   progress=counter, time_tracking=not no_time)
        else:
            written = generate_sample(output, tickets, seed, start=start, weeks=weeks,
                                      progress=counter, time_tracking=not no_time)
    megabytes = written.bytes / 1_000_000
    print(f"Wrote {written.tickets:,} tickets ({written.closed:,} closed, "
          f"{written.first_day:%d %b %Y} to {written.last_day:%d %b %Y}) "
          f"to {written.path}: {written.columns} columns, {megabytes:.1f} MB, seed {seed}.")
    return 0
