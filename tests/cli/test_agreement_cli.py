"""`supp-tui agreement` through the entry point: the JSON shape, the plain tables, bad input."""

from __future__ import annotations

import json

import pytest

from analysis.journal import open_journal
from supp_tui.cli import main

EXPORT = (
    "Issue key,Summary,Created,Status\n"
    + "".join(f"SUPP-{n},Ticket {n},0{n}/Jan/26 10:00 AM,Open\n" for n in range(1, 6))
)
ANA = {"SUPP-1": "metrics", "SUPP-2": "metrics", "SUPP-3": "logging", "SUPP-4": "logging"}
BO = {"SUPP-1": "metrics", "SUPP-2": "logging", "SUPP-3": "logging", "SUPP-4": "logging",
      "SUPP-5": "metrics"}


@pytest.fixture
def board(tmp_path):
    """A five-ticket export and the journals of Ana and Bo, who disagree on SUPP-2."""
    path = tmp_path / "board.csv"
    path.write_text(EXPORT, encoding="utf-8")
    for name, chosen in (("ana", ANA), ("bo", BO)):
        with open_journal(tmp_path / f"{name}.labels.csv", by=name) as journal:
            for key, value in chosen.items():
                journal.set(key, "macro_category", value, multi=False)
    return path


def run(capsys, *args) -> tuple[int, str, str]:
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_json_is_one_object_per_dimension_with_kappa_alpha_and_tickets(board, capsys):
    status, out, _ = run(capsys, "agreement", board, "--journal", board.with_name("ana.labels.csv"),
                         "--journal", board.with_name("bo.labels.csv"), "--json")
    assert status == 0
    numbers = json.loads(out)
    assert set(numbers["macro_category"]) == {"kappa", "alpha", "tickets"}
    assert numbers["macro_category"]["tickets"] == 4
    assert numbers["macro_category"]["kappa"] == pytest.approx(0.5)
    assert numbers["macro_category"]["alpha"] == pytest.approx(16 / 30)
    assert numbers["platform_team"] == {"kappa": None, "alpha": None, "tickets": 0}


def test_plain_output_shows_the_figures_and_the_disagreed_tickets(board, capsys):
    status, out, _ = run(capsys, "agreement", board, "--journal", board.with_name("ana.labels.csv"),
                         "--journal", board.with_name("bo.labels.csv"))
    assert status == 0
    assert "0.500" in out and "0.533" in out
    assert "most disagreed values" in out and "SUPP-2" in out
    assert "Not compared, as no ticket is labelled by every labeller in them:" in out


def test_one_journal_or_a_missing_one_is_a_one_sentence_error(board, capsys):
    status, _, err = run(capsys, "agreement", board, "--journal", board.with_name("ana.labels.csv"))
    assert status == 2 and "two or more labellers" in err
    status, _, err = run(capsys, "agreement", board, "--journal", board.with_name("ana.labels.csv"),
                         "--journal", board.with_name("nobody.labels.csv"))
    assert status == 2 and "does not exist" in err and "Traceback" not in err


def test_label_review_and_calibrate_refuse_bad_options_in_one_sentence(board, capsys):
    ana = board.with_name("ana.labels.csv")
    status, _, err = run(capsys, "label", board, "--review", "--journal", ana)
    assert status == 2 and "two or more labellers" in err
    status, _, err = run(capsys, "label", board, "--review", "--journal", ana,
                         "--journal", board.with_name("nobody.labels.csv"))
    assert status == 2 and "does not exist" in err
    status, _, err = run(capsys, "label", board, "--journal", ana,
                         "--journal", board.with_name("bo.labels.csv"))
    assert status == 2 and "only with --review" in err
    status, _, err = run(capsys, "label", board, "--calibrate", "150%")
    assert status == 2 and "--calibrate takes a percentage" in err
    assert "Traceback" not in err
