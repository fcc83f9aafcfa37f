"""Hand-built ticket frames with the canonical columns, shared by the metrics and chart tests."""

from __future__ import annotations

from datetime import datetime

import polars as pl

COMMENT = pl.Struct({"at": pl.Datetime("us"), "author": pl.String, "body": pl.String})
CANONICAL = {
    "key": pl.String, "summary": pl.String, "description": pl.String, "issue_type": pl.String,
    "status": pl.String, "status_category": pl.String, "priority": pl.String,
    "resolution": pl.String, "reporter": pl.String, "reporter_id": pl.String,
    "assignee": pl.String, "created": pl.Datetime("us"), "updated": pl.Datetime("us"),
    "resolved": pl.Datetime("us"), "closed_at": pl.Datetime("us"), "labels": pl.List(pl.String),
    "components": pl.List(pl.String), "comments": pl.List(COMMENT), "team": pl.List(pl.String),
}


def day(text: str) -> datetime:
    """A datetime from "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"."""
    return datetime.fromisoformat(text)


def tickets(rows: list[dict], **extra_schema: pl.DataType) -> pl.DataFrame:
    """A ticket frame from a few fields per row; every other canonical column gets a default."""
    full = []
    for index, row in enumerate(rows):
        base = {
            "key": f"SUPP-{index + 1}", "summary": "s", "description": "", "issue_type": "Task",
            "status": "Open", "status_category": "To Do", "priority": "Medium",
            "resolution": None, "reporter": "rita", "reporter_id": "557058:rita",
            "assignee": None, "created": None, "updated": None, "resolved": None,
            "closed_at": None, "labels": [], "components": [], "comments": [], "team": [],
        }
        base.update({name: day(value) if isinstance(value, str) and name in (
            "created", "updated", "resolved", "closed_at") else value
            for name, value in row.items()})
        if base["updated"] is None:
            base["updated"] = base["closed_at"] or base["created"]
        full.append(base)
    schema = {**CANONICAL, **extra_schema}
    return pl.DataFrame(full, schema=schema)


def test_builder_has_the_canonical_columns_in_order():
    frame = tickets([{"created": "2026-01-05", "team": ["PlatOps"]}])
    assert list(frame.schema.items())[:19] == list(CANONICAL.items())
