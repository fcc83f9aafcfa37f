"""read_export(columns=...): only the asked columns (and what the board is derived from) are
read, with the same values as a full read."""

from __future__ import annotations

from pathlib import Path

import pytest
from polars.testing import assert_frame_equal

from analysis.jira import read_export

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"
EXPORT = (
    "Issue key,Summary,Assignee,Reporter,Reporter Id,Created,Updated,Resolved,Status Category,"
    "Status Category Changed,Labels,Labels,Comment,Comment\n"
    "SUPP-1,Old,Ann,Bob,557058:bob,05/Jan/26 10:00 AM,06/Jan/26 10:00 AM,,Done,"
    "07/Jan/26 9:00 AM,platops,,05/Jan/26 11:00 AM;557058:bob;hi,\n"
    "SUPP-1,New,Ann,Bob,557058:bob,05/Jan/26 10:00 AM,08/Jan/26 10:00 AM,,Done,"
    "08/Jan/26 9:00 AM,platops,bnd,05/Jan/26 11:00 AM;557058:bob;hi,06/Jan/26 9:00 AM;amy;ok\n"
    "SUPP-2,Open,,Cy,557058:cy,13/Jan/26 2:15 PM,13/Jan/26 2:15 PM,,To Do,,,,,\n"
)


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


@pytest.mark.parametrize("columns", [set(), {"assignee"}, {"comments"}, {"summary", "labels"}])
@pytest.mark.parametrize("which", ["demo", "hand-written"])
def test_projected_columns_equal_a_full_read(which, columns, export):
    path = DEMO if which == "demo" else export
    full = read_export([path])
    part = read_export([path], columns=columns)
    assert_frame_equal(part.tickets, full.tickets.select(part.tickets.columns))
    assert part.warnings == full.warnings
    assert {"key", "created", "updated", "closed_at", "team"} <= set(part.tickets.columns)


def test_unasked_columns_are_not_read(export):
    tickets = read_export([export], columns={"assignee"}).tickets
    assert "assignee" in tickets.columns
    assert not {"summary", "comments", "labels", "reporter"} & set(tickets.columns)


def test_derived_columns_and_dedupe_survive_projection(export):
    tickets = read_export([export], columns=set()).tickets
    assert tickets["key"].to_list() == ["SUPP-1", "SUPP-2"]
    assert tickets["team"].to_list() == [["PlatOps", "Build and Deploy"], []]
    assert str(tickets["closed_at"][0]) == "2026-01-08 09:00:00"


def test_comments_asked_are_parsed_with_author_names(export):
    tickets = read_export([export], columns={"comments"}).tickets
    first = tickets["comments"][0].to_list()
    assert [c["author"] for c in first] == ["Bob", "amy"]
    assert first[0]["author_id"] == "557058:bob"


def test_an_export_column_can_be_asked_by_its_header(export):
    tickets = read_export([export], columns={"Status Category Changed"}).tickets
    assert "Status Category Changed" in tickets.columns
