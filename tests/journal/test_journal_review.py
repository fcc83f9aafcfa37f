"""Review decisions: the `resolve` op replays as a set of the chosen values, on both replay paths."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from analysis.journal import (
    HEADER,
    Entry,
    format_entry,
    open_journal,
    read_journal,
    read_labels,
    record_resolution,
    review_decisions,
)
from analysis.journal._format import replay
from analysis.journal._read import labels_frame


def ticking_clock(start=datetime(2026, 1, 5, 9, 0, tzinfo=UTC)):
    """A clock that moves one second per call."""
    moments = (start + timedelta(seconds=i) for i in range(1000))
    return lambda: next(moments)


def test_resolution_sets_the_chosen_values_and_keeps_who_and_which_journals(tmp_path):
    path = tmp_path / "rev.labels.csv"
    with open_journal(path, by="rita", clock=ticking_clock()) as journal:
        journal.set("SUPP-1", "macro_category", "metrics", multi=False)
        record_resolution(journal, "SUPP-1", "macro_category", ["build"],
                          [tmp_path / "ana.labels.csv", tmp_path / "bo.labels.csv"])
        record_resolution(journal, "SUPP-2", "product", ["vault", "grafana"], ["a.csv", "b.csv"])
    assert sorted(read_labels(path).iter_rows()) == [
        ("SUPP-1", "macro_category", "build"),
        ("SUPP-2", "product", "grafana"),
        ("SUPP-2", "product", "vault"),
    ]
    first, second = review_decisions(path)
    assert (first.key, first.values, first.by) == ("SUPP-1", ("build",), "rita")
    assert first.journals == ("ana.labels.csv", "bo.labels.csv")
    assert second.values == ("vault", "grafana")


def test_fast_and_line_by_line_replays_agree_on_resolutions(tmp_path):
    lines = [
        Entry("2026-01-01T00:00:01.000000Z", "a", "K-1", "d", "x", "add"),
        Entry("2026-01-01T00:00:02.000000Z", "a", "K-1", "d", "y", "add"),
        Entry("2026-01-01T00:00:03.000000Z", "r", "K-1", "d", "z y|a.csv|b.csv", "resolve"),
        Entry("2026-01-01T00:00:04.000000Z", "a", "K-1", "d", "x", "add"),
        Entry("2026-01-01T00:00:05.000000Z", "r", "K-2", "d", "w|a.csv", "resolve"),
        Entry("2026-01-01T00:00:06.000000Z", "a", "K-3", "d", "v", "set"),
        Entry("2026-01-01T00:00:07.000000Z", "r", "K-3", "d", "|a.csv", "resolve"),
    ]
    path = tmp_path / "j.labels.csv"
    path.write_text(HEADER + "".join(format_entry(e) for e in lines))
    fast = sorted(read_labels(path).iter_rows())
    slow = sorted(labels_frame(replay(read_journal(path).entries)).iter_rows())
    assert fast == slow == [("K-1", "d", "x"), ("K-1", "d", "y"), ("K-1", "d", "z"),
                            ("K-2", "d", "w")]


def test_undo_of_a_resolution_brings_back_the_labels(tmp_path):
    path = tmp_path / "rev.labels.csv"
    with open_journal(path, by="rita", clock=ticking_clock()) as journal:
        journal.set("SUPP-1", "product", "vault", multi=True)
        journal.set("SUPP-1", "product", "grafana", multi=True)
        record_resolution(journal, "SUPP-1", "product", ["jenkins"], ["a.csv", "b.csv"])
        assert journal.values("SUPP-1", "product") == ("jenkins",)
        journal.undo()
        assert journal.values("SUPP-1", "product") == ("vault", "grafana")
