"""The ticket frame's canonical columns (DESIGN.md "The ticket frame"): the one list that the
reader builds, the framework refuses as dimension ids, and `[export.columns]` may map."""

from __future__ import annotations

TEXT_COLUMNS = (
    "key", "summary", "description", "issue_type", "status", "status_category", "priority",
    "resolution", "reporter", "reporter_id", "assignee",
)
DATE_COLUMNS = ("created", "updated", "resolved")
LIST_COLUMNS = ("labels", "components", "comments")
CANONICAL_COLUMNS = (*TEXT_COLUMNS, *DATE_COLUMNS, "closed_at", *LIST_COLUMNS, "team")
REQUIRED_COLUMNS = ("key", "summary", "created")

# Where each row came from: the export file and its 0-based record number.
SOURCE_FILE = "source_file"
SOURCE_RECORD = "source_record"
SOURCE_COLUMNS = (SOURCE_FILE, SOURCE_RECORD)

# Fields a user may point at a header of their own in labels.toml's [export.columns].
MAPPABLE_COLUMNS = (*TEXT_COLUMNS, *DATE_COLUMNS, "status_category_changed", *LIST_COLUMNS)

# Names a framework dimension id may not take: the labelled frame adds one column per dimension.
RESERVED_COLUMNS = frozenset((*CANONICAL_COLUMNS, *SOURCE_COLUMNS))

# An Atlassian account id as Jira writes it ("557058:4f1c…", "qm:…", or 24 hex digits); unanchored.
ACCOUNT_ID = r"(?:\d+:[0-9A-Za-z-]+|qm:\S+|[0-9a-fA-F]{24})"

