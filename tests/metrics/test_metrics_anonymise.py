"""Anonymising a board read from an export leaves no person's name or id in its comments."""

from __future__ import annotations

from analysis.jira import read_export
from analysis.metrics import anonymise, person_token, with_durations

EXPORT = (
    "Issue key,Summary,Created,Reporter,Reporter Id,Assignee,Assignee Id,Comment,Comment\n"
    "S-1,a,17/Jan/21 10:32 AM,Ana Silva,557058:ana,Bo Li,557058:bo,"
    "17/Jan/21 11:00 AM;557058:ana;more detail,17/Jan/21 12:32 PM;557058:bo;on it\n"
)
PEOPLE = ("Ana Silva", "557058:ana", "Bo Li", "557058:bo")


def test_comment_author_names_and_ids_become_the_reporter_and_assignee_tokens(
        tmp_path, framework):
    path = tmp_path / "board.csv"
    path.write_text(EXPORT)
    tickets = read_export([path], framework).tickets
    hidden = anonymise(tickets, key=b"k")
    row = hidden.row(0, named=True)
    assert [(c["author"], c["author_id"]) for c in row["comments"]] == [
        (row["reporter"], row["reporter_id"]),
        (row["assignee"], person_token("557058:bo", b"k")),
    ]
    text = str(hidden.select("reporter", "reporter_id", "assignee", "comments").to_dicts())
    assert not [person for person in PEOPLE if person in text]
    assert with_durations(hidden)["response_hours"].to_list() == [2.0]
