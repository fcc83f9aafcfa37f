"""Recurring problems: alike tickets grouped by their text alone, the same way every run."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from analysis.jira import read_board
from analysis.metrics import period_at
from analysis.report import period_problems
from analysis.sample import hidden_answers
from analysis.suggest import _recurring, purity, recurring_problems

DEMO = Path(__file__).parents[2] / "demo" / "supp-demo.csv"
# Measured on the demo board's 13 months: purity 1.000 with 1,521 of 3,000 tickets grouped.
PURITY_FLOOR = 0.97
GROUPED_FLOOR = 1400


def frame(rows: list[tuple[str, str, str | None]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["key", "summary", "description"], orient="row")


VAULT = [
    ("SUPP-1", "Vault token expired for payments-api", "The payments-api Vault token expired at 03:00."),
    ("SUPP-4", "Vault token expired on orders-web", "Our Vault token expired again, v1.2.3 deploy blocked."),
    ("SUPP-7", "orders-db: Vault token expired", "Vault says the token expired; please renew it."),
    ("SUPP-9", "Vault token expired in checkout-api", None),
]
OTHERS = [
    ("SUPP-2", "Grafana dashboard empty for payments-api", "No data on the payments-api panels."),
    ("SUPP-3", "DNS record for orders-web", "We need a CNAME for orders-web."),
    ("SUPP-5", "Runner out of disk on payments-api builds", "The builds fail with no space left."),
    ("SUPP-6", "Alert storm on checkout-api", "PagerDuty pages every minute."),
]


def test_alike_tickets_form_one_group_with_its_words_and_keys():
    problems = recurring_problems(frame(VAULT + OTHERS))

    assert len(problems) == 1
    vault = problems[0]
    assert sorted(vault.keys) == ["SUPP-1", "SUPP-4", "SUPP-7", "SUPP-9"]
    assert vault.size == 4
    assert set(vault.top_words) >= {"vault", "token", "expired"}
    assert vault.summary in {summary for _, summary, _ in VAULT}


def test_a_service_name_does_not_group_a_services_unrelated_tickets():
    payments = [(f"SUPP-{n}", summary, None) for n, summary in enumerate((
        "payments-api Grafana dashboard empty", "payments-api runner out of disk",
        "payments-api DNS record missing", "payments-api alert storm"), start=20)]

    assert recurring_problems(frame(payments + OTHERS)) == []


def test_top_words_come_only_from_summaries():
    signed = [(key, summary, f"{description} Cheers, Xavier") for key, summary, description in
              [(k, s, d or "") for k, s, d in VAULT]]

    problem = recurring_problems(frame(signed + OTHERS))[0]

    assert "xavier" not in problem.top_words


@pytest.mark.parametrize("rows", [[], VAULT[:1], VAULT[:2], [("SUPP-1", "", None)] * 3,
                                  [("SUPP-1", "123 456", "v1.2 10:00")] * 3])
def test_boards_too_small_or_wordless_give_no_group(rows):
    assert recurring_problems(frame(rows)) == []


def test_three_identical_tickets_alone_are_a_group():
    problems = recurring_problems(frame(VAULT[:3]))

    assert [p.size for p in problems] == [3]


def test_without_a_description_column_summaries_are_enough():
    problems = recurring_problems(frame(VAULT + OTHERS).drop("description"))

    assert [p.size for p in problems] == [4]


@pytest.fixture(scope="module")
def demo_tickets() -> pl.DataFrame:
    return read_board(DEMO, columns=["summary", "description"], cache=False).tickets


def months(tickets: pl.DataFrame):
    month, last = period_at("month", tickets["created"].min().date()), tickets["created"].max()
    while month.start <= last:
        yield month.key, month.start, month.end
        month = month.shifted(1)


def test_purity_against_the_generators_stories_on_the_demo_board(demo_tickets):
    answers = hidden_answers(3000, 7)
    stories = dict(zip(answers["key"], answers["story"], strict=True))

    problems = [p for window in months(demo_tickets) for p in period_problems(demo_tickets, window)]
    share, grouped = purity(problems, stories)

    assert share >= PURITY_FLOOR
    assert grouped >= GROUPED_FLOOR


def test_the_same_board_gives_the_same_groups_every_run(demo_tickets):
    window = list(months(demo_tickets))[-2]

    assert period_problems(demo_tickets, window) == period_problems(demo_tickets, window)


def test_the_seeded_split_of_a_big_period_gives_the_same_groups_every_run(demo_tickets,
                                                                          monkeypatch):
    monkeypatch.setattr(_recurring, "FINE_MAX", 60)
    monkeypatch.setattr(_recurring, "COARSE_SIZE", 30)
    window = list(months(demo_tickets))[-2]

    first = period_problems(demo_tickets, window, seed=3)

    assert first == period_problems(demo_tickets, window, seed=3)
    assert sum(p.size for p in first) >= 50


def test_purity_counts_the_tickets_agreeing_with_their_groups_commonest_cause():
    problems = [_recurring.RecurringProblem(("A", "B", "C"), (), ""),
                _recurring.RecurringProblem(("D", "E", "F"), (), "")]
    causes = {"A": "x", "B": "x", "C": "y", "D": "z", "E": "z", "F": "z"}

    assert purity(problems, causes) == (5 / 6, 6)
    assert purity([], causes) == (1.0, 0)
