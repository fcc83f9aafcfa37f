"""The intensive-tickets section of a report, through the entry point, with and without time."""

from __future__ import annotations

from pathlib import Path

from analysis.sample import generate_sample
from supp_tui.cli import main

LABELS = Path(__file__).resolve().parents[2] / "labels.toml"


def section(markdown: str) -> str:
    """The text of the Intensive tickets section."""
    after = markdown.split("## Intensive tickets\n", 1)[1]
    return after.split("\n## ", 1)[0].strip()


def report(tmp_path: Path, time_tracking: bool, cost: str = "") -> str:
    board = generate_sample(tmp_path / "board.csv", 400, 3, time_tracking=time_tracking).path
    framework = tmp_path / "labels.toml"
    framework.write_text(LABELS.read_text(encoding="utf-8").replace("[cost]\n", f"[cost]\n{cost}",
                                                                    1), encoding="utf-8")
    assert main(["report", "monthly", str(board), "--month", "2026-10", "--no-figures",
                 "-o", str(tmp_path / "out"), "--framework", str(framework)]) == 0
    return (tmp_path / "out" / "2026-10.md").read_text(encoding="utf-8")


def test_with_time_the_section_lists_hours_and_cost(tmp_path):
    text = section(report(tmp_path, True, 'rate = 50\ncurrency = "EUR"\nintensive_hours = 6\n'))
    assert "tickets closed this month took" in text and "EUR" in text
    assert "over 6 hours logged" in text
    assert "| Ticket | Team | Macro category | Hours | Cost (EUR) |" in text
    assert "proxy" not in text


def test_without_time_the_section_says_so_and_labels_the_proxy(tmp_path):
    text = section(report(tmp_path, False, "rate = 50\n"))
    assert text.startswith("This board records no time")
    assert "**proxy score**, not hours" in text
    assert "| Proxy score | Comments | Days open |" in text
    assert "Cost" not in text
