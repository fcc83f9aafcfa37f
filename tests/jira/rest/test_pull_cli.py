"""`supp-tui pull` through the entry point against a local Jira-shaped server: the summary
line, pulling again, one-sentence errors with no file left behind, and no credential in any
output or log."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fake_jira import CLOUD_ENV, SERVER_ENV, FakeJira, make_issue
from pytest_httpserver import HTTPServer

from supp_tui.cli import main

SECRETS = [
    "s3cret-cloud-token", "s3cret-personal-token",
    base64.b64encode(b"me@example.com:s3cret-cloud-token").decode(),
]


def _day(day: int) -> datetime:
    return datetime(2026, 11, day, 10, 0, tzinfo=UTC)


@pytest.fixture
def cloud(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> FakeJira:
    for name, value in CLOUD_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("JIRA_TOKEN", raising=False)
    return FakeJira(httpserver, "cloud", [
        make_issue("cloud", n, _day(n), comments=n, histories=3) for n in range(1, 6)])


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_pull_then_pull_again(cloud: FakeJira, tmp_path: Path,
                              capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "supp.jsonl"
    argv = ["pull", cloud.site, "--jql", "project = SUPP", "-o", str(output)]
    assert _run(capsys, *argv) == (
        0, f"Pulled 5 issues (5 new, 0 changed) from {cloud.site} into {output}.\n", "")
    cloud.put(make_issue("cloud", 2, _day(25)))
    cloud.put(make_issue("cloud", 6, _day(26)))
    status, out, _ = _run(capsys, *argv)
    assert status == 0 and out == (f"Pulled 4 issues updated since the last pull from "
                                   f"{cloud.site}: 1 new, 1 changed; {output} now holds 6 "
                                   f"issues.\n")
    assert len(output.read_text().splitlines()) == 6


def test_data_center_with_api_server(httpserver: HTTPServer, tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("JIRA_TOKEN", SERVER_ENV["JIRA_TOKEN"])
    fake = FakeJira(httpserver, "server", [make_issue("server", 1, _day(1), comments=3)])
    output = tmp_path / "supp.jsonl"
    status, out, err = _run(capsys, "pull", fake.site, "--jql", "project = SUPP", "-o",
                            str(output), "--api", "server")
    assert (status, err) == (0, "") and out.startswith("Pulled 1 issues (1 new, 0 changed)")
    assert all(entry[0].path != "/rest/api/2/serverInfo" for entry in httpserver.log)


@pytest.mark.parametrize(("status", "body", "words"), [
    (401, '{"errorMessages": ["Client must be authenticated to access this resource."]}',
     "refused the credentials"),
    (400, '{"errorMessages": ["Error in the JQL Query: Expecting a field."]}',
     "(Jira says: Error in the JQL Query: Expecting a field); fix the --jql query"),
    (200, '{"issues": [{"key": "SUPP-1"', "malformed JSON"),
])
def test_a_failing_pull_is_one_sentence_and_leaves_no_file(
    cloud: FakeJira, httpserver: HTTPServer, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], status: int, body: str, words: str,
) -> None:
    httpserver.expect_oneshot_request("/rest/api/3/search/jql").respond_with_data(
        body, status=status, content_type="application/json")
    output = tmp_path / "supp.jsonl"
    code, out, err = _run(capsys, "pull", cloud.site, "--jql", "project = SUPP", "-o",
                          str(output))
    assert (code, out) == (2, "") and words in err and cloud.site in err
    assert err.startswith("supp-tui: error: ") and err.count("\n") == 1
    assert "Traceback" not in err and list(tmp_path.iterdir()) == []


def test_bad_jql_quotes_jira(cloud: FakeJira, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "pull", cloud.site, "--jql", "projct = SUPP", "-o",
                        str(tmp_path / "supp.jsonl"))
    assert code == 2 and "Field 'projct' does not exist" in err


def test_an_existing_file_is_not_replaced_without_force(
    cloud: FakeJira, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "board.jsonl"
    output.write_text("keep me\n")
    argv = ["pull", cloud.site, "--jql", "project = SUPP", "-o", str(output)]
    code, _, err = _run(capsys, *argv)
    assert code == 2 and "pass --force to replace it" in err
    assert output.read_text() == "keep me\n"
    assert _run(capsys, *argv, "--force")[0] == 0 and "keep me" not in output.read_text()


def test_missing_credentials_say_which_variables(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    code, _, err = _run(capsys, "pull", "https://example.atlassian.net", "--jql", "x", "-o",
                        str(tmp_path / "supp.jsonl"))
    assert code == 2 and "JIRA_EMAIL and JIRA_API_TOKEN" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fails", [False, True])
def test_no_credential_appears_in_any_output_or_log(
    cloud: FakeJira, httpserver: HTTPServer, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, fails: bool,
) -> None:
    if fails:
        httpserver.expect_oneshot_request("/rest/api/3/issue/SUPP-3/comment").respond_with_json(
            {"errorMessages": ["You are not authenticated."]}, status=401)
    caplog.set_level(logging.DEBUG)
    output = tmp_path / "supp.jsonl"
    code, out, err = _run(capsys, "pull", cloud.site, "--jql", "project = SUPP", "-o",
                          str(output))
    assert code == (2 if fails else 0)
    seen = out + err + caplog.text + "".join(str(r.args) for r in caplog.records)
    files = "".join(p.read_text() for p in tmp_path.iterdir())
    for secret in SECRETS:
        assert secret not in seen and secret not in files
    assert caplog.records  # the logs were captured, and hold no secret


def test_help_names_the_environment_variables(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "pull", "--help")
    assert code == 0 and "JIRA_API_TOKEN" in out and "--full" in out
