"""The [cost] table of labels.toml: rate, currency and what intensive means, strictly checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from framework_text import with_table

from analysis.errors import InputError
from analysis.framework import load_framework


def load(tmp_path: Path, cost: str):
    return load_framework(with_table(tmp_path, "cost", cost))


def error_for(tmp_path: Path, cost: str) -> str:
    with pytest.raises(InputError) as caught:
        load(tmp_path, cost)
    return str(caught.value)


def test_defaults_have_no_rate_and_the_top_decile():
    cost = load_framework().cost
    assert (cost.rate, cost.currency, cost.intensive_hours, cost.top_share) == (
        None, "GBP", None, 0.1)


def test_rate_currency_and_intensive_hours_are_read(tmp_path):
    cost = load(tmp_path, 'rate = 55\ncurrency = "EUR"\nintensive_hours = 8').cost
    assert (cost.rate, cost.currency, cost.intensive_hours) == (55.0, "EUR", 8.0)


def test_intensive_top_sets_the_share(tmp_path):
    assert load(tmp_path, "intensive_top = 0.05").cost.top_share == 0.05


def test_both_definitions_of_intensive_are_an_error(tmp_path):
    message = error_for(tmp_path, "intensive_hours = 8\nintensive_top = 0.1")
    assert "intensive_hours or intensive_top, not both" in message


@pytest.mark.parametrize(("cost", "words"), [
    ('currency = "pounds"', "currency"),
    ("intensive_top = 1.5", "intensive_top"),
    ("rate = -3", "rate"),
    ('rate = "55"', "rate"),
    ("hourly = 55", "unknown key 'hourly'"),
])
def test_bad_values_name_the_key(tmp_path, cost, words):
    message = error_for(tmp_path, cost)
    assert "labels.toml line" in message and words in message
