"""Warnings about journal labels a board cannot use: tickets it lacks, dimensions and options
its labels.toml does not define (options through the counting rule's own warning)."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from analysis.framework import Framework
from analysis.metrics._labelled import unknown_options_warning

EXAMPLES = 5


def label_warnings(labels: pl.DataFrame, tickets: pl.DataFrame, framework: Framework,
                   journal: Path) -> tuple[str, ...]:
    """One sentence per kind of label the board leaves out or shows under a raw id."""
    if labels.is_empty():
        return ()
    warnings = []
    keys = labels.filter(~pl.col("key").is_in(tickets.get_column("key").implode()))
    stray = keys.get_column("key").unique(maintain_order=True).to_list()
    if stray:
        warnings.append(f"{journal} labels {_count(len(stray), 'ticket')} that this board does "
                        f"not have ({_examples(stray)}); those labels are left out.")
    known = set(framework.dimension_ids)
    for name, count in _counts(labels.filter(~pl.col("dimension").is_in(list(known))),
                               "dimension"):
        warnings.append(f"{journal} has labels for the dimension '{name}' on "
                        f"{_count(count, 'ticket')}, which labels.toml does not define; they are "
                        f"left out (use the labels.toml they were made with).")
    unknown = unknown_options_warning(labels, framework, str(journal))
    if unknown:
        warnings.append(unknown)
    return tuple(warnings)


def _counts(frame: pl.DataFrame, column: str) -> list[tuple[str, int]]:
    """Distinct values of `column` with the number of tickets each is on, most first."""
    counted = frame.group_by(column).agg(pl.col("key").n_unique().alias("n"))
    return [(str(v), int(n)) for v, n in counted.sort(["n", column], descending=[True, False])
            .iter_rows()]


def _examples(values: list[str], quote: bool = False) -> str:
    shown = [f"'{v}'" if quote else v for v in values[:EXAMPLES]]
    more = f" and {len(values) - EXAMPLES:,} more" if len(values) > EXAMPLES else ""
    return ", ".join(shown) + more


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
