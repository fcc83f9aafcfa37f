"""Pulled boards (`.jsonl`, one Jira REST issue per line) read into the ticket frame."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.jira import PullRecord, read_board, read_export, save_pull_record

CATEGORIES = {"new": "To Do", "indeterminate": "In Progress", "done": "Done"}


def cloud_person(ident: str, name: str) -> dict[str, Any]:
    return {"accountId": ident, "displayName": name, "active": True}


def server_person(key: str, name: str) -> dict[str, Any]:
    return {"name": name.lower().replace(" ", "."), "key": key, "displayName": name}


def issue(key: str, created: str = "2026-01-05T10:00:00.000+0000", *,
          status: str = "Open", category: str = "new", category_name: str | None = None,
          updated: str | None = None, labels: tuple[str, ...] = ("platops",),
          changes: tuple[tuple[str, str, str], ...] = (), **fields: Any) -> dict[str, Any]:
    """One issue; `changes` are (created, from status, to status) changelog entries."""
    body: dict[str, Any] = {
        "summary": f"Summary of {key}", "created": created, "updated": updated or created,
        "labels": list(labels),
        "status": {"name": status, "statusCategory": {
            "key": category, "name": category_name or CATEGORIES[category]}},
        **fields,
    }
    histories = [{"id": str(n), "created": at, "items": [
        {"field": "status", "fieldtype": "jira", "from": "1", "fromString": before,
         "to": "2", "toString": after}]} for n, (at, before, after) in enumerate(changes)]
    return {"id": str(10000 + len(key)), "key": key, "self": f"https://x/rest/api/3/issue/{key}",
            "fields": body,
            "changelog": {"startAt": 0, "maxResults": 100, "total": len(histories),
                          "histories": histories}}


def write_pulled(path: Path, *issues: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(i) + "\n" for i in issues), encoding="utf-8")
    return path



def test_cloud_issue_reads_like_a_csv_row(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl", issue(
        "SUPP-1", status="Done", category="done",
        updated="2026-01-07T09:00:00.000+0000", resolutiondate="2026-01-07T09:00:00.000+0300",
        reporter=cloud_person("557058:abc", "Ann Lee"),
        assignee=cloud_person("557058:def", "Bo Chan"),
        components=[{"name": "DNS"}], priority={"name": "High"}, issuetype={"name": "Bug"},
        timespent=3600, aggregatetimespent=7200,
        comment={"comments": [{"author": cloud_person("557058:zzz", "Cy Dee"),
                               "created": "2026-01-06T08:30:00.000+0000",
                               "body": {"type": "doc", "content": [{"type": "paragraph",
                                        "content": [{"type": "text", "text": "On it; soon"}]}]}}]},
    ))
    tickets = read_export([path], framework).tickets
    row = tickets.row(0, named=True)
    assert row["key"] == "SUPP-1" and row["summary"] == "Summary of SUPP-1"
    assert row["reporter"] == "Ann Lee" and row["reporter_id"] == "557058:abc"
    assert row["assignee"] == "Bo Chan"
    assert row["resolved"] == datetime(2026, 1, 7, 9, 0)  # the wall clock Jira wrote
    assert row["closed_at"] == datetime(2026, 1, 7, 9, 0)
    assert row["components"] == ["DNS"] and row["priority"] == "High"
    assert row["team"] == ["PlatOps"]
    assert row["comments"] == [{"at": datetime(2026, 1, 6, 8, 30), "author": "Cy Dee",
                                "author_id": "557058:zzz", "body": "On it; soon"}]
    assert row["Time Spent"] == "3600" and row["Σ Time Spent"] == "7200"
    assert tickets.schema["created"] == pl.Datetime("us")


def test_data_center_people_are_keyed_by_their_key(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl", issue(
        "SUPP-1", reporter=server_person("JIRAUSER10100", "Ann Lee"), description="plain text",
        comment={"comments": [{"author": server_person("JIRAUSER10100", "Ann Lee"),
                               "created": "2026-01-06T08:30:00.000+0000", "body": "still broken"}]},
    ))
    row = read_export([path], framework).tickets.row(0, named=True)
    assert row["reporter_id"] == "JIRAUSER10100" and row["reporter"] == "Ann Lee"
    assert row["description"] == "plain text"
    assert row["comments"][0]["author"] == "Ann Lee"
    assert row["comments"][0]["body"] == "still broken"


def test_done_category_in_any_language_counts_as_done(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl", issue(
        "SUPP-1", status="Erledigt", category="done", category_name="Fertig",
        updated="2026-01-09T12:00:00.000+0000", statuscategorychangedate="2026-01-08T12:00:00.000+0000",
    ))
    row = read_export([path], framework).tickets.row(0, named=True)
    assert row["closed_at"] == datetime(2026, 1, 8, 12, 0)


def test_custom_fields_are_named_from_the_pull_record(tmp_path, framework, capsys):
    fields = {"customfield_10010": {"value": "Observability", "id": "1"},
              "customfield_10020": [{"displayName": "Ann Lee", "accountId": "1"},
                                    {"displayName": "Bo Chan", "accountId": "2"}]}
    path = write_pulled(tmp_path / "supp.jsonl", issue("SUPP-1", **fields))
    before = read_export([path], framework).tickets
    assert before.row(0, named=True)["Custom field (customfield_10010)"] == "Observability"
    save_pull_record(path, PullRecord("https://x", "cloud", "project = SUPP", "2026-01-10",
                                      names={"customfield_10010": "Team Name",
                                             "customfield_10020": "Helpers"}))
    export = read_export([path], framework, team_field="Custom field (Team Name)")
    row = export.tickets.row(0, named=True)
    assert row["team"] == ["Observability"]
    assert row["Custom field (Helpers)"] == ["Ann Lee", "Bo Chan"]


def test_two_pulls_dedupe_by_key_keeping_the_newest_update(tmp_path, framework):
    folder = tmp_path / "pulls"
    folder.mkdir()
    write_pulled(folder / "a.jsonl", issue("SUPP-1", updated="2026-01-06T10:00:00.000+0000",
                                           labels=("old",)), issue("SUPP-2"))
    write_pulled(folder / "b.jsonl", issue("SUPP-1", updated="2026-01-08T10:00:00.000+0000",
                                           labels=("platops",)))
    export = read_export([folder], framework)
    assert sorted(export.tickets.get_column("key").to_list()) == ["SUPP-1", "SUPP-2"]
    newest = export.tickets.filter(pl.col("key") == "SUPP-1").row(0, named=True)
    assert newest["labels"] == ["platops"]
    assert any("repeat an issue key" in warning for warning in export.warnings)


def test_pulled_board_beside_a_csv_export_reads_as_one_board(tmp_path, framework):
    folder = tmp_path / "board"
    folder.mkdir()
    (folder / "old.csv").write_text(
        "Issue key,Summary,Created,Updated,Labels\n"
        "SUPP-1,Old,05/Jan/26 10:00 AM,05/Jan/26 10:00 AM,bnd\n"
        "SUPP-9,Only in CSV,02/Jan/26 9:00 AM,02/Jan/26 9:00 AM,bnd\n", encoding="utf-8")
    write_pulled(folder / "new.jsonl", issue("SUPP-1", updated="2026-01-09T10:00:00.000+0000"))
    tickets = read_export([folder], framework).tickets.sort("key")
    assert tickets.get_column("key").to_list() == ["SUPP-1", "SUPP-9"]
    assert tickets.get_column("team").to_list() == [["PlatOps"], ["Build and Deploy"]]
    assert tickets.get_column("created").to_list() == [datetime(2026, 1, 5, 10),
                                                       datetime(2026, 1, 2, 9)]
    assert tickets.get_column("status_changes").to_list()[1] is None


CHANGES = (("2026-01-06T09:00:00.000+0000", "In Progress", "Done"),
           ("2026-01-05T12:00:00.000+0000", "Open", "In Progress"))


def test_status_changes_are_sorted_with_category_keys(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl",
                        issue("SUPP-1", status="Done", category="done", changes=CHANGES),
                        issue("SUPP-2", status="In Progress", category="indeterminate"))
    tickets = read_export([path], framework).tickets
    assert tickets.get_column("status_changes").to_list() == [[
        {"at": datetime(2026, 1, 5, 12), "from_status": "Open", "from_category": None,
         "to_status": "In Progress", "to_category": "indeterminate"},
        {"at": datetime(2026, 1, 6, 9), "from_status": "In Progress",
         "from_category": "indeterminate", "to_status": "Done", "to_category": "done"},
    ], []]
    assert tickets.schema["status_changes"] == pl.List(pl.Struct({
        "at": pl.Datetime("us"), "from_status": pl.String, "from_category": pl.String,
        "to_status": pl.String, "to_category": pl.String}))


def test_pull_record_categories_win_and_change_the_cached_board(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl",
                        issue("SUPP-1", status="Done", category="done", changes=CHANGES))

    def first_from_category() -> str | None:
        tickets = read_board(path, framework, columns=["status_changes"]).tickets
        return tickets.get_column("status_changes").to_list()[0][0]["from_category"]
    assert first_from_category() is None
    save_pull_record(path, PullRecord("https://x", "cloud", "project = SUPP", "2026-01-10",
                                      statuses={"Open": {"key": "new", "name": "To Do"}}))
    assert first_from_category() == "new"


def test_status_changes_only_when_asked_for(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl", issue("SUPP-1", changes=CHANGES))
    assert "status_changes" not in read_export([path], framework, columns=["summary"]).tickets
    asked = read_export([path], framework, columns=["status_changes"]).tickets
    assert asked.get_column("status_changes").list.len().to_list() == [2]


def test_csv_boards_have_no_status_changes(tmp_path, framework):
    path = tmp_path / "board.csv"
    path.write_text("Issue key,Summary,Created\nSUPP-1,A,05/Jan/26 10:00 AM\n", encoding="utf-8")
    assert "status_changes" not in read_export([path], framework).tickets.columns


@pytest.mark.parametrize(("text", "message"), [
    ('{"key": "SUPP-1", "fields": {}}\n{"key": \n', "line 2 is not JSON"),
    ('[1, 2]\n', "line 1 is JSON but not a Jira issue"),
    ('{"key": "SUPP-1"}\n', "line 1 is JSON but not a Jira issue"),
    ('\n\n', "is empty"),
    ('', "is empty"),
])
def test_bad_lines_are_one_sentence(tmp_path, framework, text, message):
    path = tmp_path / "supp.jsonl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as raised:
        read_export([path], framework)
    assert str(path) in str(raised.value)


def test_custom_timestamps_keep_the_wall_clock_and_options_their_value(tmp_path, framework):
    path = write_pulled(tmp_path / "supp.jsonl", issue(
        "SUPP-1", customfield_1="2026-02-25T15:05:00.000+0100",
        customfield_2={"value": "Sev 1", "child": {"value": "Paging"}}, customfield_3=2.0))
    row = read_export([path], framework).tickets.row(0, named=True)
    assert row["Custom field (customfield_1)"] == "2026-02-25 15:05:00"
    assert row["Custom field (customfield_2)"] == "Sev 1 - Paging"
    assert row["Custom field (customfield_3)"] == "2"


def test_a_summary_starting_with_a_timestamp_is_kept_whole(tmp_path, framework):
    summary = "2026-01-17T10:32:00 outage in eu-west"
    path = write_pulled(tmp_path / "supp.jsonl", issue("SUPP-1", summary=summary))
    assert read_export([path], framework).tickets.row(0, named=True)["summary"] == summary


def test_worklogs_become_log_work_cells(tmp_path, framework):
    worklog = {"worklogs": [{"author": cloud_person("557058:abc", "Ann Lee"),
                             "started": "2026-01-06T08:00:00.000+0000",
                             "timeSpentSeconds": 5400, "comment": "triage"}]}
    path = write_pulled(tmp_path / "supp.jsonl", issue("SUPP-1", worklog=worklog))
    row = read_export([path], framework).tickets.row(0, named=True)
    assert row["Log Work"] == ["triage;2026-01-06 08:00:00;557058:abc;5400"]
