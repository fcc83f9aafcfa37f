"""`pull_board` against a Jira-shaped fake: both APIs, several pages, overflowed comments,
changelog and worklogs spliced back, ADF kept, and the pull record beside the board."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_jira import CLOUD_ENV, SERVER_ENV, FakeJira, make_issue
from pytest_httpserver import HTTPServer

from analysis.jira import load_pull_record
from analysis.jira.rest import JiraError, pull_board, read_pulled_issues

UPDATED = datetime(2026, 11, 20, 10, 30, tzinfo=UTC)


def _board(api: str) -> list[dict[str, Any]]:
    return [
        make_issue(api, 1, UPDATED, comments=5, histories=4, worklogs=3),
        make_issue(api, 2, UPDATED.replace(day=21), status="Closed"),
        make_issue(api, 3, UPDATED.replace(day=19), comments=0, histories=0),
        make_issue(api, 4, UPDATED.replace(day=18), comments=3),
        make_issue(api, 5, UPDATED.replace(day=17), histories=7),
    ]


def _pull(fake: FakeJira, output: Path, **options: Any) -> Any:
    env = CLOUD_ENV if fake.api == "cloud" else SERVER_ENV
    return pull_board(fake.site, "project = SUPP ORDER BY created", output, environ=env,
                      sleep=lambda seconds: None, **options)


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_pull_writes_every_issue_complete_as_jira_returns_it(
    httpserver: HTTPServer, tmp_path: Path, api: str,
) -> None:
    issues = _board(api)
    fake = FakeJira(httpserver, api, issues)
    output = tmp_path / "supp.jsonl"
    steps: list[tuple[int, int | None]] = []
    summary = _pull(fake, output, progress=lambda done, total: steps.append((done, total)))
    assert read_pulled_issues(output) == issues
    assert len(output.read_text().splitlines()) == 5
    assert (summary.fetched, summary.new, summary.changed, summary.incremental) == (
        5, 5, 0, False)
    assert len(fake.searches) == 3 and steps[-1] == (5, 5)


def test_cloud_keeps_adf_bodies_and_pages_its_changelog(httpserver: HTTPServer,
                                                        tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "cloud", _board("cloud"))
    _pull(fake, tmp_path / "supp.jsonl")
    first = read_pulled_issues(tmp_path / "supp.jsonl")[0]
    assert first["fields"]["description"]["type"] == "doc"
    assert first["fields"]["comment"]["comments"][4]["body"]["content"][0]["type"] == "paragraph"
    paths = [entry[0].path for entry in httpserver.log]
    assert paths.count("/rest/api/3/issue/SUPP-5/changelog") == 4  # 7 histories, 2 a page
    assert "/rest/api/3/issue/SUPP-3/comment" not in paths  # nothing overflowed


def test_data_center_fetches_the_changelog_with_the_issue(httpserver: HTTPServer,
                                                          tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "server", _board("server"))
    _pull(fake, tmp_path / "supp.jsonl")
    paths = [entry[0].path for entry in httpserver.log]
    assert "/rest/api/2/issue/SUPP-5" in paths and "/rest/api/2/issue/SUPP-1/worklog" in paths
    assert not any(path.endswith("/changelog") for path in paths)
    assert read_pulled_issues(tmp_path / "supp.jsonl")[0]["fields"]["description"] == "Problem 1"


def test_the_pull_record_keeps_site_query_names_and_status_categories(
    httpserver: HTTPServer, tmp_path: Path,
) -> None:
    fake = FakeJira(httpserver, "cloud", _board("cloud"))
    _pull(fake, tmp_path / "supp.jsonl")
    record = load_pull_record(tmp_path / "supp.jsonl")
    assert record is not None
    assert (record.site, record.api, record.jql) == (
        fake.site, "cloud", "project = SUPP ORDER BY created")
    assert record.last_updated == "2026-11-21T10:30:00.000+0000"
    assert record.names["customfield_10010"] == "Team Name"
    assert record.statuses["Closed"] == {"key": "done", "name": "Done"}
    assert record.statuses["In Progress"]["key"] == "indeterminate"


def test_an_empty_query_writes_an_empty_board(httpserver: HTTPServer, tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "server", [])
    summary = _pull(fake, tmp_path / "supp.jsonl")
    assert summary.fetched == 0 and (tmp_path / "supp.jsonl").read_text() == ""


def test_rate_limits_and_server_errors_are_waited_out(httpserver: HTTPServer,
                                                      tmp_path: Path) -> None:
    httpserver.expect_oneshot_request("/rest/api/3/search/jql").respond_with_data(
        "", status=429, headers={"Retry-After": "3"})
    httpserver.expect_oneshot_request("/rest/api/3/issue/SUPP-1/comment").respond_with_data(
        "down", status=500)
    fake = FakeJira(httpserver, "cloud", _board("cloud"))
    waits: list[float] = []
    pull_board(fake.site, "project = SUPP", tmp_path / "supp.jsonl", environ=CLOUD_ENV,
               sleep=waits.append)
    assert waits == [3.0, 1.0]
    assert len(read_pulled_issues(tmp_path / "supp.jsonl")[0]["fields"]["comment"][
        "comments"]) == 5


def test_a_failed_pull_leaves_the_old_board_as_it_was(httpserver: HTTPServer,
                                                      tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "cloud", _board("cloud"))
    output = tmp_path / "supp.jsonl"
    _pull(fake, output)
    before = output.read_bytes(), (tmp_path / "supp.jsonl.pull.json").read_bytes()
    httpserver.expect_oneshot_request("/rest/api/3/issue/SUPP-1/worklog").respond_with_data(
        "{\"worklogs\": [", content_type="application/json")
    fake.put(make_issue("cloud", 1, UPDATED.replace(day=25), worklogs=4))
    with pytest.raises(JiraError, match="malformed JSON"):
        _pull(fake, output)
    assert (output.read_bytes(), (tmp_path / "supp.jsonl.pull.json").read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["supp.jsonl", "supp.jsonl.pull.json"]


def test_the_count_is_unknown_when_jira_does_not_give_it(httpserver: HTTPServer,
                                                         tmp_path: Path) -> None:
    httpserver.expect_oneshot_request("/rest/api/3/search/approximate-count",
                                      method="POST").respond_with_data("", status=503)
    fake = FakeJira(httpserver, "cloud", _board("cloud")[:1])
    steps: list[int | None] = []
    _pull(fake, tmp_path / "supp.jsonl", progress=lambda done, total: steps.append(total))
    assert steps == [None, None]


def test_lines_are_single_json_objects(httpserver: HTTPServer, tmp_path: Path) -> None:
    fake = FakeJira(httpserver, "cloud", _board("cloud"))
    _pull(fake, tmp_path / "supp.jsonl")
    lines = (tmp_path / "supp.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["key"] for line in lines] == [f"SUPP-{n}" for n in range(1, 6)]
