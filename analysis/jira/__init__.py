"""Boards in: Jira CSV exports (one file, several, or folders of them) as one ticket frame.

Real exports are read as Jira writes them: repeated columns collapsed into lists, comments as
`date;author;body`, locale dates parsed with explicit formats, headers in several languages,
BOMs, CRLF inside cells and Excel re-saves. `read_board` reuses a board's frame from the parse
cache. A pulled board (`.jsonl`, one Jira REST issue per line) reads into the same frame, with
its changelog as `status_changes`. `quarantine` copies the useful records out of an export
byte for byte.
"""

from analysis.jira._adf import adf_text
from analysis.jira._cache import READER_VERSION, content_hash, read_board
from analysis.jira._cache_store import CACHE_ENV, cache_root
from analysis.jira._dates import DATETIME
from analysis.jira._headers import fold
from analysis.jira._links import board_site, issue_link
from analysis.jira._people import comment_fields, id_name_pairs
from analysis.jira._pull_record import (
    PullRecord,
    load_pull_record,
    pull_record_path,
    save_pull_record,
)
from analysis.jira._pulled import is_pulled, iter_issues
from analysis.jira._quarantine import REASONS, Quarantine, quarantine
from analysis.jira._reader import Export, ExportFile, latest_rows, read_export
from analysis.jira._source import export_paths
from analysis.jira._team_fields import (
    TeamFieldCandidate,
    choose_team_field,
    forced_team_field,
    team_field_candidates,
)
from analysis.jira._team_values import FieldValues

__all__ = [
    "CACHE_ENV", "DATETIME", "READER_VERSION", "REASONS", "Export", "ExportFile", "FieldValues",
    "PullRecord", "Quarantine", "TeamFieldCandidate", "adf_text", "board_site", "cache_root",
    "choose_team_field", "comment_fields", "content_hash", "export_paths", "fold",
    "forced_team_field", "id_name_pairs", "is_pulled", "issue_link", "iter_issues",
    "latest_rows", "load_pull_record", "pull_record_path", "quarantine", "read_board", "read_export", "save_pull_record",
    "team_field_candidates",
]
