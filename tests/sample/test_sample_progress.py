"""The sample writer reports the tickets written after each chunk."""

from __future__ import annotations

from analysis.sample import _writer, generate_sample


def test_progress_counts_tickets_up_to_the_total(tmp_path, monkeypatch):
    monkeypatch.setattr(_writer, "CHUNK_TICKETS", 40)
    calls: list[tuple[int, int]] = []
    generate_sample(tmp_path / "board.csv", 100, 3, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(40, 100), (80, 100), (100, 100)]
