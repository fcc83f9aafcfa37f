"""Materialise the journal's current labels as a CSV table, a TOML file, or a Jira-import CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import polars as pl
import tomlkit

from analysis.atomic import ensure_output_file_folder, write_text_atomically
from analysis.errors import InputError
from analysis.framework import Framework
from analysis.journal._jira_labels import ticket_jira_labels
from analysis.names import LABEL_FORMATS as FORMATS
from analysis.written import JIRA_IMPORT_COLUMNS, JIRA_IMPORT_LABELS, LABELS_KEY_COLUMN

MULTI_SEPARATOR = "; "

# The ticket columns a label export reads (the Jira-import CSV quotes summaries and labels).
EXPORT_COLUMNS = ("key", "summary", "labels")
# ticket key -> dimension id -> display names, tickets in export order then the journal's others.
Table = dict[str, dict[str, list[str]]]


def labels_table(tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework) -> Table:
    """Current labels per ticket with option names; keys only in the journal come last, sorted."""
    table: Table = {}
    for key, dimension, value in labels.iter_rows():
        shown = framework.option_name(dimension, value)
        table.setdefault(key, {}).setdefault(dimension, []).append(shown)
    exported = [key for key in tickets["key"].to_list() if key in table]
    others = sorted(set(table) - set(exported))
    return {key: table[key] for key in exported + others}


def dimension_order(table: Table, framework: Framework) -> list[str]:
    """The framework's dimension ids, then any other dimension the journal holds."""
    known = list(framework.dimension_ids)
    extra = sorted({d for dims in table.values() for d in dims} - set(known))
    return known + extra


def render_csv(tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework) -> str:
    """One row per labelled ticket: key, then one column per dimension (several values joined
    with '; ')."""
    table = labels_table(tickets, labels, framework)
    columns = dimension_order(table, framework)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([LABELS_KEY_COLUMN, *columns])
    for key, dims in table.items():
        writer.writerow([key, *(MULTI_SEPARATOR.join(dims.get(c, ())) for c in columns)])
    return buffer.getvalue()


def render_toml(tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework) -> str:
    """One TOML table per labelled ticket; multi-value dimensions are arrays, others strings."""
    multi = {dimension.id: dimension.multi for dimension in framework.dimensions}
    table = labels_table(tickets, labels, framework)
    document = {
        key: {
            dimension: values if multi.get(dimension, len(values) > 1) else values[0]
            for dimension, values in dims.items()
        }
        for key, dims in table.items()
    }
    return tomlkit.dumps(document)


def render_jira(tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework) -> str:
    """A Jira-import CSV: Issue key, Summary and repeated Labels columns holding the ticket's Jira
    labels plus one per new value; only tickets in the export and with labels are listed."""
    new: dict[str, list[tuple[str, str]]] = {}
    for key, dimension, value in labels.iter_rows():
        new.setdefault(key, []).append((dimension, value))
    rows = []
    wanted = tickets.filter(pl.col("key").is_in(list(new))).select("key", "summary", "labels")
    for key, summary, existing in wanted.iter_rows():
        merged = list(existing or [])
        folded = {label.casefold() for label in merged}
        merged.extend(label for label in ticket_jira_labels(new[key], merged, framework)
                      if label.casefold() not in folded)
        rows.append((key, summary or "", merged))
    width = max((len(labels_) for _, _, labels_ in rows), default=1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*JIRA_IMPORT_COLUMNS, *([JIRA_IMPORT_LABELS] * width)])
    for key, summary, merged in rows:
        writer.writerow([key, summary, *merged, *([""] * (width - len(merged)))])
    return buffer.getvalue()


_RENDERERS: dict[str, Callable[[pl.DataFrame, pl.DataFrame, Framework], str]] = {
    "csv": render_csv, "toml": render_toml, "jira": render_jira,
}


def render_labels(format: str, tickets: pl.DataFrame, labels: pl.DataFrame,
                  framework: Framework) -> str:
    """The current labels as text in one of FORMATS."""
    if format not in _RENDERERS:
        raise InputError(f"unknown labels export format {format!r}; use one of {', '.join(FORMATS)}.")
    return _RENDERERS[format](tickets, labels, framework)


def export_labels(tickets: pl.DataFrame, labels: pl.DataFrame, framework: Framework,
                  format: str, output: str | Path) -> int:
    """Write the current labels in one of FORMATS atomically; returns the labelled ticket count."""
    text = render_labels(format, tickets, labels, framework)
    output = Path(output)
    if not output.parent.is_dir():
        raise InputError(f"cannot write {output}: the folder {output.parent} does not exist.")
    ensure_output_file_folder(output)
    write_text_atomically(output, text)
    return labels["key"].n_unique()
