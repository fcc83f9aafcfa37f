"""The report's per-labeller section: tickets each labeller changed in the period, and complete."""

from __future__ import annotations

import polars as pl

from analysis.report import _format as fmt


def labellers_section(progress: pl.DataFrame | None) -> list[str]:
    """A heading and a pipe table of per-labeller progress; nothing when nobody labelled."""
    if progress is None or progress.is_empty():
        return []
    rows = ["| Labeller | Tickets labelled | Now complete |", "|---|--:|--:|"]
    rows += [f"| {fmt.escape(name)} | {labelled:,} | {complete:,} |"
             for name, labelled, complete in progress.select(
                 "labeller", "labelled", "complete").iter_rows()]
    note = ("Tickets each labeller changed in the journal during the period; now complete: "
            "of those, the ones with every required label.")
    return ["## Labelling progress", note, "\n".join(rows)]
