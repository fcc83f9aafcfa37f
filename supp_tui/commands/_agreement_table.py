"""Human-readable rendering of `supp-tui agreement` with rich tables."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

if TYPE_CHECKING:
    import polars as pl

    from analysis.framework import Framework
    from analysis.metrics import Agreement

SHOWN_KEYS = 6


def print_agreement(results: Sequence[Agreement], ratings: Sequence[pl.DataFrame],
                    framework: Framework, keys: Sequence[str], journals: Sequence[str],
                    console: Console | None = None) -> None:
    """The figures per dimension, then each dimension's most disagreed value pairs."""
    from analysis.metrics import disagreements, shared_categories

    console = console or Console(highlight=False)
    names = ", ".join(escape(Path(j).name) for j in journals)
    console.print(f"[bold]Agreement[/bold] between {len(journals)} labellers: {names}")
    console.print(_figures_table(results, framework))
    unshared = [framework.dimension(r.dimension).title for r in results if r.tickets == 0]
    if unshared:
        console.print(f"Not compared, as no ticket is labelled by every labeller in them: "
                      f"{escape(', '.join(unshared))}.")
    for result in results:
        if result.note and result.tickets:
            console.print(f"{escape(framework.dimension(result.dimension).title)}: "
                          f"{escape(result.note)}")
    for result in results:
        shared = shared_categories(ratings, result.dimension, keys)
        pairs = disagreements(shared, len(ratings))
        if pairs.height:
            console.print(_pairs_table(result.dimension, pairs, framework))


def _figures_table(results: Sequence[Agreement], framework: Framework) -> Table:
    table = Table(title="Per dimension", box=box.SIMPLE_HEAD, title_justify="left",
                  caption="Tickets: labelled by every labeller in that dimension.",
                  caption_justify="left")
    for column in ("Dimension", "Tickets", "Cohen's kappa", "Krippendorff's alpha"):
        table.add_column(column, justify="left" if column == "Dimension" else "right")
    for result in results:
        table.add_row(escape(framework.dimension(result.dimension).title), f"{result.tickets:,}",
                      _figure(result.kappa), _figure(result.alpha))
    return table


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _pairs_table(dimension: str, pairs: pl.DataFrame, framework: Framework) -> Table:
    title = framework.dimension(dimension).title
    table = Table(title=f"{escape(title)}: most disagreed values", box=box.SIMPLE_HEAD,
                  title_justify="left")
    for column in ("One labeller", "Another", "Tickets", "Keys"):
        table.add_column(column, justify="right" if column == "Tickets" else "left")
    for first, second, count, keys in pairs.iter_rows():
        shown = ", ".join(keys[:SHOWN_KEYS]) + (", …" if len(keys) > SHOWN_KEYS else "")
        table.add_row(escape(_name(framework, dimension, first)),
                      escape(_name(framework, dimension, second)), str(count), escape(shown))
    return table


def _name(framework: Framework, dimension: str, category: str) -> str:
    """Display names of a category's options (`a+b` -> `A + B`)."""
    from analysis.metrics import CATEGORY_SEPARATOR

    return " + ".join(framework.option_name(dimension, v)
                      for v in category.split(CATEGORY_SEPARATOR))
