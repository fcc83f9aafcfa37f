"""Reports link every issue key to SITE/browse/KEY when the board's Jira site is known: from
labels.toml's [jira] site or the record `supp-tui pull` keeps beside the board."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.jira import PullRecord, save_pull_record
from analysis.metrics import open_board
from analysis.report import write_report
from supp_tui.cli import main

SITE = "https://example.atlassian.net"
KEY = re.compile(r"SUPP-\d+")
LINKED = re.compile(r"\[(SUPP-\d+)\]\((\S+?)\)")


def report_text(folder: Path, kind: str = "monthly", anonymised: bool = False) -> str:
    board = open_board([folder / "board.csv"], framework_path=folder / "labels.toml")
    return write_report(board, kind, folder / "out", anonymised=anonymised,
                        figures=False).markdown.read_text(encoding="utf-8")


def set_site(folder: Path, site: str) -> None:
    labels = folder / "labels.toml"
    labels.write_text(labels.read_text(encoding="utf-8") + f'\n[jira]\nsite = "{site}"\n',
                      encoding="utf-8")


def assert_every_key_linked(text: str, site: str) -> None:
    links = LINKED.findall(text)
    assert links, "the report lists no issue key"
    assert all(url == f"{site}/browse/{key}" for key, url in links)
    assert len(KEY.findall(text)) == 2 * len(links)  # each key is a link's text and its URL


@pytest.mark.parametrize("kind", ["weekly", "monthly", "quarterly"])
def test_keys_link_to_the_labels_toml_site(tmp_path, write_board, kind):
    write_board(tmp_path)
    set_site(tmp_path, SITE + "/")
    assert_every_key_linked(report_text(tmp_path, kind), SITE)


def test_keys_link_to_the_site_a_pull_recorded(tmp_path, write_board):
    export = write_board(tmp_path)
    save_pull_record(export, PullRecord(site="https://jira.example.org", api="server",
                                        jql="project = SUPP", pulled_at="2026-11-30T00:00:00Z"))
    assert_every_key_linked(report_text(tmp_path), "https://jira.example.org")


def test_without_a_site_keys_stay_plain(tmp_path, write_board):
    write_board(tmp_path)
    text = report_text(tmp_path)
    assert KEY.search(text) and not LINKED.search(text) and "/browse/" not in text


def test_an_anonymised_report_does_not_give_the_site_away(tmp_path, write_board):
    write_board(tmp_path)
    set_site(tmp_path, SITE)
    text = report_text(tmp_path, anonymised=True)
    assert KEY.search(text) and SITE not in text and "/browse/" not in text


def test_the_cli_report_links_keys(tmp_path, write_board):
    export = write_board(tmp_path)
    set_site(tmp_path, SITE)
    status = main(["report", "monthly", str(export), "--framework", str(tmp_path / "labels.toml"),
                   "--month", "2026-11", "-o", str(tmp_path / "cli"), "--no-figures"])
    assert status == 0
    assert_every_key_linked((tmp_path / "cli" / "2026-11.md").read_text(encoding="utf-8"), SITE)
