"""The pull record beside a pulled board: round trip and a clear error when damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.errors import InputError
from analysis.jira import PullRecord, load_pull_record, pull_record_path, save_pull_record


def test_record_round_trips_beside_the_board(tmp_path: Path) -> None:
    board = tmp_path / "supp.jsonl"
    record = PullRecord(
        site="https://example.atlassian.net", api="cloud", jql="project = SUPP",
        pulled_at="2026-12-07T10:00:00+00:00", last_updated="2026-12-07T09:59:00.000+0000",
        names={"customfield_10010": "Team Name"},
        statuses={"Done": {"key": "done", "name": "Done"}},
    )
    assert load_pull_record(board) is None
    written = save_pull_record(board, record)
    assert written == pull_record_path(board) == tmp_path / "supp.jsonl.pull.json"
    assert load_pull_record(board) == record


def test_damaged_record_is_one_sentence(tmp_path: Path) -> None:
    board = tmp_path / "supp.jsonl"
    pull_record_path(board).write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"supp.jsonl.pull.json is not a pull record"):
        load_pull_record(board)
