"""The files supp-tui writes beside exports, recognised by their first line so that the reader
never takes one of them for a Jira export."""

from __future__ import annotations

import csv

JOURNAL_MAGIC = "# supp-tui journal v"
LABELS_KEY_COLUMN = "key"
JIRA_IMPORT_COLUMNS = ("Issue key", "Summary")
JIRA_IMPORT_LABELS = "Labels"
BOM = "\ufeff"


def written_kind(first_line: bytes) -> str | None:
    """What supp-tui file a file's first line shows it to be, or None for anything else."""
    text = first_line.decode("utf-8", errors="replace").removeprefix(BOM).rstrip("\r\n")
    if text.startswith(JOURNAL_MAGIC):
        return "a supp-tui label journal"
    cells = next(csv.reader([text]), [])
    if cells[:1] == [LABELS_KEY_COLUMN]:
        return "a labels table written by `supp-tui labels export`"
    head, labels = tuple(cells[:2]), cells[2:]
    if head == JIRA_IMPORT_COLUMNS and labels and all(c == JIRA_IMPORT_LABELS for c in labels):
        return "a Jira-import CSV written by `supp-tui labels export --format jira`"
    return None
