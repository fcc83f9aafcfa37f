"""The reader on hand-written exports that reproduce what real Jira files look like."""

from __future__ import annotations

from datetime import datetime

import polars as pl
import pytest

from analysis.columns import CANONICAL_COLUMNS
from analysis.jira import read_export

HEADER = "Issue key,Summary,Created,Updated"


def test_repeated_columns_collapse_to_lists_in_order_without_empties(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Labels,Labels,Labels,Component/s,Component/s,Watchers,"
        "Watchers,Sprint,Sprint\n"
        "S-1,a,17/Jan/21 10:32 AM,zeta,,alpha,Build,,ann,bob,,Sprint 7\n"
        "S-2,b,17/Jan/21 10:32 AM,,,,,,,,,\n"
    )
    assert column(export, "labels") == [["zeta", "alpha"], []]
    assert column(export, "components") == [["Build"], []]
    assert column(export, "Watchers") == [["ann", "bob"], []]
    assert column(export, "Sprint") == [["Sprint 7"], []]
    assert export.tickets.schema["labels"] == pl.List(pl.String)


def test_components_header_spelled_components(read_text, column):
    export = read_text("Issue key,Summary,Created,Components\nS-1,a,17/Jan/21 10:32 AM,Db\n")
    assert column(export, "components") == [["Db"]]


def test_comments_split_on_first_two_semicolons_only(read_text, column):
    body = "Restarted the agent; it works now.\nSecond line; with more ; semicolons"
    export = read_text(
        "Issue key,Summary,Created,Comment,Comment,Comment\n"
        f'S-1,a,17/Jan/21 10:32 AM,"18/Jan/21 9:05 AM;557058:f1e2d3;{body}",,'
        '"19/Jan/21 4:40 PM;qm:abc-123;short"\n'
    )
    assert column(export, "comments") == [[
        {"at": datetime(2021, 1, 18, 9, 5), "author": "557058:f1e2d3",
         "author_id": "557058:f1e2d3", "body": body},
        {"at": datetime(2021, 1, 19, 16, 40), "author": "qm:abc-123",
         "author_id": "qm:abc-123", "body": "short"},
    ]]


def test_comment_without_date_and_author_keeps_its_text_as_body(read_text, column):
    export = read_text("Issue key,Summary,Created,Comment\nS-1,a,17/Jan/21 9:00 AM,text\n")
    assert column(export, "comments") == [[{"at": None, "author": None, "author_id": None, "body": "text"}]]


def test_bom_crlf_inside_quoted_cells_and_lf_record_ends(read_text, column):
    export = read_text(
        "\ufeffIssue key,Summary,Description,Created\n"
        'S-1,a,"line one\r\nline two, with comma and ""quotes""",17/Jan/21 10:32 AM\n'
        "S-2,b,,17/Jan/21 10:32 AM\n"
    )
    assert column(export, "key") == ["S-1", "S-2"]
    assert column(export, "description")[0] == 'line one\r\nline two, with comma and "quotes"'
    assert export.files[0].header[0] == "Issue key"


def test_crlf_record_ends_from_excel(read_text, column):
    export = read_text(f"{HEADER}\r\nS-1,a,17/Jan/21 9:00 AM,\r\nS-2,b,17/Jan/21 9:00 AM,\r\n")
    assert column(export, "key") == ["S-1", "S-2"]
    assert column(export, "summary") == ["a", "b"]


def test_all_fields_and_current_fields_exports_give_the_same_tickets(write_export, framework):
    extra = [f"Custom field (Field {i})" for i in range(300)]
    all_fields = (
        ",".join(["Summary", "Issue key", "Issue id", *extra, "Created", "Status"]) + "\n"
        + ",".join(["Disk full", "S-1", "10001", *["" for _ in extra], "17/Jan/21 10:32 AM",
                    "Open"]) + "\n"
    )
    current = "Status,Created,Issue key,Summary\nOpen,17/Jan/21 10:32 AM,S-1,Disk full\n"
    wide = read_export([write_export(all_fields, "all.csv")], framework).tickets
    narrow = read_export([write_export(current, "current.csv")], framework).tickets
    assert wide.select(CANONICAL_COLUMNS).equals(narrow.select(CANONICAL_COLUMNS))
    assert "Custom field (Field 299)" in wide.columns and "Issue id" in wide.columns


def test_canonical_columns_come_first_then_export_columns_then_source(read_text):
    export = read_text("Zebra,Issue key,Summary,Created\nz,S-1,a,17/Jan/21 10:32 AM\n")
    columns = export.tickets.columns
    assert tuple(columns[: len(CANONICAL_COLUMNS)]) == CANONICAL_COLUMNS
    assert columns[len(CANONICAL_COLUMNS):] == ["Zebra", "source_file", "source_record"]
    schema = export.tickets.schema
    assert schema["created"] == pl.Datetime("us") and schema["source_record"] == pl.UInt32
    assert schema["comments"] == pl.List(
        pl.Struct({"at": pl.Datetime("us"), "author": pl.String, "author_id": pl.String,
                   "body": pl.String})
    )


def test_missing_optional_columns_are_null_or_empty_lists(read_text):
    export = read_text("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n")
    row = export.tickets.row(0, named=True)
    assert row["assignee"] is None and row["resolved"] is None and row["closed_at"] is None
    assert row["labels"] == [] and row["comments"] == [] and row["team"] == []


def test_empty_trailing_rows_are_dropped_and_record_numbers_kept(read_text, column):
    export = read_text(
        f"{HEADER}\r\nS-1,a,17/Jan/21 10:32 AM,\r\n,,,\r\nS-2,b,17/Jan/21 10:32 AM,\r\n,,,\r\n"
        ",,,\r\n"
    )
    assert column(export, "key") == ["S-1", "S-2"]
    assert column(export, "source_record") == [0, 2]
    assert export.files[0].records == 5


def test_cp1252_file_from_excel_is_read_with_a_warning(write_export, framework, column):
    text = "Issue key;Summary;Created\r\nS-1;Café déjà vu – €5;17/01/2021 15:26\r\n"
    path = write_export(text, encoding="cp1252")
    export = read_export([path], framework)
    assert column(export, "summary") == ["Café déjà vu – €5"]
    assert column(export, "created") == [datetime(2021, 1, 17, 15, 26)]
    assert export.files[0].encoding == "cp1252"
    assert any("Windows-1252" in warning for warning in export.warnings)


def test_unknown_columns_are_kept_with_their_text(read_text, column):
    export = read_text(
        "Issue key,Summary,Created,Custom field (Team Name),Σ Time Spent\n"
        "S-1,a,17/Jan/21 10:32 AM,Data Platform,3600\n"
    )
    assert column(export, "Custom field (Team Name)") == ["Data Platform"]
    assert column(export, "Σ Time Spent") == ["3600"]


def test_header_that_clashes_with_a_canonical_name_is_renamed(read_text, column):
    export = read_text("Issue key,Summary,Created,team\nS-1,a,17/Jan/21 10:32 AM,x\n")
    assert column(export, "team (export)") == ["x"]


def test_file_names_with_glob_characters_are_read_as_named(write_export, framework, column):
    path = write_export("Issue key,Summary,Created\nS-1,a,17/Jan/21 10:32 AM\n", "Jira [1].csv")
    write_export("Issue key,Summary,Created\nS-2,b,17/Jan/21 10:32 AM\n", "Jira 1.csv")
    assert column(read_export([path], framework), "key") == ["S-1"]


REPORTER_HEADER = "Issue key,Summary,Reporter,Created,Comment,Comment\n"
REPORTER_ROW = "S-1,a,Ana Silva,21/Dec/20 10:00 AM,21/Dec/20 10:05 AM;{0};info,22/Dec/20 10:00 AM;{1};ok\n"


@pytest.fixture
def reporter_warnings(read_text):
    """`reporter_warnings(text)`: the warnings about a missing Reporter Id column."""
    def warnings(text: str) -> list[str]:
        return [w for w in read_text(text).warnings if "Reporter Id" in w]
    return warnings


@pytest.mark.parametrize("author", ["557058:ana", "qm:1c2d-ab", "5b10ac8d82e05b22cc7d4ef5"])
def test_account_id_authors_without_reporter_id_get_a_warning(author, reporter_warnings):
    (warning,) = reporter_warnings(REPORTER_HEADER + REPORTER_ROW.format(author, "bob"))
    assert warning.startswith("First response times may count the reporter's own comments")
    assert "export again from Jira with all fields" in warning


def test_no_reporter_id_warning_for_name_authors_or_when_the_column_is_there(reporter_warnings):
    assert not reporter_warnings(REPORTER_HEADER + REPORTER_ROW.format("Ana", "Bob"))
    with_id = REPORTER_HEADER.replace("Reporter,", "Reporter,Reporter Id,")
    row = REPORTER_ROW.format("557058:ana", "712020:bob").replace("Silva,", "Silva,557058:ana,")
    assert not reporter_warnings(with_id + row)
