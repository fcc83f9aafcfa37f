"""`supp-tui agreement`: how far labellers agree, per dimension, from their journals."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from analysis.errors import InputError
from supp_tui.commands._board import EXPORTS_HELP, BoardSource, board_options, print_warnings

if TYPE_CHECKING:
    import polars as pl

HELP = "Measure how far labellers agree: Cohen's kappa (two) and Krippendorff's alpha, per dimension."

EPILOG = """\
Give each labeller's journal with --journal (two or more). A ticket counts in a dimension when
every labeller gave it a value there; a multi-valued dimension compares the whole set chosen
(one category such as 'vault+grafana'). Kappa is for exactly two labellers; alpha (nominal)
for any number. With fewer than two shared tickets, or one value only, the figures are
undefined and the output says why. JSON (--json) is one object
{dimension_id: {"kappa": float|null, "alpha": float|null, "tickets": int}}.

\b
examples:
  supp-tui agreement board.csv --journal ana.labels.csv --journal bo.labels.csv
  supp-tui agreement exports/ --journal a.csv --journal b.csv --journal c.csv --json
"""


@click.command("agreement", short_help=HELP, help=f"{HELP}\n\n{EXPORTS_HELP}", epilog=EPILOG)
@board_options(with_journal=False)
@click.option("--journal", "journals", multiple=True, required=True, metavar="PATH",
              type=click.Path(), help="a labeller's journal; give two or more")
@click.option("--json", "as_json", is_flag=True, help="print one JSON object instead")
def agreement(board: BoardSource, journals: tuple[str, ...], as_json: bool) -> int:
    """Print each dimension's agreement between the journals' labellers."""
    from analysis.metrics import agreement as measure

    ratings = read_ratings(journals)
    opened = board.open(columns=["key"])
    keys = opened.tickets.get_column("key").to_list()
    results = measure(ratings, opened.framework, keys)
    print_warnings(opened.export.warnings)
    if as_json:
        numbers = {a.dimension: {"kappa": a.kappa, "alpha": a.alpha, "tickets": a.tickets}
                   for a in results}
        json.dump(numbers, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        from supp_tui.commands._agreement_table import print_agreement

        print_agreement(results, ratings, opened.framework, keys, journals)
    return 0


def read_ratings(journals: tuple[str, ...]) -> list[pl.DataFrame]:
    """Each journal's replayed labels; InputError when fewer than two or one is missing."""
    from analysis.journal import read_labels_warned

    if len(set(journals)) < 2:
        raise InputError("agreement needs the journals of two or more labellers; pass "
                         "--journal once for each, e.g. --journal ana.labels.csv "
                         "--journal bo.labels.csv.")
    ratings = []
    for journal in journals:
        if not Path(journal).is_file():
            raise InputError(f"the journal {journal} does not exist; check the path given "
                             f"with --journal.")
        labels, warnings = read_labels_warned(journal)
        print_warnings(warnings)
        ratings.append(labels)
    return ratings
