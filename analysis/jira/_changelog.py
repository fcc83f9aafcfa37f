"""The status transitions of a pulled board's changelog, as the frame column `status_changes`:
one `{at, from_status, from_category, to_status, to_category}` per status item, sorted by `at`,
categories as Jira's statusCategory keys (`new`, `indeterminate`, `done`)."""

from __future__ import annotations

from typing import Any

import polars as pl

from analysis.jira._dates import DATETIME
from analysis.jira._source import RECORD_COLUMN

STATUS_CHANGES = "status_changes"
STATUS_CHANGE = pl.Struct({
    "at": DATETIME, "from_status": pl.String, "from_category": pl.String,
    "to_status": pl.String, "to_category": pl.String,
})
# Jira's changelog timestamps, wall clock only (`2026-01-17T10:32:00.000`).
_CHANGED_AT = "%Y-%m-%dT%H:%M:%S%.f"


class ChangeRows:
    """The status items of a board's changelogs, gathered one issue at a time (so a pulled
    board never needs all its issues in memory at once)."""

    def __init__(self) -> None:
        self.records: list[int] = []
        self.owner: list[int] = []
        self.at: list[str] = []
        self.before: list[str | None] = []
        self.after: list[str | None] = []
        self.categories: dict[str, str] = {}

    def add(self, record: int, issue: dict[str, Any]) -> None:
        """Take one issue's status transitions and its current status's category."""
        self.records.append(record)
        status = issue["fields"].get("status")
        if isinstance(status, dict) and status.get("name"):
            key = (status.get("statusCategory") or {}).get("key")
            if key:
                self.categories.setdefault(str(status["name"]), str(key))
        for history in (issue.get("changelog") or {}).get("histories") or ():
            for item in history.get("items") or ():
                if item.get("field") == "status" and item.get("fieldtype", "jira") == "jira":
                    self.owner.append(record)
                    self.at.append(str(history.get("created") or "")[:23])
                    self.before.append(item.get("fromString"))
                    self.after.append(item.get("toString"))

    def frame(self, statuses: dict[str, dict[str, str]]) -> pl.DataFrame:
        """[source_record, status_changes]: every issue's status transitions, an empty list
        for an issue without any. A status's category comes from `statuses` (the pull
        record), else from the issues that currently have it, else is null."""
        return _frame(self, statuses)


def _frame(rows: ChangeRows, statuses: dict[str, dict[str, str]]) -> pl.DataFrame:
    categories = dict(rows.categories)
    categories.update({name: found["key"] for name, found in statuses.items() if "key" in found})
    owner, at, before, after, records = rows.owner, rows.at, rows.before, rows.after, rows.records
    changes = pl.DataFrame(
        {RECORD_COLUMN: pl.Series(owner, dtype=pl.UInt32), "at": pl.Series(at, dtype=pl.String),
         "from_status": pl.Series(before, dtype=pl.String),
         "to_status": pl.Series(after, dtype=pl.String)}
    )
    names, keys = list(categories), list(categories.values())
    category = {side: pl.col(side).replace_strict(names, keys, default=None,
                                                  return_dtype=pl.String)
                for side in ("from_status", "to_status")}
    grouped = (
        changes.lazy()
        .with_columns(pl.col("at").str.to_datetime(_CHANGED_AT, time_unit="us", strict=False))
        .sort(RECORD_COLUMN, "at", maintain_order=True)
        .select(RECORD_COLUMN, pl.struct(
            "at", "from_status", category["from_status"].alias("from_category"),
            "to_status", category["to_status"].alias("to_category"),
        ).alias(STATUS_CHANGES))
        .group_by(RECORD_COLUMN, maintain_order=True).agg(STATUS_CHANGES)
        .collect()
    )
    every = pl.DataFrame({RECORD_COLUMN: pl.Series(list(records), dtype=pl.UInt32)})
    return every.join(grouped, on=RECORD_COLUMN, how="left", maintain_order="left").select(
        RECORD_COLUMN,
        pl.col(STATUS_CHANGES).fill_null(pl.lit([], dtype=pl.List(STATUS_CHANGE)))
        .cast(pl.List(STATUS_CHANGE)),
    )
