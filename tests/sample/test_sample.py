"""The synthetic SUPP export: deterministic bytes, Jira's all-fields shape, realistic mix."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import polars as pl
import pytest

from analysis.errors import InputError
from analysis.sample import _vocab as vocab
from analysis.sample import generate_sample, sample_frame, write_sample
from supp_tui.cli import main

DEMO = Path(__file__).resolve().parents[2] / "demo" / "supp-demo.csv"
JIRA_DATE = re.compile(r"^\d\d/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/\d\d "
                       r"(1[0-2]|[1-9]):[0-5]\d (AM|PM)$")
ACCOUNT_ID = r"(557058:[0-9a-f-]{36}|712020:[0-9a-f-]{36}|qm:[0-9a-f-]{36}:[0-9a-f-]{36})"
COMMENT = re.compile(r"^(?P<at>[^;]+);" + ACCOUNT_ID + r";(?P<body>.+)$", re.DOTALL)
DATE_HEADERS = ("Created", "Updated", "Last Viewed", "Resolved", "Status Category Changed")
TEAM_ALIASES = {alias.lower(): name for name, aliases in vocab.PLATFORM_TEAMS
                for alias in aliases}


@pytest.fixture(scope="module")
def board(tmp_path_factory) -> Path:
    """A 3,000-ticket sample with the default seed and window, written once."""
    return write_sample(tmp_path_factory.mktemp("sample") / "board.csv", 3000, 7)


@pytest.fixture(scope="module")
def records(board: Path) -> list[list[str]]:
    """The board's records as the csv module reads them (header first)."""
    with board.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def column(records: list[list[str]], header: str) -> list[list[str]]:
    """Every cell under a (possibly repeated) header, one list per ticket."""
    positions = [i for i, name in enumerate(records[0]) if name == header]
    return [[record[i] for i in positions] for record in records[1:]]


def test_same_seed_gives_same_bytes_and_other_seed_differs(tmp_path):
    first = write_sample(tmp_path / "a.csv", 400, 11).read_bytes()
    again = write_sample(tmp_path / "b.csv", 400, 11).read_bytes()
    other = write_sample(tmp_path / "c.csv", 400, 12).read_bytes()
    assert first == again
    assert first != other


def test_bytes_do_not_depend_on_hash_seed_or_thread_count(tmp_path):
    script = ("import sys; from analysis.sample._writer import write_sample; "
              "write_sample(sys.argv[1], 300, 4)")
    environment = {**os.environ, "PYTHONHASHSEED": "12345", "POLARS_MAX_THREADS": "1"}
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "child.csv")], check=True,
                   env=environment, cwd=Path(__file__).resolve().parents[2])
    here = write_sample(tmp_path / "here.csv", 300, 4)
    assert (tmp_path / "child.csv").read_bytes() == here.read_bytes()


def test_chunked_output_is_one_continuous_export(tmp_path, monkeypatch):
    from analysis.sample import _writer as sample

    monkeypatch.setattr(sample, "CHUNK_TICKETS", 97)
    frame = pl.read_csv(write_sample(tmp_path / "c.csv", 500, 2), infer_schema=False)
    assert frame["Issue key"].to_list() == [f"SUPP-{n}" for n in range(1, 501)]
    assert frame["Issue id"].cast(pl.Int64).is_sorted()


def test_bundled_demo_regenerates_byte_for_byte(tmp_path):
    regenerated = write_sample(tmp_path / "demo.csv", 3000, 7)
    assert regenerated.read_bytes() == DEMO.read_bytes()


def test_every_record_has_the_header_width_and_ends_in_lf(board, records):
    assert len(records) == 3001
    assert {len(record) for record in records} == {len(records[0])}
    raw = board.read_bytes()
    assert raw.endswith(b"\n") and not raw.endswith(b"\r\n")
    assert b"\r\n" in raw  # CRLF inside some quoted descriptions


def test_repeated_fields_are_as_wide_as_their_fullest_ticket_and_filled_from_the_left(records):
    for header in ("Labels", "Comment", "Watchers", "Sprint", "Component/s"):
        cells = column(records, header)
        assert len(cells[0]) >= 2, header
        used = [sum(1 for cell in ticket if cell) for ticket in cells]
        assert max(used) == len(cells[0]), header
        assert all(all(ticket[:n]) for ticket, n in zip(cells, used)), header


def test_header_uses_jira_names_and_custom_fields(records):
    header = records[0]
    for name in ("Summary", "Issue key", "Issue id", "Issue Type", "Status", "Project key",
                 "Priority", "Resolution", "Assignee", "Reporter", "Reporter Id", "Created",
                 "Resolved", "Description", "Custom field (Team Name)", "Status Category",
                 "Status Category Changed"):
        assert header.count(name) == 1, name
    assert sum(name.startswith("Custom field (") for name in header) >= 30


def test_dates_use_jira_default_format(records):
    for header in DATE_HEADERS:
        cells = [ticket[0] for ticket in column(records, header) if ticket[0]]
        assert cells, header
        assert all(JIRA_DATE.match(cell) for cell in cells), header


def test_comments_are_date_author_body_with_semicolons_and_newlines_in_bodies(records):
    cells = [cell for ticket in column(records, "Comment") for cell in ticket if cell]
    matches = [COMMENT.match(cell) for cell in cells]
    assert all(matches)
    assert all(JIRA_DATE.match(m["at"]) for m in matches)
    assert any(";" in m["body"] for m in matches)
    assert any("\n" in m["body"] for m in matches)


def test_descriptions_carry_quotes_commas_semicolons_and_line_breaks(board, records):
    descriptions = [ticket[0] for ticket in column(records, "Description")]
    assert any('"' in text for text in descriptions)
    assert any("," in text and ";" in text and "\n" in text for text in descriptions)
    assert b'""' in board.read_bytes()  # quotes escaped the CSV way
    assert 0.01 < sum(not text for text in descriptions) / len(descriptions) < 0.1


def test_team_labels_cover_most_tickets_with_alias_spellings_and_case_variants(records):
    labels = column(records, "Labels")
    teams = [{TEAM_ALIASES[label.lower()] for label in ticket if label.lower() in TEAM_ALIASES}
             for ticket in labels]
    with_team = sum(bool(t) for t in teams) / len(teams)
    assert 0.83 <= with_team <= 0.92
    assert 0.01 <= sum(len(t) == 2 for t in teams) / len(teams) <= 0.08
    assert {name for t in teams for name in t} == set(TEAM_ALIASES.values())
    spellings = {label for ticket in labels for label in ticket if label.lower() in TEAM_ALIASES}
    assert len(spellings) > 20 and any(label != label.lower() for label in spellings)
    others = {label for ticket in labels for label in ticket
              if label and label.lower() not in TEAM_ALIASES}
    assert {"urgent", "customer-impact", "q3-migration"} <= others


def test_status_mix_and_done_without_resolved(records):
    status = [t[0] for t in column(records, "Status")]
    category = [t[0] for t in column(records, "Status Category")]
    resolved = [t[0] for t in column(records, "Resolved")]
    assert set(status) == {"Open", "In Progress", "Waiting for customer", "Resolved", "Closed",
                           "Done"}
    assert set(category) == {"To Do", "In Progress", "Done"}
    done = category.count("Done") / len(category)
    assert 0.8 < done < 0.97
    done_unresolved = sum(c == "Done" and not r for c, r in zip(category, resolved))
    assert 0.02 * len(category) < done_unresolved < 0.1 * len(category)
    assert all(not r for c, r in zip(category, resolved) if c != "Done")


def test_weekends_and_christmas_are_quiet(records):
    created = [datetime.strptime(t[0], "%d/%b/%y %I:%M %p") for t in column(records, "Created")]
    weekend = sum(day.weekday() >= 5 for day in created) / len(created)
    assert weekend < 0.08
    christmas = sum(date(2025, 12, 22) <= day.date() <= date(2026, 1, 2) for day in created)
    assert christmas < 12 / 7 * 3000 / 52 * 0.6  # well under an ordinary 12 days
    assert min(created).date() >= date(2025, 11, 17)
    assert max(created).date() <= date(2026, 11, 15)


def test_reporters_always_come_from_the_same_service_team():
    frame = sample_frame(1500, 3)
    per_reporter = frame.group_by("Reporter Id").agg(
        pl.col("Reporter").n_unique(), pl.col("_origin_team").n_unique(),
        pl.col("_origin_location").n_unique())
    assert per_reporter.select(pl.all().exclude("Reporter Id").max()).row(0) == (1, 1, 1)
    assert 40 <= frame["_origin_team"].n_unique() <= 70
    assert frame["Reporter Id"].str.contains(r"^(557058|712020|qm):").all()


def test_topics_line_up_with_products_and_owning_teams():
    frame = sample_frame(1500, 3)
    build = frame.filter(pl.col("_macro_category") == "Build pipeline")
    assert set(build["_product"]) <= {"Jenkins", "GitHub Actions", "Artifactory"}
    owners = build["_platform_teams"].explode().drop_nulls().value_counts(sort=True)
    assert owners["_platform_teams"][0] == "Build and Deploy"
    assert frame["_macro_category"].n_unique() == 13


def test_window_can_be_moved_and_shortened(tmp_path):
    report = generate_sample(tmp_path / "q.csv", 200, 1, start=date(2024, 1, 1), weeks=4)
    assert (report.first_day, report.last_day) == (date(2024, 1, 1), date(2024, 1, 28))
    created = pl.read_csv(report.path, infer_schema=False)["Created"]
    assert created.str.contains(r"/(Jan|Feb)/24 ").all()


@pytest.mark.parametrize("arguments, message", [
    ({"tickets": 0}, "--tickets"), ({"seed": -1}, "--seed"), ({"weeks": 0}, "--weeks"),
])
def test_bad_arguments_are_input_errors_and_leave_no_file(tmp_path, arguments, message):
    with pytest.raises(InputError, match=message):
        write_sample(tmp_path / "x.csv", **arguments)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_writing_leaves_no_half_written_file(tmp_path, monkeypatch):
    from analysis.sample import _writer as sample

    def broken(*_args):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(sample, "render_chunk", broken)
    with pytest.raises(RuntimeError):
        write_sample(tmp_path / "x.csv", 10)
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_the_sample_and_prints_one_line(tmp_path, capsys):
    target = tmp_path / "board.csv"
    assert main(["sample", "-o", str(target), "--tickets", "250", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "250 tickets" in out and str(target) in out
    assert target.read_bytes() == write_sample(tmp_path / "again.csv", 250, 5).read_bytes()


@pytest.mark.parametrize("argv, fragment", [
    (["--tickets", "-3"], "--tickets"),
    (["--start", "2025-13-01"], "YYYY-MM-DD"),
    (["--weeks", "9999"], "--weeks"),
])
def test_cli_bad_arguments_exit_2_with_one_sentence(tmp_path, capsys, argv, fragment):
    assert main(["sample", "-o", str(tmp_path / "b.csv"), *argv]) == 2
    assert fragment in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_missing_folder_is_an_input_error(tmp_path, capsys):
    assert main(["sample", "-o", str(tmp_path / "nowhere" / "b.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_reader_reads_the_sample(board):
    from analysis.jira import read_export

    export = read_export([board])
    tickets = export.tickets
    assert tickets.height == 3000
    assert export.warnings == ()
    with_team = tickets.select(pl.col("team").list.len().gt(0).mean()).item()
    assert 0.83 <= with_team <= 0.92
    assert tickets["created"].null_count() == 0
    closed = tickets.filter(pl.col("status_category") == "Done")
    assert closed["closed_at"].null_count() == 0
    assert closed["resolved"].null_count() > 0  # closed_at fell back to Status Category Changed
    comments = tickets["comments"].explode().drop_nulls().struct.unnest()
    assert comments["at"].null_count() == 0
    assert comments["author_id"].str.contains(r"^(557058|712020|qm):").all()
    assert not comments["author"].str.contains(r"^(557058|712020|qm):").any()  # all named
