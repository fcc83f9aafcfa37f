"""The label journal: replay, undo, torn lines, versions, merging, re-exports, unwritable paths."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from analysis.errors import InputError
from analysis.journal import (
    HEADER,
    Entry,
    format_entry,
    merge_journals,
    open_journal,
    read_journal,
    read_labels,
)
from analysis.journal._format import replay


def ticking_clock(start=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)):
    """A clock that moves one second per call, so journal order is predictable."""
    moments = (start + timedelta(seconds=i) for i in range(10_000))
    return lambda: next(moments)


def labels_of(path) -> set[tuple[str, str, str]]:
    return set(read_labels(path).iter_rows())


def test_missing_journal_reads_as_empty_frame(tmp_path):
    frame = read_labels(tmp_path / "none.labels.csv")
    assert frame.schema == pl.Schema({"key": pl.String, "dimension": pl.String,
                                      "value": pl.String})
    assert frame.height == 0


def test_single_dimension_last_set_wins_and_multi_adds_and_removes(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        journal.toggle("S-1", "team", "observability", multi=False)
        journal.toggle("S-1", "category", "metrics", multi=True)
        journal.toggle("S-1", "category", "logging", multi=True)
        journal.toggle("S-1", "category", "metrics", multi=True)
        journal.toggle("S-2", "team", "platops", multi=False)
        journal.toggle("S-2", "team", "platops", multi=False)
    assert labels_of(path) == {("S-1", "team", "observability"), ("S-1", "category", "logging")}


def test_every_line_has_time_labeller_key_dimension_value_op(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
    lines = path.read_text().splitlines()
    assert lines[:2] == HEADER.splitlines()
    assert lines[2] == "2026-01-05T09:00:00.000000Z,ana,S-1,team,platops,set"


def test_undo_appends_the_inverse_several_levels_deep(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        journal.toggle("S-1", "team", "observability", multi=False)
        journal.toggle("S-1", "category", "metrics", multi=True)
        journal.clear("S-1", "team")
        assert [change.key for change in journal.undo()] == ["S-1"]
        assert journal.values("S-1", "team") == ("observability",)
        journal.undo()
        assert journal.values("S-1", "category") == ()
        journal.undo()
        assert journal.values("S-1", "team") == ("platops",)
        journal.undo()
        assert journal.undo() == ()
        assert not journal.is_labelled("S-1")
    assert labels_of(path) == set()
    assert len(read_journal(path).entries) == 8


def test_a_group_is_undone_as_one_step_in_one_write(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        with journal.group():
            journal.set("S-1", "team", "observability", multi=False)
            journal.set("S-1", "category", "metrics", multi=True)
            journal.set("S-2", "category", "alerting", multi=True)
        undone = journal.undo()
        assert [(c.key, c.dimension) for c in undone] == [
            ("S-2", "category"), ("S-1", "category"), ("S-1", "team")]
        assert len({entry.at for change in undone for entry in change.entries}) == 1
        assert journal.values("S-1", "team") == ("platops",)
        assert not journal.values("S-1", "category") and not journal.is_labelled("S-2")
        assert [c.key for c in journal.undo()] == ["S-1"]
    assert labels_of(path) == set()


def test_set_many_labels_each_ticket_once_and_undoes_as_one_step(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-2", "team", "platops", multi=False)
        journal.toggle("S-3", "team", "observability", multi=False)
        changes = journal.set_many(["S-1", "S-2", "S-3", "S-1"], "team", "platops", multi=False)
        assert [c.key for c in changes] == ["S-1", "S-3"]
        assert journal.set_many(["S-1", "S-2"], "team", "platops", multi=False) == ()
        journal.undo()
        assert journal.values("S-3", "team") == ("observability",)
        assert not journal.is_labelled("S-1") and journal.values("S-2", "team") == ("platops",)
    assert len(read_journal(path).entries) == 6


def test_accepting_a_value_already_present_writes_nothing(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        assert journal.set("S-1", "team", "platops", multi=False) is not None
        assert journal.set("S-1", "team", "platops", multi=False) is None
        assert journal.clear("S-9", "team") is None
    assert len(read_journal(path).entries) == 1


def test_reopening_resumes_the_labels(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
    with open_journal(path, by="ana") as journal:
        assert journal.values("S-1", "team") == ("platops",)
        assert journal.next_undo is None


def test_values_with_commas_and_quotes_round_trip(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by='Ana "the, labeller"') as journal:
        journal.toggle("S-1", "product", 'Foo, "Bar"', multi=True)
    assert labels_of(path) == {("S-1", "product", 'Foo, "Bar"')}
    assert read_journal(path).entries[0].by == 'Ana "the, labeller"'


def test_torn_last_line_is_skipped_with_warning_and_next_append_starts_fresh(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        journal.toggle("S-2", "team", "platops", multi=False)
    data = path.read_bytes()
    path.write_bytes(data[:-9])  # cut the last line in the middle, as a crash would
    contents = read_journal(path)
    assert [e.key for e in contents.entries] == ["S-1"]
    assert "incomplete last line" in contents.warnings[0]
    with open_journal(path, by="ana") as journal:
        assert journal.warnings
        journal.toggle("S-3", "team", "netplat", multi=False)
    assert labels_of(path) == {("S-1", "team", "platops"), ("S-3", "team", "netplat")}
    assert "line 4: skipped" in read_journal(path).warnings[0]


def test_torn_header_from_a_crash_at_creation_opens_as_empty(tmp_path):
    path = tmp_path / "b.labels.csv"
    path.write_bytes(HEADER.encode()[:10])
    assert read_labels(path).height == 0
    with open_journal(path, by="ana") as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
    assert labels_of(path) == {("S-1", "team", "platops")}


def test_newer_format_is_an_error_and_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "b.labels.csv"
    original = b"# supp-tui journal v2\nat,by,key,dimension,value,op,extra\n"
    path.write_bytes(original)
    with pytest.raises(InputError, match="format v2"):
        read_labels(path)
    with pytest.raises(InputError, match="upgrade supp-tui"):
        open_journal(path, by="ana")
    assert path.read_bytes() == original


def test_a_file_that_is_not_a_journal_is_an_error(tmp_path):
    path = tmp_path / "board.csv"
    path.write_text("Summary,Issue key\nhello,S-1\n")
    with pytest.raises(InputError, match="not a supp-tui label journal"):
        open_journal(path, by="ana")
    assert path.read_text() == "Summary,Issue key\nhello,S-1\n"


def test_unwritable_location_is_an_error_before_labelling(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="folder does not exist"):
        open_journal(tmp_path / "missing" / "b.labels.csv", by="ana")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError, match="permission denied; pass --journal"):
        open_journal(tmp_path / "b.labels.csv", by="ana")


def test_read_only_folder_is_an_error(tmp_path):
    """Root ignores a folder's mode bits, but sysfs refuses new files even to root."""
    folder = Path("/sys") if os.geteuid() == 0 else tmp_path
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(InputError, match="permission denied"):
            open_journal(folder / "supp-tui-test.labels.csv", by="ana")
    finally:
        tmp_path.chmod(0o755)


def test_two_labellers_on_one_journal_see_each_other(tmp_path):
    path = tmp_path / "b.labels.csv"
    ana = open_journal(path, by="ana", clock=ticking_clock())
    bob = open_journal(path, by="bob", clock=ticking_clock(datetime(2026, 1, 5, 10, tzinfo=UTC)))
    ana.toggle("S-1", "category", "metrics", multi=True)
    change = bob.toggle("S-1", "category", "logging", multi=True)
    assert change.others == {"S-1"}
    assert bob.values("S-1", "category") == ("metrics", "logging")
    ana.toggle("S-2", "team", "platops", multi=False)
    ana.close()
    bob.close()
    assert labels_of(path) == {("S-1", "category", "metrics"), ("S-1", "category", "logging"),
                               ("S-2", "team", "platops")}
    assert {e.by for e in read_journal(path).entries} == {"ana", "bob"}


def test_merge_of_two_journals_replays_in_time_order(tmp_path):
    first, second = tmp_path / "ana.labels.csv", tmp_path / "bob.labels.csv"
    with open_journal(first, by="ana", clock=ticking_clock()) as journal:
        journal.toggle("S-1", "team", "platops", multi=False)       # 09:00:00
        journal.toggle("S-2", "team", "platops", multi=False)       # 09:00:01
    late = ticking_clock(datetime(2026, 1, 5, 9, 0, 0, 500_000, tzinfo=UTC))
    with open_journal(second, by="bob", clock=late) as journal:
        journal.toggle("S-1", "team", "observability", multi=False)  # 09:00:00.5
        journal.toggle("S-3", "team", "netplat", multi=False)
    expected = {("S-1", "team", "observability"), ("S-2", "team", "platops"),
                ("S-3", "team", "netplat")}
    assert labels_of([first, second]) == expected
    assert labels_of([second, first]) == expected
    merged = tmp_path / "merged.labels.csv"
    assert merge_journals([first, second], merged).lines == 4
    assert labels_of(merged) == expected


def test_labels_survive_a_re_export_that_drops_a_key(tmp_path):
    """Labels are keyed by issue key: a newer export without S-2 does not lose S-2's labels."""
    from analysis.framework import load_framework
    from analysis.metrics import labelled_tickets

    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        journal.toggle("S-1", "platform_team", "platops", multi=False)
        journal.toggle("S-2", "platform_team", "observability", multi=False)
    newer_export = pl.DataFrame({"key": ["S-3", "S-1"], "team": [[], []]},
                                schema={"key": pl.String, "team": pl.List(pl.String)})
    labels = read_labels(path)
    frame = labelled_tickets(newer_export, labels, load_framework(None))
    assert frame["key"].to_list() == ["S-3", "S-1"]
    assert frame["team"].to_list() == [[], ["PlatOps"]]
    assert ("S-2", "platform_team", "observability") in set(labels.iter_rows())


def test_replay_matches_the_in_memory_labels(tmp_path):
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        for number in range(50):
            journal.toggle(f"S-{number % 7}", "category", f"c{number % 3}", multi=True)
            journal.toggle(f"S-{number % 5}", "team", f"t{number % 4}", multi=False)
        in_memory = {k: {d: list(v) for d, v in dims.items()} for k, dims in journal.labels.items()}
    assert replay(read_journal(path).entries) == in_memory
    expected = pl.DataFrame(
        [(k, d, v) for k, dims in in_memory.items() for d, vs in dims.items() for v in vs],
        schema=["key", "dimension", "value"], orient="row",
    ).sort(pl.all())
    assert_frame_equal(read_labels(path).sort(pl.all()), expected)


def test_parse_rejects_a_malformed_middle_line_without_blocking(tmp_path):
    path = tmp_path / "b.labels.csv"
    path.write_text(HEADER + "2026-01-05T09:00:00.000000Z,ana,S-1,team,platops,set\n"
                    "garbage\n"
                    "2026-01-05T09:00:01.000000Z,ana,S-2,team,platops,frobnicate\n"
                    "2026-01-05T09:00:02.000000Z,ana,S-3,team,netplat,add\n")
    contents = read_journal(path)
    assert [e.key for e in contents.entries] == ["S-1", "S-3"]
    assert len(contents.warnings) == 2
    assert Entry("2026-01-05T09:00:02.000000Z", "ana", "S-3", "team", "netplat", "add") in \
        contents.entries


def test_fast_replay_equals_line_by_line_replay_on_random_journals(tmp_path):
    """The polars replay used to open big journals gives exactly the in-order replay."""
    import random

    from analysis.journal._replay import labels_from_frame, parse_frame, replay_frame

    rng = random.Random(5)
    for round_number in range(60):
        entries = []
        for i in range(rng.randint(0, 40)):
            dimension = rng.choice(["team", "product", "origin"])  # origin: only ever set
            op = "set" if dimension == "origin" else rng.choice(["set", "add", "remove", "clear"])
            value = rng.choice(["a", "b", "c, d"])
            entries.append(Entry(f"2026-01-05T09:{i // 60:02d}:{i % 60:02d}.000000Z", "ana",
                                 f"S-{rng.randint(1, 4)}", dimension, value, op))
        entries = [e._replace(value="") if e.op == "clear" else e for e in entries]
        body = "".join(format_entry(e) for e in entries).encode()
        frame = parse_frame(body)
        assert frame is not None, round_number
        assert labels_from_frame(replay_frame(frame)) == replay(entries), round_number


def test_fast_parse_declines_a_malformed_journal():
    from analysis.journal._replay import parse_frame

    assert parse_frame(b'2026,ana,S-1,team,"unclosed,set\n2026,ana,S-2,team,x,set\n') is None
    assert parse_frame(b"2026,ana,S-1,team,x,frobnicate\n") is None
    assert parse_frame(b"2026,ana,S-1,team,x\n") is None


def test_appends_follow_a_journal_replaced_while_open(tmp_path):
    """An editor that saves by writing a new file and renaming it must not swallow labels."""
    path = tmp_path / "b.labels.csv"
    with open_journal(path, by="ana") as journal:
        journal.toggle("S-1", "team", "platops", multi=False)
        replacement = tmp_path / "edited.csv"
        replacement.write_text(path.read_text().replace("platops", "observability"))
        os.replace(replacement, path)
        journal.toggle("S-2", "team", "netplat", multi=False)
        assert journal.values("S-1", "team") == ("observability",)
    assert labels_of(path) == {("S-1", "team", "observability"), ("S-2", "team", "netplat")}
