"""Which Jira site a board links to ([jira] site, else the pull record's), and an issue's link."""

from __future__ import annotations

from pathlib import Path

from analysis.framework import Framework, JiraSettings, load_framework
from analysis.jira import PullRecord, board_site, issue_link, save_pull_record


def pulled(board: Path, site: str) -> None:
    save_pull_record(board, PullRecord(site=site, api="cloud", jql="project = SUPP",
                                       pulled_at="2026-11-30T00:00:00Z"))


def with_site(site: str | None) -> Framework:
    return load_framework().model_copy(update={"jira": JiraSettings(site=site)})


def test_labels_toml_site_wins_over_the_pull_record(tmp_path):
    board = tmp_path / "supp.jsonl"
    pulled(board, "https://pulled.atlassian.net")
    assert board_site(with_site("https://mine.atlassian.net"), [board]) == \
        "https://mine.atlassian.net"


def test_the_pull_record_beside_any_board_file_gives_the_site(tmp_path):
    first, second = tmp_path / "a.csv", tmp_path / "supp.jsonl"
    pulled(second, "https://pulled.atlassian.net/")
    assert board_site(with_site(None), [first, second]) == "https://pulled.atlassian.net"


def test_no_site_anywhere_is_none(tmp_path):
    assert board_site(with_site(None), [tmp_path / "board.csv"]) is None


def test_issue_link_is_site_browse_key():
    assert issue_link("https://example.atlassian.net", "SUPP-7") == \
        "https://example.atlassian.net/browse/SUPP-7"
    assert issue_link("https://jira.corp/jira/", "SUPP-7") == "https://jira.corp/jira/browse/SUPP-7"
