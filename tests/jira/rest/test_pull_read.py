"""A board pulled by the real `supp-tui pull` from the Jira-shaped fake reads like an export:
comment authors named, status changes kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from fake_jira import CLOUD_ENV, SERVER_ENV, FakeJira, make_issue

from analysis.jira import read_export
from supp_tui.cli import main


def _run(capsys, *argv: object) -> str:
    capsys.readouterr()
    assert main([str(arg) for arg in argv]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("api", ["cloud", "server"])
def test_a_board_pulled_from_a_jira_shaped_server_reads_through_every_name(
        httpserver, monkeypatch, tmp_path, capsys, api):
    for name, value in (CLOUD_ENV if api == "cloud" else SERVER_ENV).items():
        monkeypatch.setenv(name, value)
    fake = FakeJira(httpserver, api, [
        make_issue(api, n, datetime(2026, 11, n, 10, tzinfo=UTC), comments=3, histories=3)
        for n in range(1, 4)])
    board = tmp_path / "supp.jsonl"
    _run(capsys, "pull", fake.site, "--jql", "project = SUPP", "-o", board, "--api", api)
    assert json.loads(_run(capsys, "stats", board, "--json"))["tickets"] == 3
    tickets = read_export([board]).tickets.sort("key")
    comments = tickets.get_column("comments").to_list()[0]
    assert [c["author"] for c in comments] == ["Rita"] * 3
    assert comments[0]["body"].startswith("Comment 0; on 1")
    assert tickets.get_column("status_changes").list.len().to_list() == [3, 3, 3]
