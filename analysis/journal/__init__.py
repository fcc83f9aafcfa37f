"""The label journal: the append-only sidecar CSV of label changes beside an export.

Current labels are the replay of the journal. `open_journal` gives a `LabelJournal` that
appends one fsynced line per change under an advisory lock; `read_labels` replays a journal
(or several, merged in one deterministic time order) into a (key, dimension, value) frame; `export_labels`
materialises the labels as CSV, TOML or a Jira-import CSV, with `ticket_jira_labels` the one
rule for which Jira labels they mean; `merge_journals` writes several
journals as one and reports their conflicts. Theme flags (a note on a ticket) are journal
lines of their own: `read_flags` replays them apart from labels and `group_flags` groups them
by similar notes. `record_resolution` keeps a reviewer's decision where labellers disagreed.
"""

from analysis.journal._activity import journal_activity
from analysis.journal._export import EXPORT_COLUMNS, FORMATS, export_labels, render_labels
from analysis.journal._files import default_labeller
from analysis.journal._flag_groups import FlagGroup, group_flags
from analysis.journal._flags import Flag, flag_list, read_flags
from analysis.journal._format import (
    FLAG_DIMENSION,
    HEADER,
    Entry,
    Labels,
    format_entry,
    utc_timestamp,
)
from analysis.journal._history import removed_labels
from analysis.journal._jira_labels import jira_label, jira_slug, ticket_jira_labels
from analysis.journal._location import JournalLocation, board_journal, default_journal_path
from analysis.journal._merge import Conflict, MergeResult, Side, merge_journals
from analysis.journal._read import (
    labels_frame,
    read_journal,
    read_labels,
    read_labels_warned,
    write_journal,
)
from analysis.journal._review import (
    Decision,
    decision,
    record_resolution,
    resolve_value,
    review_decisions,
)
from analysis.journal._writer import Change, LabelJournal, open_journal

__all__ = [
    "EXPORT_COLUMNS",
    "FLAG_DIMENSION",
    "FORMATS",
    "HEADER",
    "Change",
    "Conflict",
    "Decision",
    "Entry",
    "Flag",
    "FlagGroup",
    "JournalLocation",
    "LabelJournal",
    "Labels",
    "MergeResult",
    "Side",
    "board_journal",
    "decision",
    "default_journal_path",
    "default_labeller",
    "export_labels",
    "flag_list",
    "format_entry",
    "group_flags",
    "jira_label",
    "jira_slug",
    "journal_activity",
    "labels_frame",
    "merge_journals",
    "open_journal",
    "read_flags",
    "read_journal",
    "read_labels",
    "read_labels_warned",
    "record_resolution",
    "removed_labels",
    "render_labels",
    "resolve_value",
    "review_decisions",
    "ticket_jira_labels",
    "utc_timestamp",
    "write_journal",
]
