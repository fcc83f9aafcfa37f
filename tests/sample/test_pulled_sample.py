"""The sample as a pulled board: the CSV writer's tickets as Jira REST issues, with a status
changelog that agrees with each ticket, and the pull record beside it."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from analysis.jira import load_pull_record, read_export
from analysis.sample import write_pulled, write_sample

TICKETS, SEED = 1500, 4


@pytest.fixture(scope="module")
def pulled(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pulled") / "supp.jsonl"
    write_pulled(path, TICKETS, SEED)
    return path


@pytest.fixture(scope="module")
def issues(pulled) -> list[dict]:
    return [json.loads(line) for line in pulled.read_text(encoding="utf-8").splitlines()]


def test_same_seed_gives_same_bytes(pulled, tmp_path):
    again = write_pulled(tmp_path / "again.jsonl", TICKETS, SEED).path
    assert again.read_bytes() == pulled.read_bytes()


def test_pull_record_names_the_custom_fields_and_status_categories(pulled, issues):
    record = load_pull_record(pulled)
    assert record is not None and record.api == "cloud"
    assert "Team Name" in record.names.values() and "Sprint" in record.names.values()
    assert record.statuses["Closed"] == {"key": "done", "name": "Done"}
    assert record.last_updated == max(issue["fields"]["updated"] for issue in issues)


def test_cloud_bodies_are_adf_and_server_bodies_strings(issues, tmp_path):
    assert issues[0]["fields"]["description"]["type"] == "doc"
    assert "accountId" in issues[0]["fields"]["reporter"]
    server = write_pulled(tmp_path / "dc.jsonl", 20, SEED, api="server").path
    first = json.loads(server.read_text(encoding="utf-8").splitlines()[0])
    assert isinstance(first["fields"]["description"], str)
    assert set(first["fields"]["reporter"]) >= {"key", "name", "displayName"}


def test_same_tickets_as_the_csv_sample(pulled, tmp_path):
    csv_board = write_sample(tmp_path / "board.csv", TICKETS, SEED)
    columns = ["key", "summary", "status", "created", "resolved", "closed_at", "team",
               "labels", "reporter", "assignee"]
    from_csv = read_export([csv_board]).tickets.select(columns)
    from_json = read_export([pulled]).tickets.select(columns)
    assert from_json.equals(from_csv)


def test_changelog_agrees_with_each_ticket(pulled):
    tickets = read_export([pulled], columns=["status", "status_changes"]).tickets
    done = {"Resolved", "Closed", "Done"}
    reopened = 0
    for row in tickets.iter_rows(named=True):
        changes = row["status_changes"]
        if row["status"] == "Open":
            assert changes == []
            continue
        assert changes[0]["from_status"] == "Open" and changes[0]["from_category"] == "new"
        assert changes[-1]["to_status"] == row["status"]
        assert [c["at"] for c in changes] == sorted(c["at"] for c in changes)
        assert changes[0]["at"] >= row["created"]
        if row["status"] in done:
            assert changes[-1]["at"] == row["closed_at"]
        reopened += any(c["from_category"] == "done" for c in changes)
    assert 0.01 * TICKETS < reopened < 0.1 * TICKETS
    assert tickets.schema["status_changes"].inner.fields[0].dtype == pl.Datetime("us")


def test_cli_picks_the_pulled_writer_by_suffix(tmp_path, capsys):
    from supp_tui.cli import main

    assert main(["sample", "-o", str(tmp_path / "b.jsonl"), "--tickets", "30",
                 "--api", "server"]) == 0
    assert "Wrote 30 tickets" in capsys.readouterr().out
    assert load_pull_record(tmp_path / "b.jsonl").api == "server"
