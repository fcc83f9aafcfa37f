"""Pulling into the same board again: only issues updated since the last pull are fetched and
merged by key (newest wins); a file that is not this pull is never replaced without --force."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_jira import CLOUD_ENV, SERVER_ENV, FakeJira, make_issue
from pytest_httpserver import HTTPServer

from analysis.errors import InputError
from analysis.jira import load_pull_record
from analysis.jira.rest import (
    merge_issues,
    pull_board,
    read_pulled_issues,
    split_order_by,
    updated_since_jql,
)

JQL = "project = SUPP ORDER BY created DESC"


def _day(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def _pull(fake: FakeJira, output: Path, jql: str = JQL, **options: Any) -> Any:
    env = CLOUD_ENV if fake.api == "cloud" else SERVER_ENV
    return pull_board(fake.site, jql, output, environ=env, sleep=lambda s: None, **options)


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_pulling_again_fetches_only_what_changed_and_merges(
    httpserver: HTTPServer, tmp_path: Path, api: str,
) -> None:
    fake = FakeJira(httpserver, api, [make_issue(api, n, _day(n)) for n in range(1, 8)])
    output = tmp_path / "supp.jsonl"
    _pull(fake, output)
    fake.put(make_issue(api, 3, _day(20), comments=4))
    fake.put(make_issue(api, 9, _day(21)))
    summary = _pull(fake, output)
    since = fake.searches[-1]["jql"]
    assert since == '(project = SUPP) AND updated >= "2026/11/06 10:00" ORDER BY created DESC'
    assert (summary.fetched, summary.new, summary.changed, summary.unchanged) == (4, 1, 1, 6)
    board = read_pulled_issues(output)
    assert [issue["key"] for issue in board] == [f"SUPP-{n}" for n in (1, 2, 3, 4, 5, 6, 7, 9)]
    assert len(board[2]["fields"]["comment"]["comments"]) == 4
    record = load_pull_record(output)
    assert record is not None and record.last_updated == "2026-11-21T10:00:00.000+0000"
    assert record.jql == JQL and record.names["customfield_10010"] == "Team Name"


def test_an_older_copy_never_replaces_a_newer_one() -> None:
    newer = make_issue("cloud", 1, _day(10))
    older = make_issue("cloud", 1, _day(9))
    merged = merge_issues([newer], [older])
    assert merged.issues == [newer] and (merged.new, merged.changed, merged.unchanged) == (0, 0, 1)


def test_an_issue_fetched_twice_counts_once_and_the_newer_copy_stays() -> None:
    first, second = make_issue("cloud", 1, _day(9)), make_issue("cloud", 1, _day(10))
    merged = merge_issues([], [second, first])
    assert merged.issues == [second] and (merged.new, merged.changed) == (1, 0)


def test_full_pulls_everything_again_and_drops_what_jira_no_longer_matches(
    httpserver: HTTPServer, tmp_path: Path,
) -> None:
    fake = FakeJira(httpserver, "cloud", [make_issue("cloud", n, _day(n)) for n in (1, 2, 3)])
    output = tmp_path / "supp.jsonl"
    _pull(fake, output)
    del fake.issues["SUPP-2"]
    summary = _pull(fake, output, full=True)
    assert "updated >=" not in fake.searches[-1]["jql"]
    assert [issue["key"] for issue in read_pulled_issues(output)] == ["SUPP-1", "SUPP-3"]
    assert (summary.new, summary.changed, summary.unchanged) == (0, 0, 2)


def test_a_file_that_is_not_a_pull_is_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "cloud", [make_issue("cloud", 1, _day(1))])
    output = tmp_path / "board.jsonl"
    output.write_text("my own notes\n")
    with pytest.raises(InputError, match=r"is not a board supp-tui pulled.*pass --force"):
        _pull(fake, output)
    assert output.read_text() == "my own notes\n" and not httpserver.log
    _pull(fake, output, force=True)
    assert [issue["key"] for issue in read_pulled_issues(output)] == ["SUPP-1"]


def test_another_query_or_site_is_refused(httpserver: HTTPServer, tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "cloud", [make_issue("cloud", 1, _day(1))])
    output = tmp_path / "supp.jsonl"
    _pull(fake, output)
    before = output.read_bytes()
    with pytest.raises(InputError, match=r'with --jql "project = SUPP ORDER BY created DESC"'):
        _pull(fake, output, jql="project = OPS")
    assert output.read_bytes() == before
    _pull(fake, output, jql="project = OPS", force=True)
    record = load_pull_record(output)
    assert record is not None and record.jql == "project = OPS"


def test_a_folder_is_not_a_board(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        pull_board("https://example.atlassian.net", JQL, tmp_path, environ=CLOUD_ENV)


@pytest.mark.parametrize(("jql", "expected"), [
    ("project = SUPP", ("project = SUPP", "")),
    ("project = SUPP order by key", ("project = SUPP", "order by key")),
    ('summary ~ "order by" ORDER BY created', ('summary ~ "order by"', "ORDER BY created")),
    ("ORDER BY created", ("", "ORDER BY created")),
])
def test_order_by_is_split_outside_quotes(jql: str, expected: tuple[str, str]) -> None:
    assert split_order_by(jql) == expected


def test_the_margin_is_a_day_before_the_last_update_in_utc() -> None:
    assert updated_since_jql("ORDER BY key", "2026-11-20T01:30:00.000+0200") == \
        'updated >= "2026/11/18 23:30" ORDER BY key'
    assert updated_since_jql("project = SUPP", "not a date") == "project = SUPP"
