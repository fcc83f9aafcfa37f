"""`supp-tui push` through the real CLI against a local Jira-shaped server: the plan, --apply,
a second --apply that sends nothing, --remove, per-issue failures and no credential shown."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from push_jira import ENV, FakeJira
from pytest_httpserver import HTTPServer

from analysis.journal import HEADER
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Created,Status,Labels,Labels\n"
    "SUPP-1,Grafana empty,05/Jan/26 10:00 AM,Open,o11y,urgent\n"
    "SUPP-2,Pipeline stuck,06/Jan/26 2:15 PM,Open,,\n"
    "SUPP-3,Gone since,07/Jan/26 2:15 PM,Open,,\n"
)
JOURNAL = [
    ("SUPP-1", "platform_team", "observability", "set"),
    ("SUPP-1", "product", "grafana", "add"),
    ("SUPP-2", "platform_team", "network_platform", "set"),
    ("SUPP-2", "product", "kafka", "add"),
    ("SUPP-2", "product", "kafka", "remove"),
    ("SUPP-3", "product", "vault", "add"),
    ("SUPP-7", "product", "vault", "add"),
]


@pytest.fixture
def board(tmp_path: Path) -> Path:
    """Three tickets and a journal labelling them (SUPP-7 is not on the board)."""
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    body = "".join(f"2026-01-0{n + 1}T00:00:00.000000Z,ana,{k},{d},{v},{op}\n"
                   for n, (k, d, v, op) in enumerate(JOURNAL))
    (tmp_path / "board.csv.labels.csv").write_text(HEADER + body, encoding="utf-8")
    return path


def _jira(httpserver: HTTPServer, api: str = "cloud") -> FakeJira:
    jira = FakeJira(httpserver, api, {"SUPP-1": ["o11y", "urgent"],
                                      "SUPP-2": ["product:kafka"]})
    return jira.install()


def _push(jira: FakeJira, monkeypatch: pytest.MonkeyPatch, board: Path, *args: str) -> int:
    for name in ("JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in ENV[jira.api].items():
        monkeypatch.setenv(name, value)
    return main(["push", str(board), "--site", jira.site, *args])


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_dry_run_prints_the_plan_and_sends_nothing(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys, api: str,
) -> None:
    jira = _jira(httpserver, api)
    assert _push(jira, monkeypatch, board) == 0
    out = capsys.readouterr().out
    assert jira.puts == []
    assert "SUPP-1: add product:grafana; already present o11y" in out
    assert "SUPP-2: add netplat" in out
    assert "2 issues to change: 2 labels to add, 0 to remove, 1 already present" in out
    assert "as Jira did not return them" in out and "SUPP-3." in out and "SUPP-7" not in out
    assert "journal removed are still in Jira (1); add --remove" in out
    assert "Run again with --apply" in out


def test_apply_adds_the_missing_labels_and_a_second_apply_sends_nothing(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
) -> None:
    jira = _jira(httpserver)
    assert _push(jira, monkeypatch, board, "--apply") == 0
    assert jira.labels == {"SUPP-1": ["o11y", "urgent", "product:grafana"],
                           "SUPP-2": ["product:kafka", "netplat"]}
    assert ("Changed 2 issues: 2 labels added, 0 removed, 1 already present, 0 failed."
            in capsys.readouterr().out)
    sent = len(jira.puts)
    assert _push(jira, monkeypatch, board, "--apply") == 0
    assert len(jira.puts) == sent
    assert "Changed 0 issues: 0 labels added, 0 removed, 3 already present, 0 failed." in \
        capsys.readouterr().out


def test_remove_takes_out_labels_of_values_the_journal_removed(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
) -> None:
    jira = _jira(httpserver, "server")
    assert _push(jira, monkeypatch, board, "--apply", "--remove") == 0
    assert jira.labels["SUPP-2"] == ["netplat"]
    assert "2 labels added, 1 removed" in capsys.readouterr().out


def test_a_failed_issue_is_named_and_exits_2_while_the_others_go_on(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
) -> None:
    jira = _jira(httpserver)
    jira.fail["SUPP-1"] = 403
    assert _push(jira, monkeypatch, board, "--apply") == 2
    captured = capsys.readouterr()
    assert "Changed 1 issues: 1 labels added, 0 removed, 1 already present, 1 failed." in \
        captured.out
    errors = [line for line in captured.err.splitlines() if "error:" in line]
    assert len(errors) == 1 and "SUPP-1" in errors[0] and "(403)" in errors[0]
    assert jira.labels["SUPP-2"] == ["product:kafka", "netplat"]


def test_a_401_is_one_sentence_and_no_credential_appears_anywhere(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    jira = _jira(httpserver)
    jira.fail["SUPP-1"] = 401
    assert _push(jira, monkeypatch, board, "--apply") == 2
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if "error:" in line]
    assert len(errors) == 1 and "refused the credentials" in errors[0]
    assert [key for key, _ in jira.puts] == ["SUPP-1"]
    basic = next(value for value in jira.auth if value.startswith("Basic "))
    shown = captured.out + captured.err + caplog.text
    for secret in ("s3cret", basic, basic.removeprefix("Basic ")):
        assert secret not in shown


def test_no_credentials_is_one_sentence_before_any_request(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
) -> None:
    jira = _jira(httpserver)
    for name in ("JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    assert main(["push", str(board), "--site", jira.site]) == 2
    assert "no Jira credentials are set" in capsys.readouterr().err
    assert jira.searches == []


def test_the_site_defaults_to_the_one_the_board_was_pulled_from(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, board: Path, capsys,
) -> None:
    from analysis.jira import PullRecord, save_pull_record

    jira = _jira(httpserver)
    for name, value in ENV[jira.api].items():
        monkeypatch.setenv(name, value)
    assert main(["push", str(board)]) == 2
    assert "No Jira site is known for this board; pass --site" in capsys.readouterr().err
    save_pull_record(board, PullRecord(site=jira.site, api="cloud", jql="project = SUPP",
                                       pulled_at="2026-01-08T00:00:00+00:00"))
    assert main(["push", str(board)]) == 0
    assert "SUPP-1: add product:grafana" in capsys.readouterr().out
