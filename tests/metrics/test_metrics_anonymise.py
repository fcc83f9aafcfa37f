"""Anonymising a board read from an export leaves no person's name or id in its comments."""

from __future__ import annotations

import polars as pl

from analysis.jira import read_export
from analysis.metrics import (
    KEY_VARIABLE,
    anonymise,
    anonymised_board,
    key_warning,
    open_board,
    person_token,
    with_durations,
)

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


PLANTED_SUMMARIES = (
    "Kwame: histogram buckets wrong, ask Mensah or kwame.mensah@example.com",
    "Carla Diaz and Moss report [~accountid:557058:abcd1234ef] broke it, cc [~jsmith]",
    "Call +44 20 7946 0958, (555) 123-4567 or 020 7946 0958 about Patel's deploy",
)
PLANTED = (
    "Kwame", "Mensah", "kwame.mensah@example.com", "Carla", "Diaz", "Moss", "Patel", "Olsen",
    "557058:abcd1234ef", "jsmith", "+44 20 7946 0958", "123-4567", "7946 0958", "Dev",
    "557058:cccc3333", "557058:dddd4444", "557058:ffff6666", "712020:9999abcd", "Finn",
)
OTHER_PEOPLE = {
    "Creator": pl.String, "Creator Id": pl.String, "Watchers": pl.List(pl.String),
    "Watchers Id": pl.List(pl.String), "Project lead": pl.String, "Project lead id": pl.String,
    "Custom field (Approver)": pl.String, "Issue id": pl.String,
}


def planted_frame(tickets):
    """Three tickets whose summaries and person columns hold every kind of personal data."""
    return tickets([{
        "summary": summary, "reporter": "Kwame Mensah", "reporter_id": "557058:aaaa1111",
        "assignee": "Eve Moss", "labels": ["kwame-urgent"], "Creator": "Carla Diaz",
        "Creator Id": "557058:cccc3333", "Watchers": ["Dev Patel", "Finn Olsen"],
        "Watchers Id": ["557058:dddd4444", "557058:eeee5555"], "Project lead": "Finn Olsen",
        "Project lead id": "557058:ffff6666", "Custom field (Approver)": "712020:9999abcd",
        "Issue id": "10001",
    } for summary in PLANTED_SUMMARIES], **OTHER_PEOPLE)


def test_every_person_column_becomes_tokens(tickets):
    hidden = anonymise(planted_frame(tickets), key=b"k")
    row = hidden.row(0, named=True)
    assert row["Creator"] == person_token("Carla Diaz", b"k")
    assert row["Creator Id"] == person_token("557058:cccc3333", b"k")
    assert row["Watchers"] == [person_token("Dev Patel", b"k"), person_token("Finn Olsen", b"k")]
    assert row["Watchers Id"][1] == person_token("557058:eeee5555", b"k")
    assert row["Project lead"] == person_token("Finn Olsen", b"k")
    assert row["Project lead id"] == person_token("557058:ffff6666", b"k")
    assert row["Custom field (Approver)"] == person_token("712020:9999abcd", b"k")
    assert row["Issue id"] == "10001"


def test_summaries_keep_no_name_part_email_mention_id_or_phone(tickets):
    hidden = anonymise(planted_frame(tickets), key=b"k")
    text = str(hidden.drop("source_file", strict=False).to_dicts())
    assert [planted for planted in PLANTED if planted.casefold() in text.casefold()] == []
    summaries = hidden["summary"].to_list()
    kwame = person_token("Kwame Mensah", b"k")
    assert summaries[0] == (f"{kwame}: histogram buckets wrong, ask {kwame} or [email]")
    assert summaries[1] == (f"{person_token('Carla Diaz', b'k')} and "
                            f"{person_token('Eve Moss', b'k')} report "
                            f"{person_token('557058:abcd1234ef', b'k')} broke it, cc "
                            f"{person_token('jsmith', b'k')}")
    assert summaries[2] == (f"Call [phone], [phone] or [phone] about "
                            f"{person_token('Dev Patel', b'k')}'s deploy")
    assert hidden["labels"].to_list()[0] == [f"{kwame}-urgent"]


def test_names_are_replaced_only_as_whole_words(tickets):
    frame = tickets([{"summary": "Analytics for Ana, Anatoli's team: SUPP-1234 on 2026-11-03 "
                                 "at 10:32, v1.2.3, host 10.0.12.345, order 12345678",
                      "reporter": "Ana Silva", "assignee": "Li Wei"}])
    summary = anonymise(frame, key=b"k")["summary"].item()
    assert summary == (f"Analytics for {person_token('Ana Silva', b'k')}, Anatoli's team: "
                       "SUPP-1234 on 2026-11-03 at 10:32, v1.2.3, host 10.0.12.345, "
                       "order 12345678")


def test_an_unset_key_gives_a_warning_that_says_how_to_set_it(monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    warning = key_warning()
    assert warning is not None and KEY_VARIABLE in warning and "recompute" in warning
    monkeypatch.setenv(KEY_VARIABLE, "team secret")
    assert key_warning() is None


def test_a_board_is_anonymised_once_however_often_asked(tmp_path, framework, monkeypatch):
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    path = tmp_path / "board.csv"
    path.write_text(EXPORT)
    board = open_board([path], anonymised=True)
    assert board.anonymised and anonymised_board(board) is board
    assert board.tickets["reporter"].to_list() == [person_token("Ana Silva")]


def test_a_board_with_thousands_of_people_is_scrubbed(tickets):
    frame = tickets([{"reporter": f"Ana{n} Silva{n}", "reporter_id": f"557058:ana{n:06d}",
                      "summary": f"ana{n} cannot log in, says SILVA{n}"} for n in range(5000)])
    summaries = anonymise(frame, key=b"k")["summary"].to_list()
    token = person_token("Ana7 Silva7", b"k")
    assert summaries[7] == f"{token} cannot log in, says {token}"


def test_a_name_that_is_a_common_word_is_replaced_only_when_capitalised(tickets):
    frame = tickets([{"summary": "Dev says pods evicted on dev; [DEV] runners queue",
                      "reporter": "Dev Patel", "labels": ["dev-experience"]}])
    row = anonymise(frame, key=b"k").row(0, named=True)
    assert row["summary"] == (f"{person_token('Dev Patel', b'k')} says pods evicted on dev; "
                              "[DEV] runners queue")
    assert row["labels"] == ["dev-experience"]
